import { mod11_2Valid } from "../../_lib/checksums.js";
import { isPlausibleBirthDate } from "../../_lib/dates.js";
import { isRegionCode } from "../../data/regions.js";
import { patternRecognizer, type Verdict } from "../pattern-recognizer.js";
import { spokenDigits } from "../spoken-digits.js";

/**
 * 居民身份证号 (GB 11643): 6-digit region code, YYYYMMDD birth date, 3-digit sequence, MOD 11-2 check
 * character; 15-digit legacy numbers (YYMMDD, 19xx, no check); residence permits (810000/820000/830000)
 * and foreign permanent-resident IDs (9…) share the 18-character form. Written 6-8-4 with spaces too.
 */
export function validateResidentId(raw: string): Verdict {
  const id = raw.replace(/[\s-]/g, "");
  if (id.length === 18) {
    const shapeOk = /^\d{17}[\dXx]$/.test(id);
    if (!shapeOk) return false;
    const dateOk =
      isRegionCode(id.slice(0, 6)) &&
      isPlausibleBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)));
    if (dateOk && mod11_2Valid(id)) return true;
    return "checksum";
  }
  if (id.length === 15 && /^\d{15}$/.test(id)) {
    const ok =
      isRegionCode(id.slice(0, 6)) &&
      isPlausibleBirthDate(1900 + Number(id.slice(6, 8)), Number(id.slice(8, 10)), Number(id.slice(10, 12)));
    return ok ? true : "checksum";
  }
  return false;
}

export const residentId = patternRecognizer({
  type: "cn_resident_id",
  pattern:
    /(?<![A-Za-z0-9])(?:[1-9]\d{5}(?:[ ]?(?:18|19|20)\d{2}[01]\d[0-3]\d[ ]?\d{3}[\dXx])|[1-9]\d{14})(?![A-Za-z0-9])/g,
  minDigits: 15,
  score: 0.99,
  validate: validateResidentId,
  // a 15-digit legacy number without context is often some other long number
  adjust: (v, s) => (v.length === 15 ? 0.6 : s),
  contextBoost: 0.3,
});

/** An ID said digit by digit (…八三叉) or OCR-spaced; only one whose check character passes. */
export const spokenResidentId = spokenDigits("cn_resident_id", (d) =>
  d.length === 18 && validateResidentId(d) === true ? 0.9 : 0,
);

/**
 * An ID typed in groups of any size (110108 1981 0101 0397, 5301 0219 8509 2702 64, 210 102 1972 0229 0560):
 * only when the 18 characters pass the check, since digit groups are everywhere.
 */
export const groupedResidentId = patternRecognizer({
  type: "cn_resident_id",
  pattern: /(?<![A-Za-z0-9])[1-9]\d{0,9}(?: \d{1,10}){1,6}(?: ?[Xx])?(?![A-Za-z0-9])/g,
  minDigits: 2,
  mayMatch: (t) => /\d \d/.test(t),
  score: 0.9,
  validate: (v) => {
    const id = v.replace(/ /g, "");
    return (id.length === 18 && validateResidentId(id) === true) || false;
  },
});
