import { patternRecognizer } from "../pattern-recognizer.js";
import { spokenDigits } from "../spoken-digits.js";

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

/** a QQ chat log's message header, a line of its own: 王磊(2873315624) 14:32:08 — the name, the number, the time to the second */
export const qqChatHeader = patternRecognizer({
  type: "qq",
  pattern: /(?<=^[^\s()（）\d][^\s()（）]{0,19}[(（])[1-9]\d{4,10}(?=[)）] \d{1,2}:\d{2}:\d{2}$)/gm,
  minDigits: 5,
  score: 0.85,
  mayMatch: (t) => t.includes(":") && /[)）] \d{1,2}:\d{2}:\d{2}/.test(t),
});

/** a QQ number said in a call (客户：二八七三零九幺四五六), after a QQ word */
export const spokenQq = spokenDigits("qq", (d) => (/^[1-9]\d{4,10}$/.test(d) ? 0.75 : 0), { contextRequired: true });
