import { patternRecognizer } from "../pattern-recognizer.js";

/** QQ号: 5–11 digits, not starting with 0 — only after "QQ" or in a QQ column. */
export const qq = patternRecognizer({
  type: "qq",
  // right after "QQ" too: QQ2918374650
  pattern: /(?<![A-PR-Za-pr-z0-9])[1-9]\d{4,10}(?![A-Za-z0-9])/g,
  minDigits: 5,
  score: 0.75,
  needsContext: true,
  // enterprise QQ (800xxxxxx) is a company's support line, not a person's
  validate: (v) => !/^800\d{6}$/.test(v) && undefined,
});
