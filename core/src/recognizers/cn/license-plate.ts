import { patternRecognizer } from "../pattern-recognizer.js";

const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";

/**
 * 车牌号: a province abbreviation, a letter (no I/O), then 5 characters (letters without I/O and digits,
 * the last may be 挂学警港澳); 8-character new-energy plates have D/F (and since 2021 A–K) at the 3rd or last place.
 * A "·" or space after the letter is allowed (京A·12345).
 */
export const licensePlate = patternRecognizer({
  type: "license_plate",
  pattern: new RegExp(
    `(?<![A-Za-z0-9])[${PROVINCES}][A-HJ-NP-Z][·• ]?(?:[A-HJK][A-HJ-NP-Z0-9]\\d{4}|\\d{5}[A-HJK]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])(?![A-Za-z0-9])`,
    "g",
  ),
  mayMatch: (t) => /[A-Z]/.test(t),
  score: 0.8,
  validate: (v) => (/\d/.test(v) ? undefined : false),
});
