import { patternRecognizer } from "../pattern-recognizer.js";

/** 港澳通行证 / 回乡证: H or M + 8 or 10 digits; C + 8 digits, or C + a letter + 7 digits. Context or column needed. */
export const hkMacauPermit = patternRecognizer({
  type: "hk_macau_permit",
  pattern: /(?<![A-Za-z0-9])(?:[HM]\d{8}(?:\d{2})?|C\d{8}|C[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])/g,
  minDigits: 7,
  score: 0.8,
  needsContext: true,
});
