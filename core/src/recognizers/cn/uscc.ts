import { usccValid } from "../../_lib/checksums.js";
import { isRegionCode } from "../../data/regions.js";
import { containsContextWord } from "../context.js";
import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 A-H J-N P Q R T U W X Y, weighted mod-31 check;
 * characters 3–8 are the registering authority's GB/T 2260 region code. A number that only happens to
 * pass the check (one in 31) rarely also has a valid authority, category and province.
 */
export function validateUscc(v: string): boolean {
  const code = v.replace(/\s/g, "");
  // 1st: registering authority (1–9, A, N, Y); 2nd: organization category, never 0; 3rd–4th: a province
  return /^[1-9ANY][1-9A-HJ-NPQRTUWXY]/.test(code) && usccValid(code) && isRegionCode(code.slice(2, 4) + "0000");
}

export const uscc = patternRecognizer({
  type: "uscc",
  pattern: /(?<![A-Za-z0-9])[0-9A-HJ-NPQRTUWXY]{2} ?\d{6} ?[0-9A-HJ-NPQRTUWXY]{10}(?![A-Za-z0-9])/g,
  minDigits: 6,
  score: 0.95,
  contextBoost: 0.04,
  validate: validateUscc,
});

/** spaced as typed into a form, in any groups (91 110108 245738900 B): after a USCC word, the check must pass */
export const spacedUscc = patternRecognizer({
  type: "uscc",
  pattern: /(?<![A-Za-z0-9])[0-9A-HJ-NPQRTUWXY](?: ?[0-9A-HJ-NPQRTUWXY]){17}(?![A-Za-z0-9])/g,
  mayMatch: (t) => /[0-9A-HJ-NPQRTUWXY] [0-9A-HJ-NPQRTUWXY]/.test(t) && containsContextWord("uscc", t),
  minDigits: 4,
  score: 0.9,
  contextRequired: true,
  validate: (v) => v.includes(" ") && validateUscc(v),
});
