import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generalize, maskValue, pseudonymize, type EntityType } from "../../../core/src/index.js";

const KEY = new Uint8Array(32).fill(7);

describe("mask levels (entities.md)", () => {
  it.each([
    ["cn_resident_id", "110101199003078670", "strict", "1****************0"],
    ["cn_resident_id", "110101199003078670", "standard", "1***************70"],
    ["cn_resident_id", "110101199003078670", "loose", "110101********8670"],
    ["phone_mobile", "13812345678", "strict", "*******5678"],
    ["phone_mobile", "13812345678", "standard", "138****5678"],
    ["phone_mobile", "+86 138-1234-5678", "standard", "+86 138-****-5678"],
    ["person_name", "欧阳娜娜", "standard", "欧阳**"],
    ["person_name", "张伟", "strict", "张*"],
    // given name first (文轩 段): the surname is kept, not the given name's first character
    ["person_name", "文轩 段", "standard", "** 段"],
    ["person_name", "峻熙 欧阳", "standard", "** 欧阳"],
    ["person_name", "刘 诗哲", "standard", "刘 **"],
    ["email", "zhang.wei@163.com", "standard", "z********@163.com"],
    ["email", "a@163.com", "standard", "*@163.com"],
    ["email", "zhaolei＠qq.com", "standard", "z******＠qq.com"],
    ["email", "wang_fang[at]sina.com", "standard", "w********[at]sina.com"],
    ["email", "lihua at qq dot com", "standard", "l**** at qq dot com"],
    ["license_plate", "沪A12345", "standard", "沪A1***5"],
    ["birth_date", "1990-03-07", "standard", "1990-**-**"],
    ["address", "上海市浦东新区张江路88号", "strict", "上海市浦东新区******"],
    ["address", "上海市浦东新区张江路88号", "standard", "上海市浦东新区******"],
    ["address", "上海市浦东新区张江路88号", "loose", "上海市浦东新区张江路***"],
    // a city's short name that names the road is the road's: nothing after the district stays readable
    ["address", "南京市鼓楼区汉中路2号", "standard", "南京市鼓楼区*****"],
    ["address", "北京市朝阳区朝阳路1号", "standard", "北京市朝阳区*****"],
    ["address", "中山路88号", "standard", "******"],
    ["address", "南京市鼓楼区汉中路2号", "loose", "南京市鼓楼区汉中路**"],
    ["ip_address", "192.168.1.1", "standard", "192.*.*.*"],
  ] as [EntityType, string, "strict" | "standard" | "loose", string][])("%s %s at %s → %s", (type, v, level, out) => {
    expect(maskValue(type, v, level)).toBe(out);
  });

  it("keeps length and separators, and is idempotent (property)", () => {
    const types: EntityType[] = [
      "cn_resident_id",
      "phone_mobile",
      "phone_landline",
      "person_name",
      "hk_id",
      "passport",
      "qq",
      "wechat_id",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...types),
        fc.constantFrom("strict", "standard", "loose"),
        fc.stringMatching(/^[0-9A-Za-z\u4e00-\u9fa5 -]{2,24}$/),
        (type, level, v) => {
          const m = maskValue(type, v, level as "standard");
          expect(m.length).toBe(v.length);
          for (let i = 0; i < v.length; i++) if (/[\s\-]/.test(v[i])) expect(m[i]).toBe(v[i]);
          expect(maskValue(type, m, level as "standard")).toBe(m);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("pseudonymize", () => {
  it("gives readable tokens with a type prefix", () => {
    expect(pseudonymize("phone_mobile", "13812345678", KEY)).toMatch(/^PHONE-[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(pseudonymize("cn_resident_id", "110101199003078670", KEY)).toMatch(/^ID-/);
  });
  it("the same value gives the same token however it is written; another key another token", () => {
    const a = pseudonymize("phone_mobile", "13812345678", KEY);
    expect(pseudonymize("phone_mobile", "+86 138-1234-5678", KEY)).toBe(a);
    expect(pseudonymize("cn_resident_id", "11010119900307867x", KEY)).toBe(
      pseudonymize("cn_resident_id", "11010119900307867X", KEY),
    );
    expect(pseudonymize("phone_mobile", "13812345678", new Uint8Array(32).fill(8))).not.toBe(a);
    expect(pseudonymize("phone_mobile", "13812345679", KEY)).not.toBe(a);
  });
});

describe("generalize", () => {
  it.each([
    ["birth_date", "1990-03-07", "1990"],
    ["birth_date", "1990年3月7日", "1990年"],
    ["address", "上海市浦东新区张江路88号", "上海市浦东新区"],
    ["cn_resident_id", "110101199003078670", "110101(1990)"],
    ["phone_mobile", "13812345678", null],
  ] as [EntityType, string, string | null][])("%s %s → %s", (type, v, out) => expect(generalize(type, v)).toBe(out));
});
