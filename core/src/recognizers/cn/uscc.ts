import { usccValid } from "../../_lib/checksums.js";
import { patternRecognizer } from "../pattern-recognizer.js";

/** 统一社会信用代码 (GB 32100-2015): 18 characters of 0-9 A-H J-N P Q R T U W X Y, weighted mod-31 check. */
export const validateUscc = (v: string): boolean => usccValid(v.replace(/\s/g, ""));

export const uscc = patternRecognizer({
  type: "uscc",
  pattern: /(?<![A-Za-z0-9])[0-9A-HJ-NPQRTUWXY]{2} ?\d{6} ?[0-9A-HJ-NPQRTUWXY]{10}(?![A-Za-z0-9])/g,
  minDigits: 6,
  score: 0.95,
  contextBoost: 0.04,
  validate: validateUscc,
});
