import { twidValid } from "../../_lib/checksums.js";
import { patternRecognizer } from "../pattern-recognizer.js";

/** 台湾身份证: a letter, 1 (male) or 2 (female), 8 digits; letter-code weighted mod-10 check. */
export const validateTwId = (v: string): boolean => /^[A-Za-z][12]\d{8}$/.test(v) && twidValid(v);

export const twId = patternRecognizer({
  type: "tw_id",
  pattern: /(?<![A-Za-z0-9])[A-Za-z][12]\d{8}(?![A-Za-z0-9])/g,
  minDigits: 9,
  score: 0.8,
  contextBoost: 0.19,
  validate: validateTwId,
});
