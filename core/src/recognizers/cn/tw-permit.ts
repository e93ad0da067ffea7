import { patternRecognizer } from "../pattern-recognizer.js";

/** 台胞证 (card form): 8 digits — only with a context word or in a typed column. */
export const twPermit = patternRecognizer({
  type: "tw_permit",
  pattern: /(?<![A-Za-z0-9])\d{8}(?![A-Za-z0-9])/g,
  minDigits: 8,
  score: 0.8,
  needsContext: true,
});
