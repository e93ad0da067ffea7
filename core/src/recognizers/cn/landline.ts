import { columnIs, containsContextWord } from "../context.js";
import { joinRegex, patternRecognizer } from "../pattern-recognizer.js";
import { spokenDigits } from "../spoken-digits.js";

/** Not inside a longer run of letters or digits. */
const NOT_AFTER_WORD = /(?<![A-Za-z0-9])/;
const NOT_BEFORE_WORD = /(?![A-Za-z0-9])/;
/**
 * Area code: 010 (Beijing), 02x (the other big cities), 0[3-9]xx, optionally in brackets (also full-width
 * ones); or after +86 / 0086 without its 0, bracketed or not: +86-21-…, +86 (10) ….
 */
const AREA_CODE =
  /(?:[(（](?:010|02\d|0[3-9]\d{2})[)）]|(?:010|02\d|0[3-9]\d{2})|(?:\+|00)86[ -]?(?:\((?:10|2\d|[3-9]\d{2})\)|(?:10|2\d|[3-9]\d{2})))/;
/** An optional space or dash between area code and local number. */
const AREA_SEPARATOR = /[ -]?/;
/** Local number: 7–8 digits not starting with 0 or 1, plain or split 4-4 / 3-4 (6888 8888, 6552-9988). */
const LOCAL_NUMBER = /(?:[1-9]\d{6,7}|[1-9]\d{2,3}[ -]\d{4})/;
/** Extension: 转 / 转分机 / ext / ext. / x / - and up to 6 digits (spaces around 转 too); or a second line's last digits: /22. */
const EXTENSION = /(?:\s?(?:转分机|转|ext\.?|x)\s?\d{1,6}|-\d{1,6}|\/\d{2,4})?/;

/**
 * 固定电话: area code 010, 02x or 0[3-9]xx (also in brackets), a 7–8 digit local number, an optional
 * extension (转/ext/-). 400/800 service numbers carry no area code and are not matched.
 */
export const landline = patternRecognizer({
  type: "phone_landline",
  pattern: joinRegex("g", NOT_AFTER_WORD, AREA_CODE, AREA_SEPARATOR, LOCAL_NUMBER, EXTENSION, NOT_BEFORE_WORD),
  minDigits: 7,
  score: 0.75,
  contextBoost: 0.2,
});

/** Hong Kong landlines (+852 2xxx xxxx / 3xxx xxxx) and Taiwan ones ((02)2700-7438, 03-4255166) — with a phone word before them. */
export const hkTwLandline = patternRecognizer({
  type: "phone_landline",
  pattern: joinRegex(
    "g",
    NOT_AFTER_WORD,
    /(?:\+?852[ -]?[23]\d{3}[ -]?\d{4}|(?:\+886[ -]?\(?[2-8]\)?|\(0[2-8]\)|0[2-8]-)\d{3,4}-?\d{4})/,
    NOT_BEFORE_WORD,
  ),
  minDigits: 7,
  contextRequired: true,
  mayMatch: (t) => t.includes("852") || t.includes("886") || t.includes("(0") || /(?:^|\D)0[2-8]-\d/.test(t),
  score: 0.6,
  contextBoost: 0.25,
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

/** A landline said digit by digit: area code (010, 02x, 0[3-9]xx) and a 7–8 digit number. */
export const spokenLandline = spokenDigits("phone_landline", (d) =>
  /^(?:010|02\d|0[3-9]\d{2})[2-9]\d{6,7}$/.test(d) ? 0.8 : 0,
);
