import { describe, expect, it } from "vitest";
import { decide, DEFAULT_POLICY, parsePolicy, PolicyError } from "../../../core/src/index.js";

const place = (
  type: Parameters<typeof decide>[1]["type"],
  sheet = "客户名单",
  header: string | null = null,
  column: string | null = "D",
) => ({ type, sheet, header, column });

describe("policy files", () => {
  const policy = parsePolicy(
    JSON.stringify({
      version: 1,
      rules: [
        { match: { sheet: "财务", header: "开户账号" }, action: "retain", basis: "会计档案管理办法", period: "30年" },
        { match: { type: "phone_mobile" }, action: "pseudonymize" },
        { match: { sheet: "营销", column: "C" }, action: "delete" },
        { match: { type: "birth_date" }, action: "generalize" },
        { match: { sensitivity: "sensitive" }, action: "mask", level: "strict" },
      ],
    }),
  );
  it.each([
    [place("bank_card", "财务", "开户账号"), { action: "retain", basis: "会计档案管理办法", period: "30年" }],
    [place("phone_mobile"), { action: "pseudonymize" }],
    [place("person_name", "营销", null, "C"), { action: "delete" }],
    [place("birth_date"), { action: "generalize" }],
    [place("cn_resident_id"), { action: "mask", level: "strict" }],
    [place("email"), { action: "mask", level: "standard" }],
    [place("uscc"), expect.objectContaining({ action: "retain" })],
  ])("%o → %o (first matching rule, then the default)", (p, a) => expect(decide(policy, p)).toEqual(a));

  it("the default policy masks personal data at standard and retains organizations", () => {
    expect(decide(DEFAULT_POLICY, place("person_name"))).toEqual({ action: "mask", level: "standard" });
    expect(decide(DEFAULT_POLICY, place("uscc")).action).toBe("retain");
  });

  it.each([
    [
      '{"version":1,"rules":[{"match":{"type":"phone"},"action":"mask"}]}',
      /rules\[0\]\.match\.type: .*allowed: cn_resident_id \| passport/,
    ],
    [
      '{"version":1,"rules":[{"match":{"type":"phone_mobile"},"action":"hide"}]}',
      /rules\[0\].*allowed actions: mask \| pseudonymize/,
    ],
    [
      '{"version":1,"rules":[{"match":{"type":"phone_mobile"},"action":"generalize"}]}',
      /rules\[0\]\.action: generalize applies to birth_date, address, cn_resident_id/,
    ],
    ['{"version":1,"rules":[{"match":{},"action":"delete"}]}', /rules\[0\]\.match: needs at least one of/],
    ['{"version":1,"rules":[{"match":{"type":"email"},"action":"retain","basis":"x"}]}', /rules\[0\].*period/],
    ['{"version":2}', /version/],
    ["{not json", /not valid JSON/],
  ])("rejects %s naming the field", (json, msg) => {
    expect(() => parsePolicy(json, "policy.json")).toThrow(PolicyError);
    expect(() => parsePolicy(json, "policy.json")).toThrow(msg);
  });
});
