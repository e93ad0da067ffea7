import { columnIs, containsContextWord } from "../context.js";
import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * 固定电话: area code 010, 02x or 0[3-9]xx (also in brackets), a 7–8 digit local number, an optional
 * extension (转/ext/-). 400/800 service numbers carry no area code and are not matched.
 */
export const landline = patternRecognizer({
  type: "phone_landline",
  // the local number plain, or split 4-4 / 3-4 by a space or dash (021-6888 8888, (010)6552-9988)
  pattern:
    /(?<![A-Za-z0-9])(?:\((?:010|02\d|0[3-9]\d{2})\)|(?:010|02\d|0[3-9]\d{2}))[ -]?(?:[1-9]\d{6,7}|[1-9]\d{2,3}[ -]\d{4})(?:(?:转|ext\.?|x|-)\d{1,6})?(?![A-Za-z0-9])/g,
  minDigits: 7,
  score: 0.75,
  contextBoost: 0.2,
});

/** A bare 7–8 digit local number (no area code) — only in a phone-typed column or under a phone label. */
export const localNumber = patternRecognizer({
  type: "phone_landline",
  pattern: /(?<![A-Za-z0-9])[2-9]\d{2,3}[ -]?\d{4}(?![A-Za-z0-9])/g,
  minDigits: 7,
  needsColumn: true,
  score: 0.75,
  validate: (v, ctx) =>
    (v.replace(/\D/g, "").length >= 7 &&
      (columnIs("phone_landline", ctx) ||
        columnIs("phone_mobile", ctx) ||
        (ctx.label !== null && containsContextWord("phone_landline", ctx.label)))) ||
    false,
});
