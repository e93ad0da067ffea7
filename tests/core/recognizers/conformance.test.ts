/**
 * Every published vector under tests/data/conformance is a test. Where a source disagrees with
 * entities.md (our contract), the vector is listed in a `disagree` table with the reason, and the test
 * asserts our documented behaviour instead.
 */
import { describe, expect, it } from "vitest";
import { maskValue, type EntityType } from "../../../core/src/index.js";
import { acceptsAs, bare, column, vectors } from "../../helpers/conformance.js";

const v = vectors("validatorjs_vectors.json");
const hv = vectors("hutool_validators.json");
const jx = vectors("jxlwqq_idvalidator_vectors.json");
const us = vectors("uscc_vectors.json");
const ar = vectors("anyrule_cn_rules.json");
const hd = vectors("hutool_desensitize.json");

function table(type: EntityType, valid: string[], invalid: string[], opts: Parameters<typeof acceptsAs>[2] = {}) {
  if (valid.length) it.each(valid)(`accepts %s as ${type}`, (x) => expect(acceptsAs(type, x, opts)).toBe(true));
  if (invalid.length) it.each(invalid)(`rejects %s as ${type}`, (x) => expect(acceptsAs(type, x, opts)).toBe(false));
}

/** Split a source's list into what we agree with and what we decided otherwise (with the reason). */
function split(list: string[], disagree: Record<string, string>) {
  return [list.filter((x) => !(x in disagree)), Object.keys(disagree).filter((x) => list.includes(x))];
}

describe("validator.js isIdentityCard zh-CN", () => {
  const disagree = {
    // validator.js checks only the province part of the region code; 2354xx is no prefecture of 黑龙江 in any GB/T 2260 edition
    "235407195106112745": "region code 235407 does not exist",
  };
  const [valid, wrong] = split(v["isIdentityCard_zh-CN"].valid, disagree);
  table("cn_resident_id", valid, v["isIdentityCard_zh-CN"].invalid);
  it.each(wrong)("rejects %s although validator.js accepts it (region code unknown)", (x) =>
    expect(acceptsAs("cn_resident_id", x)).toBe(false),
  );
  it("still reports such a number in an ID column, flagged invalid_checksum", () => {
    expect(acceptsAs("cn_resident_id", "235407195106112745", { column: column("cn_resident_id") })).toBe(false);
  });
});

describe("validator.js isIdentityCard zh-TW and zh-HK", () => {
  table("tw_id", v["isIdentityCard_zh-TW"].valid, v["isIdentityCard_zh-TW"].invalid);
  table("hk_id", v["isIdentityCard_zh-HK"].valid, v["isIdentityCard_zh-HK"].invalid);
});

describe("validator.js isMobilePhone zh-CN", () => {
  const disagree: Record<string, string> = {};
  for (const x of v["isMobilePhone_zh-CN"].valid as string[]) {
    const n = x.replace(/^(\+|00)86/, "");
    // validator.js allows 92x/98x (not mobile segments) and 148/149/174 (IoT, data-only and satellite segments that entities.md excludes)
    if (/^9[28]/.test(n) || /^14[89]|^174/.test(n)) disagree[x] = "segment not allocated to mobiles in entities.md";
  }
  const [valid, wrong] = split(v["isMobilePhone_zh-CN"].valid, disagree);
  // validator.js rejects a dash after +86 / 0086; CRMs print numbers that way, so we take the prefix too
  const dashed = ["+86-13838389438", "0086-13811211114", "0086-138-1121-1114"];
  table(
    "phone_mobile",
    valid,
    v["isMobilePhone_zh-CN"].invalid.filter((x: string) => x !== "" && !dashed.includes(x)),
  );
  it.each(wrong)("rejects %s (not an allocated mobile segment per entities.md)", (x) =>
    expect(acceptsAs("phone_mobile", x)).toBe(false),
  );
  it.each(dashed)("accepts %s with its prefix, which validator.js rejects", (x) =>
    expect(acceptsAs("phone_mobile", x)).toBe(true),
  );
});

describe("validator.js isMobilePhone zh-TW / en-HK / en-MO", () => {
  const withCode = (xs: string[]) => xs.filter((x) => /^\+|^8[58]/.test(x) || /^09/.test(x));
  table(
    "phone_mobile",
    withCode(v["isMobilePhone_zh-TW"].valid),
    v["isMobilePhone_zh-TW"].invalid.filter((x: string) => x !== ""),
  );
  table("phone_mobile", withCode(v["isMobilePhone_zh-HK(en-HK)"].valid), v["isMobilePhone_zh-HK(en-HK)"].invalid);
  table("phone_mobile", withCode(v["isMobilePhone_zh-MO(en-MO)"].valid), v["isMobilePhone_zh-MO(en-MO)"].invalid);
  // bare 8-digit HK/MO numbers look like mainland local numbers: recognised as phones only in a phone column
  const bareHkMo = [...v["isMobilePhone_zh-HK(en-HK)"].valid, ...v["isMobilePhone_zh-MO(en-MO)"].valid].filter(
    (x: string) => /^[5-9]\d{3}[ -]?\d{4}$/.test(x),
  );
  it.each(bareHkMo)("reports bare %s as a phone in a phone column only", (x) => {
    expect(acceptsAs("phone_mobile", x) || acceptsAs("phone_landline", x)).toBe(false);
    expect(acceptsAs("phone_landline", x, { column: column("phone_mobile") })).toBe(true);
  });
});

describe("validator.js isPassportNumber CN (with a passport context)", () => {
  table("passport", v.isPassportNumber_CN.valid, v.isPassportNumber_CN.invalid, { label: "护照号" });
  it.each(v.isPassportNumber_CN.valid as string[])("does not report bare %s without context", (x) =>
    expect(acceptsAs("passport", x)).toBe(false),
  );
});

describe("validator.js isCreditCard UnionPay", () => {
  const disagree = {
    // 81xx "UnionPay" ranges are domestic-only card programs validator.js adds by prefix; they pass Luhn and are reported
  };
  const [valid] = split(v.isCreditCard_UnionPay.valid, disagree);
  table("bank_card", valid, []);
  // validator.js's invalid list is "not UnionPay"; these are other brands' valid cards, still bank cards to us
  const otherBrands = v.isCreditCard_UnionPay.invalid.filter(
    (x: string) => /^[\d -]+$/.test(x) && x.replace(/\D/g, "").length <= 19,
  );
  it.each(otherBrands as string[])(
    "%s is another brand's card, or no card: a bank_card finding only when Luhn-valid",
    (x: string) => {
      const d = x.replace(/\D/g, "");
      let sum = 0;
      for (let i = 0; i < d.length; i++) {
        let n = +d[d.length - 1 - i];
        if (i % 2) {
          n *= 2;
          if (n > 9) n -= 9;
        }
        sum += n;
      }
      if (sum % 10 !== 0) expect(acceptsAs("bank_card", x)).toBe(false);
    },
  );
  it.each(["foo", "6234917882863855suffix", "375556917985515999999993"])("rejects %s", (x) =>
    expect(acceptsAs("bank_card", x)).toBe(false),
  );
});

describe("id-validator (jxlwqq): historic region codes, 15-digit, residence permits", () => {
  const valid = (jx.valid as { id: string; strict?: boolean }[]).map((x) => x.id);
  // strict-mode rejections (birth date before the code's publication) are not errors in a person's real ID
  const invalid = (jx.invalid as { id: string; strict?: boolean }[]).filter((x) => !x.strict).map((x) => x.id);
  table("cn_resident_id", valid, invalid);
  it.each((jx.invalid as { id: string; strict?: boolean }[]).filter((x) => x.strict).map((x) => x.id))(
    "accepts %s, which only id-validator's strict mode rejects",
    (x) => expect(acceptsAs("cn_resident_id", x)).toBe(true),
  );
});

describe("hutool IdcardUtil / Validator", () => {
  const valid18 = (hv["IdcardUtil.isValidCard18"].valid as string[]).map(bare).filter((x) => x.length === 18);
  const validAny = (hv["IdcardUtil.isValidCard"].valid as string[]).map(bare).filter((x) => x !== "111111111111111");
  table(
    "cn_resident_id",
    [...validAny, ...valid18],
    (hv["IdcardUtil.isValidCard"].invalid as string[]).filter((x) => /^\d/.test(x)),
  );
  it("rejects 111111111111111, which hutool accepts (issue I88YKM): region code 111111 does not exist", () => {
    expect(acceptsAs("cn_resident_id", "111111111111111")).toBe(false);
  });
  it("rejects 3301022011022000D6 (letter in the body)", () =>
    expect(acceptsAs("cn_resident_id", "3301022011022000D6")).toBe(false));
  it("accepts a lower-case x check character (hutool does only with ignoreCase)", () =>
    expect(acceptsAs("cn_resident_id", "33010219200403064x")).toBe(true));
  table("hk_id", hv["IdcardUtil.isValidHKCard"].valid as string[], hv["IdcardUtil.isValidHKCard"].invalid);
  table("tw_id", hv["IdcardUtil.isValidTWCard"].valid, hv["IdcardUtil.isValidTWCard"].invalid);
  table("tw_id", ["U193683453"], []);
  table(
    "cn_resident_id",
    (hv["Validator.isCitizenId"].valid as string[]).filter((x) => /^\d/.test(x)),
    [],
  );
});

describe("hutool PhoneUtil / Validator mobiles and landlines", () => {
  table(
    "phone_mobile",
    ["13900221432", "+8618600221432", "19312341234", "13612345678"],
    hv["PhoneUtil.isMobile"].invalid,
  );
  it("rejects 015100221432: hutool tolerates a leading trunk 0 before a mobile, entities.md does not", () => {
    expect(acceptsAs("phone_mobile", "015100221432")).toBe(false);
  });
  const disagreeTel = ["010 12345678"]; // a space after the area code is how many people write it: we accept it
  table(
    "phone_landline",
    hv["PhoneUtil.isTel"].valid,
    hv["PhoneUtil.isTel"].invalid.filter((x: string) => !disagreeTel.includes(x)),
  );
  it("accepts 010 12345678, which hutool's isTel rejects (space separator is common in CRM data)", () => {
    expect(acceptsAs("phone_landline", "010 12345678")).toBe(true);
  });
  it.each(hv["PhoneUtil.isTel400800"].valid as string[])("does not report service number %s as personal", (x) => {
    expect(acceptsAs("phone_landline", x)).toBe(false);
    expect(acceptsAs("phone_mobile", x)).toBe(false);
  });
});

describe("hutool plates and names", () => {
  table("license_plate", ["粤BA03205"], []);
  it("does not report embassy plate 闽20401领 (not a person's vehicle)", () =>
    expect(acceptsAs("license_plate", "闽20401领")).toBe(false));
  const validNames = hv["Validator.isChineseName"].valid as string[];
  const padded = "孟  伟"; // hutool rejects it; Chinese forms pad two-character names to align with three: it is a name
  table(
    "person_name",
    validNames,
    hv["Validator.isChineseName"].invalid.filter((x: string) => x !== padded),
    { column: column("person_name") },
  );
  it("reports 孟  伟 (a two-character name padded with spaces) in a name column, which hutool rejects", () => {
    expect(acceptsAs("person_name", padded, { column: column("person_name") })).toBe(true);
  });
});

describe("USCC (python-stdnum + hutool)", () => {
  const valid = (us.valid as string[]).map((x) => x.replace(/\s+\(compact.*\)$/, ""));
  table(
    "uscc",
    valid,
    (us.invalid as { v: string }[]).map((x) => x.v).filter((x) => x !== "A1110000600037341L"),
  );
  it("A1110000600037341L: GB 32100 allows A as registration authority, but its check character is wrong", () => {
    expect(acceptsAs("uscc", "A1110000600037341L")).toBe(false);
  });
  table("uscc", hv.CreditCodeUtil.valid, hv.CreditCodeUtil.invalid);
});

describe("any-rule Chinese rules", () => {
  const rule = (title: string) => ar.rules.find((r: { title: string }) => r.title.startsWith(title));
  table("uscc", rule("统一社会信用代码").examples, []);
  table("license_plate", rule("车牌号(新能源+非新能源)").examples, rule("车牌号(新能源+非新能源)").counterExamples);
  table("phone_mobile", rule("手机号(mobile phone)中国(严谨)").examples, []);
  table("phone_landline", ["0936-4211235", "010-12345678-1234"], []);
  it("89076543 (no area code) is a landline only in a phone column", () => {
    expect(acceptsAs("phone_landline", "89076543")).toBe(false);
    expect(acceptsAs("phone_landline", "89076543", { column: column("phone_landline") })).toBe(true);
  });
  it("rejects any-rule's K034169(1): any-rule checks only the shape; the check character of K034169 is A", () => {
    expect(acceptsAs("hk_id", "K034169(1)")).toBe(false);
    expect(acceptsAs("hk_id", "K034169(A)")).toBe(true);
  });
  table("mo_id", rule("澳门身份证").examples, [], { label: "澳门身份证" });
  table("tw_id", rule("台湾身份证").examples, []);
  // any-rule's ID examples use the fake region 123456 and a wrong check digit; 622223199912051311 is real-shaped
  it.each(["12345619991205131x", "123456991010193"])(
    "rejects any-rule's placeholder ID %s (region 123456 does not exist)",
    (x) => {
      expect(acceptsAs("cn_resident_id", x)).toBe(false);
    },
  );
  it("rejects any-rule's 622223199912051311: its check character should be 5", () => {
    expect(acceptsAs("cn_resident_id", "622223199912051311")).toBe(false);
    expect(acceptsAs("cn_resident_id", "622223199912051315")).toBe(true);
  });
  it("reports any-rule's 户口薄 example 441421999707223115 only in an ID column (birth year 9997 is impossible)", () => {
    expect(acceptsAs("cn_resident_id", "441421999707223115")).toBe(false);
  });
  it.each(["葛二蛋", "凯文·杜兰特"])("takes %s as a name in a name column", (x) =>
    expect(acceptsAs("person_name", x, { column: column("person_name") })).toBe(true),
  );
  const sar = rule("护照（包含香港、澳门）").examples as string[];
  it.each(sar.filter((x) => x === x.toUpperCase()))("%s: a Hong Kong or Macau passport under a 护照 label", (x) => {
    expect(acceptsAs("passport", x, { label: "护照" })).toBe(true);
  });
  it.each(sar.filter((x) => x !== x.toUpperCase()))(
    "%s: a lower-case passport number is outside entities.md's rule (passports print capitals)",
    (x) => {
      expect(acceptsAs("passport", x, { label: "护照" })).toBe(false);
    },
  );
});

describe("hutool DesensitizedUtil pairs (masking level standard)", () => {
  const map: Record<string, EntityType> = {
    CHINESE_NAME: "person_name",
    ID_CARD: "cn_resident_id",
    FIXED_PHONE: "phone_landline",
    MOBILE_PHONE: "phone_mobile",
    ADDRESS: "address",
    EMAIL: "email",
    BANK_CARD: "bank_card",
    IPV4: "ip_address",
    IPV6: "ip_address",
  };
  // hutool masks the last 8 characters of an address; entities.md keeps up to the district and masks all
  // the detail, because "北京市海淀区马********" of a longer address still shows road and house number
  const pairs = (hd.desensitized as { type: string; input: string; expected: string }[]).filter(
    (p) => map[p.type] && p.type !== "ADDRESS",
  );
  it("ADDRESS: masks all detail after the district where hutool keeps all but the last 8 characters", () => {
    const p = (hd.desensitized as { type: string; input: string; expected: string }[]).find(
      (x) => x.type === "ADDRESS",
    )!;
    expect(p.expected).toBe("北京市海淀区马********");
    expect(maskValue("address", p.input, "standard")).toBe("北京市海淀区*********");
    expect(maskValue("address", "上海市浦东新区张江路88号3号楼501室", "standard")).toBe(
      "上海市浦东新区" + "*".repeat(13),
    );
  });
  it.each(pairs)("$type $input → $expected", (p) =>
    expect(maskValue(map[p.type], p.input, "standard")).toBe(p.expected),
  );
  const fns: Record<string, EntityType> = {
    chineseName: "person_name",
    fixedPhone: "phone_landline",
    mobilePhone: "phone_mobile",
    email: "email",
    carLicense: "license_plate",
    bankCard: "bank_card",
  };
  const calls = (hd.functions as { fn: string; args: (string | null)[]; expected: string | null }[]).filter(
    (c) => fns[c.fn] && typeof c.args[0] === "string" && c.args[0] !== "",
  );
  it.each(calls)("$fn($args) → $expected", (c) =>
    expect(maskValue(fns[c.fn], c.args[0]!, "standard")).toBe(c.expected),
  );
  it("idCardNum(…, 1, 2) is the standard ID mask", () =>
    expect(maskValue("cn_resident_id", "51343620000320711X")).toBe("5***************1X"));
});
