import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * 护照号 (PRC): E + 8 digits, E + a letter (not I/O) + 7 digits, G + 8 digits; D, S, P, SE, DE, PE + 7 digits.
 * A context word or a passport column is required: a bare E12345678 is too often a product code.
 */
export const passport = patternRecognizer({
  type: "passport",
  pattern: /(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|(?:SE|DE|PE|D|S|P)\d{7})(?![A-Za-z0-9])/g,
  mayMatch: (t) => /[EGDSP]\d|[EDSP][A-Z]\d/.test(t),
  minDigits: 7,
  score: 0.8,
  needsContext: true,
});
