import { describe, expect, it } from "vitest";
import { scanText, type EntityType } from "../../../core/src/index.js";
import { resolveOverlaps, scanInWindows, WINDOW } from "../../../core/src/engine/scan-text.js";
import type { Candidate } from "../../../core/src/recognizers/index.js";
import { notesCorpus } from "../../synth/notes.js";

type Row = [text: string, type: EntityType, value: string];
const found = (text: string) => scanText(text).map((f) => [f.type, f.text] as const);

describe("scanText finds personal data in running text, with exact spans", () => {
  // prettier-ignore
  const rows: Row[] = [
    ["客户王小明来电，要求退款", "person_name", "王小明"],
    ["联系人：欧阳娜娜", "person_name", "欧阳娜娜"],
    ["收件人 张伟 电话13812345678", "person_name", "张伟"],
    ["收件人 张伟 电话13812345678", "phone_mobile", "13812345678"],
    ["手机：+86 138 1234 5678", "phone_mobile", "+86 138 1234 5678"],
    ["手机 0086-13812345678 或 (+86)139-1234-5678", "phone_mobile", "(+86)139-1234-5678"],
    ["身份证号110101199003078670已核验", "cn_resident_id", "110101199003078670"],
    ["老身份证 610104620927690", "cn_resident_id", "610104620927690"],
    ["办公电话(010)88993108转123", "phone_landline", "(010)88993108转123"],
    ["邮箱 zhang.wei@example.com.cn。", "email", "zhang.wei@example.com.cn"],
    ["发到 li@例子.中国", "email", "li@例子.中国"],
    ["车牌 沪A12345，新能源 粤B·D12345", "license_plate", "沪A12345"],
    ["统一社会信用代码 91310115591693856A", "uscc", "91310115591693856A"],
    ["香港身份证 A123456(3)", "hk_id", "A123456(3)"],
    ["台湾身份证 A123456789", "tw_id", "A123456789"],
    ["护照号码：E12345678", "passport", "E12345678"],
    ["回乡证 H12345678", "hk_macau_permit", "H12345678"],
    ["台胞证号 12345678", "tw_permit", "12345678"],
    ["澳门身份证 1234567(8)", "mo_id", "1234567(8)"],
    ["出生日期：1990年3月7日", "birth_date", "1990年3月7日"],
    ["登录IP 192.168.10.23", "ip_address", "192.168.10.23"],
    ["微信：zhangwei_88", "wechat_id", "zhangwei_88"],
    ["QQ 123456789", "qq", "123456789"],
    ["地址：北京市海淀区中关村大街27号院3号楼1201室", "address", "北京市海淀区中关村大街27号院3号楼1201室"],
    ["寄到广东深圳市南山区科技园南路88号", "address", "广东深圳市南山区科技园南路88号"],
  ];
  it.each(rows)("%s → %s %s", (text, type, value) => {
    expect(found(text)).toContainEqual([type, value]);
  });

  // prettier-ignore
  const absent: [text: string, type: EntityType, why: string][] = [
    ["请转告李女士", "phone_mobile", "no number at all"],
    ["证件 11010119900307867x", "cn_resident_id", "a mistyped ID in free text needs an ID column"],
    ["工资卡 6222 0212 3456 7890 125", "bank_card", "the Luhn check fails"],
  ];
  it.each(absent)("%s → no %s (%s)", (text, type) => {
    expect(found(text).filter(([t]) => t === type)).toEqual([]);
  });

  it("uses UTF-16 offsets into the text", () => {
    const text = "𠮷客户：王小明";
    const [f] = scanText(text);
    expect(text.slice(f.start, f.end)).toBe("王小明");
    expect(f.start).toBe(5);
  });
});

describe("scanText leaves everyday words, companies, places, codes and numbers alone", () => {
  // prettier-ignore
  const traps = [
    "我马上到，很高兴见到你", "黄金价格上涨", "江苏省的客户", "金额合计 12,345.67 元", "王老吉凉茶一箱", "张家港保税区",
    "方便的时候回电", "周末安排好了", "高新区管委会", "常州市天宁区", "成都平安物流有限公司",
    "订单号 DD20231122123456789012", "运单号 SF6954123456789", "快递单号 YT7412589630147",
    "时间戳 1700000000000", "2023-11-22 10:30:00 创建", "流水号 202311221030001234", "发票号码 04403210 代码 144032109110",
    "400-860-8608 客服热线", "800-820-8820", "版本 v13.8.0012", "商品编码 6901234567892", "E12345678 型号",
    "产品 SKU A1234567", "ISBN 978-7-115-42808-4",
    "高兴地告诉大家", "华丽包装", "雷雨天气", "韩国客户", "杨梅很甜", "胡萝卜", "周到的服务", "许多客户反馈", "平安到达", "黄金周促销", "钻石会员",
  ];
  it.each(traps)("%s → nothing personal", (t) => {
    const f = scanText(t).filter((x) => x.sensitivity !== "organization");
    expect(f.map((x) => `${x.type}:${x.text}`)).toEqual([]);
  });
});

describe("boundaries: a match never starts or ends inside a run of ASCII letters or digits", () => {
  it.each(["ID11010119900307867099", "X13812345678", "138123456789", "a@b", "6222021234567890125123456"])("%s", (t) => {
    for (const f of scanText(t)) {
      expect(/[A-Za-z0-9]/.test(t[f.start - 1] ?? "") && /[A-Za-z0-9]/.test(t[f.start])).toBe(false);
      expect(/[A-Za-z0-9]/.test(t[f.end] ?? "") && /[A-Za-z0-9]/.test(t[f.end - 1])).toBe(false);
    }
  });
});

describe("threshold and sensitivity", () => {
  it("drops findings below the threshold", () => {
    expect(scanText("客户王小明来电", { threshold: 0.99 })).toEqual([]);
  });
  it("marks IDs and cards sensitive, phones personal, USCC organization", () => {
    const f = scanText("110101199003078670 13812345678 91310115591693856A");
    expect(f.map((x) => [x.type, x.sensitivity])).toEqual([
      ["cn_resident_id", "sensitive"],
      ["phone_mobile", "personal"],
      ["uscc", "organization"],
    ]);
  });
});

describe("formats seen in real CRM data", () => {
  it.each([
    ["办公电话 021-6888 8888", "phone_landline", "021-6888 8888"],
    ["座机(010)6552-9988", "phone_landline", "(010)6552-9988"],
    ["手机 +86-138-1234-5678", "phone_mobile", "+86-138-1234-5678"],
    ["客户欧阳修文反馈问题", "person_name", "欧阳修文"],
    ["深圳市南山区粤海街道科技园社区科苑路15号", "address", "深圳市南山区粤海街道科技园社区科苑路15号"],
    ["家住成都市武侯区人民南路四段12号附1号", "address", "成都市武侯区人民南路四段12号附1号"],
    ["地址：朝阳区建国路88号SOHO现代城A座1001", "address", "朝阳区建国路88号SOHO现代城A座1001"],
  ])("%s", (text, type, value) => {
    expect(scanText(text).map((f) => [f.type, f.text])).toContainEqual([type, value]);
  });
});

describe("names in the ways notes mention them", () => {
  it.each([
    ["和赵磊确认过了", "赵磊"],
    ["客户邓紫棋投诉", "邓紫棋"],
    ["顾客覃瑜投诉", "覃瑜"],
    ["Lily Zhang called", "Lily Zhang"],
    ["Customer Wang Lei", "Wang Lei"],
    ["姓名：阿卜杜尼亚孜·毛力尼亚孜", "阿卜杜尼亚孜·毛力尼亚孜"],
    ["王芳投诉物流太慢", "王芳"],
    ["施斌投诉物流", "施斌"],
    ["已通知巢文，等回复", "巢文"],
    ["阮鹤说下周付款", "阮鹤"],
  ])("%s → %s", (text, name) => {
    expect(
      scanText(text)
        .filter((f) => f.type === "person_name")
        .map((f) => f.text),
    ).toEqual([name]);
  });
  it.each(["He Said It Was Fine", "Long Beach office", "New York Times"])("%s is not a name", (t) => {
    expect(scanText(t).filter((f) => f.type === "person_name")).toEqual([]);
  });
});

describe("a long text is scanned in windows, with the findings of the whole", () => {
  const notes = notesCorpus(200_000, 5).lines.join(" ");
  it("windows of 4,096 characters give exactly the findings of one scan of 200 KB of notes", () => {
    const whole = scanText(notes).map((f) => [f.start, f.end, f.type, f.confidence, f.flags.join()]);
    const windowed = scanInWindows(notes, {}, 4096).map((f) => [f.start, f.end, f.type, f.confidence, f.flags.join()]);
    expect(whole.length).toBeGreaterThan(1000);
    expect(windowed).toEqual(whole);
  });
  it.each([
    [
      "a phone across a window's end, in a run without any break",
      "甲".repeat(WINDOW - 5) + "13812345678" + "乙".repeat(WINDOW),
      "13812345678",
    ],
    [
      "an address across a window's end",
      "备注".repeat(WINDOW / 2 - 10) + " 北京市海淀区中关村大街27号院3号楼1201室 " + "备注".repeat(WINDOW),
      "北京市海淀区中关村大街27号院3号楼1201室",
    ],
  ])("%s is found once, whole", (_, text, value) => {
    const fs = scanText(text);
    expect(fs.map((f) => f.text)).toEqual([value]);
    expect(text.slice(fs[0]!.start, fs[0]!.end)).toBe(value);
  });
});

describe("overlapping candidates: the stronger one wins; one that may be cut back keeps what is free", () => {
  const c = (type: Candidate["type"], start: number, end: number, confidence: number, minEnd?: number): Candidate => ({
    type,
    start,
    end,
    confidence,
    flags: [],
    ...(minEnd === undefined ? {} : { minEnd }),
  });
  const spans = (cs: Candidate[]) => resolveOverlaps(cs).map((x) => [x.type, x.start, x.end]);
  // the same cases through both paths: a few candidates (pairwise) and many (a bitmap; 8 far-away fillers)
  const fillers = Array.from({ length: 8 }, (_, i) => c("email", 1000 + i * 10, 1005 + i * 10, 0.9));
  it.each([
    [
      "no minEnd: the weaker is dropped",
      [c("address", 0, 30, 0.9), c("person_name", 20, 23, 0.95)],
      [["person_name", 20, 23]],
    ],
    [
      "cut back to before the stronger one when that keeps its first whole detail",
      [c("address", 0, 30, 0.9, 15), c("person_name", 20, 23, 0.95)],
      [
        ["address", 0, 20],
        ["person_name", 20, 23],
      ],
    ],
    [
      "not when the stronger one starts before its first whole detail",
      [c("address", 0, 30, 0.9, 15), c("person_name", 10, 13, 0.95)],
      [["person_name", 10, 13]],
    ],
    [
      "not when the stronger one covers its start",
      [c("address", 5, 30, 0.9, 15), c("phone_mobile", 0, 11, 0.95)],
      [["phone_mobile", 0, 11]],
    ],
    [
      "the stronger one keeps all of itself",
      [c("address", 0, 30, 0.99, 15), c("person_name", 20, 23, 0.95)],
      [["address", 0, 30]],
    ],
  ])("%s", (_, cands, want) => {
    expect(spans(cands)).toEqual(want);
    expect(spans([...cands, ...fillers]).filter(([t]) => t !== "email")).toEqual(want);
  });
});
