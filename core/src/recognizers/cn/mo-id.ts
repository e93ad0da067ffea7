import { patternRecognizer } from "../pattern-recognizer.js";

/** 澳门身份证: 1, 5 or 7, six digits, a bracketed digit. No public check algorithm: context or column needed. */
export const moId = patternRecognizer({
  type: "mo_id",
  pattern: /(?<![A-Za-z0-9])[157]\d{6}\(\d\)(?![A-Za-z0-9])/g,
  minDigits: 6,
  score: 0.8,
  needsContext: true,
});
