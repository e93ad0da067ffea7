import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * Permits between the mainland and Taiwan — only with a context word or in a typed column: 台胞证 (card form,
 * 8 digits; the old booklet, 10 digits and a letter in brackets: 1269162471(D)) and 大陆居民往来台湾通行证
 * (L and 8 digits).
 */
export const twPermit = patternRecognizer({
  type: "tw_permit",
  pattern: /(?<![A-Za-z0-9])(?:\d{8}|L\d{8}|\d{10}\([A-Z]\))(?![A-Za-z0-9])/g,
  minDigits: 8,
  score: 0.8,
  needsContext: true,
});
