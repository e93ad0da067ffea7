import { isPlausibleBirthDate } from "../../_lib/dates.js";
import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * 出生日期: a date in a birth-date column or after 出生/生日/DOB — not every date. Written as
 * 1990-03-07, 1990/3/7, 1990.03.07, 1990年3月7日 or 19900307.
 */
export function parseDate(v: string): [number, number, number] | null {
  const m = /^((?:18|19|20)\d{2})(?:[-/.年]\s?(\d{1,2})[-/.月]\s?(\d{1,2})日?|(\d{2})(\d{2}))$/.exec(v);
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
}

export const birthDate = patternRecognizer({
  type: "birth_date",
  pattern: /(?<![A-Za-z0-9])(?:18|19|20)\d{2}(?:[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}日?|\d{4})(?![A-Za-z0-9])/g,
  minDigits: 4,
  score: 0.8,
  needsContext: true,
  validate: (v) => {
    const d = parseDate(v);
    return d !== null && isPlausibleBirthDate(d[0], d[1], d[2]) ? undefined : false;
  },
});
