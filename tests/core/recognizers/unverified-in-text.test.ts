/** Typo'd numbers in running text, after a word naming their type, are reported flagged `unverified`; valid ones are not flagged. */
import { describe, expect, it } from "vitest";
import { scanText } from "../../../core/src/index.js";

describe("unverified numbers in text", () => {
  it.each([
    ["身份证录入错误：610113198705232437（最后一位应为校验码）", "cn_resident_id", ["unverified"]],
    ["登记的手机1320961409少一位，待补全。", "phone_mobile", ["unverified"]],
    ["身份证号110101199003078670已核验", "cn_resident_id", []],
    ["手机 13812345678", "phone_mobile", []],
  ] as const)("%s → %s %j", (text, type, flags) => {
    const f = scanText(text).filter((x) => x.type === type);
    expect(f).toHaveLength(1);
    expect(f[0]!.flags).toEqual(flags);
  });
  it("a number that cannot be an ID (no such region, no such day) is not one, typo or not", () => {
    expect(scanText("身份证 110101199002307860").filter((x) => x.type === "cn_resident_id")).toEqual([]);
    expect(scanText("身份证 990101199003078676").filter((x) => x.type === "cn_resident_id")).toEqual([]);
  });
});
