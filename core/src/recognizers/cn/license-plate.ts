import { joinRegex, patternRecognizer } from "../pattern-recognizer.js";

const PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领";

/** A letter in a plate: A–Z without I and O (typed in lower case too: 粤b58458). */
const L = "A-HJ-NP-Za-hj-np-z";
/** Province abbreviation (使/领 for embassy and consulate plates), then the issuing office's letter (京 A, said apart). */
const PROVINCE_AND_OFFICE = `[${PROVINCES}] ?[${L}]`;
/** An optional "·", "•", "-" or space after the office letter (京A·12345, 鄂A-H30M7, 京 A 18250). */
const DOT = /[·• \-]?/;
/** New-energy, small car: D/F (since 2021 A–K) first, then a letter or digit and 4 digits. */
const NEW_ENERGY_SMALL = `[A-HJK][${L}0-9]\\d{4}`;
/** New-energy, large vehicle: 5 digits, then D/F (A–K). */
const NEW_ENERGY_LARGE = /\d{5}[A-HJK]/;
/** Ordinary: 4 letters or digits, then a letter, digit or 挂 (trailer), 学 (learner), 警, 港, 澳, 领 (consulate), 试 (test). */
const ORDINARY = `[${L}0-9]{4}[${L}0-9挂学警港澳领试]`;

/**
 * 车牌号: a province abbreviation, a letter (no I/O), then 5 characters (letters without I/O and digits,
 * the last may be 挂学警港澳); 8-character new-energy plates have D/F (and since 2021 A–K) at the 3rd or last place.
 * A "·" or space after the letter is allowed (京A·12345).
 */
export const licensePlate = patternRecognizer({
  type: "license_plate",
  pattern: joinRegex(
    "g",
    /(?<![A-Za-z0-9])/,
    PROVINCE_AND_OFFICE,
    DOT,
    "(?:",
    NEW_ENERGY_SMALL,
    "|",
    NEW_ENERGY_LARGE,
    "|",
    ORDINARY,
    ")",
    /(?![A-Za-z0-9])/,
  ),
  mayMatch: (t) => /[A-Za-z]/.test(t),
  score: 0.8,
  validate: (v) => (/\d/.test(v) ? undefined : false),
});
