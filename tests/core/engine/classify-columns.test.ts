import { describe, expect, it } from "vitest";
import { classifyColumns, matchHeader } from "../../../core/src/index.js";

describe("matchHeader: column headers in Chinese and English", () => {
  it.each([
    ["身份证号", "cn_resident_id"],
    ["证件号码", "cn_resident_id"],
    ["ID No.", "cn_resident_id"],
    ["手机", "phone_mobile"],
    ["联系电话", "phone_mobile"],
    ["客户手机", "phone_mobile"],
    ["Mobile Phone", "phone_mobile"],
    ["姓名", "person_name"],
    ["联系人", "person_name"],
    ["Customer Name", "person_name"],
    ["收货地址", "address"],
    ["Address", "address"],
    ["开户账号", "bank_card"],
    ["银行卡号", "bank_card"],
    ["E-mail", "email"],
    ["出生日期", "birth_date"],
    ["DOB", "birth_date"],
    ["统一社会信用代码", "uscc"],
    ["车牌号", "license_plate"],
    ["Client IP", "ip_address"],
    ["微信号", "wechat_id"],
    ["QQ", "qq"],
    ["护照号码", "passport"],
    ["座机", "phone_landline"],
  ])("%s → %s", (h, type) => expect(matchHeader(h)?.type).toBe(type));

  it.each(["订单号", "运单号", "金额", "创建时间", "Order No", "Amount", "SKU", "公司名称"])(
    "%s is a non-personal column",
    (h) => {
      expect(matchHeader(h)).toEqual({ type: null, nonPersonal: true });
    },
  );
  it.each(["Zip", "Hotel", "Description", "Shipping method", "备注", "会员等级"])("%s names no type", (h) => {
    expect(matchHeader(h)?.type ?? null).toBe(null);
  });
});

describe("classifyColumns: the header proposes, the values decide", () => {
  it("confirms a header with its values", () => {
    const [c] = classifyColumns(["身份证号"], [["110101199003078670"], ["440308199901101512"], ["430302199312194239"]]);
    expect(c).toMatchObject({ type: "cn_resident_id", fromHeader: true, confidence: 0.95 });
  });
  it("lets clear values overrule the header: a 联系电话 column of landlines", () => {
    const [c] = classifyColumns(["联系电话"], [["010-88993108"], ["021-62345678"], ["0755-86001234"]]);
    expect(c.type).toBe("phone_landline");
  });
  it("classifies a headerless column by a clear majority of its values", () => {
    const [, c] = classifyColumns(
      [null, null],
      [
        ["a", "13812345678"],
        ["b", "13912345678"],
        ["c", "15012345678"],
        ["d", "—"],
      ],
    );
    expect(c.type).toBe("phone_mobile");
  });
  it("does not take 客户名称 full of companies for a name column", () => {
    const [c] = classifyColumns(
      ["客户名称"],
      [["上海华信科技有限公司"], ["北京金达贸易有限公司"], ["深圳宏远电子有限公司"]],
    );
    expect(c.type).toBe(null);
  });
});
