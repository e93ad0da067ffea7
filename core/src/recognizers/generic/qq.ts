import { patternRecognizer } from "../pattern-recognizer.js";

/** QQ号: 5–11 digits, not starting with 0 — only after "QQ" or in a QQ column. */
export const qq = patternRecognizer({
  type: "qq",
  pattern: /(?<![A-Za-z0-9])[1-9]\d{4,10}(?![A-Za-z0-9])/g,
  minDigits: 5,
  score: 0.75,
  needsContext: true,
});
