import { digitsOnly, joinRegex, patternRecognizer } from "../pattern-recognizer.js";
import { spokenDigits } from "../spoken-digits.js";

/**
 * Allocated mainland mobile segments (entities.md): 13x, 145, 147, 15x but 154, 162, 165–167, 170–173,
 * 175–178, 18x, 19x but 194. 148/149/174 (IoT, data-only, satellite) and validator.js's 92x/98x are not
 * in the list.
 */
const SEGMENT = /^1(?:3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])/;

export function isMobileSegment(national11: string): boolean {
  return national11.length === 11 && SEGMENT.test(national11);
}

/** Not inside a longer number, word or `+` prefix. */
const NOT_AFTER_WORD = /(?<![A-Za-z0-9+])/;
const NOT_BEFORE_WORD = /(?![A-Za-z0-9])/;
/**
 * Optional country code: +86 / 0086 (then an optional space or dash), (+86) / (86), or 86- (how many CRMs
 * print it; validator.js rejects +86-138…, see the conformance test).
 */
const CN_COUNTRY_CODE = /(?:(?:\+|00)86[ -]?|\(\+?86\)[ -]?|86-)?/;
/** 11 digits 1[3-9]x xxxx xxxx, grouped 3-4-4 by one separator used twice (space, dash or none). */
const CN_MOBILE_NUMBER = /1[3-9]\d(?:([ -]?)\d{4}\1\d{4})/;

export const mobile = patternRecognizer({
  type: "phone_mobile",
  pattern: joinRegex("g", NOT_AFTER_WORD, CN_COUNTRY_CODE, CN_MOBILE_NUMBER, NOT_BEFORE_WORD),
  minDigits: 11,
  score: 0.9,
  contextBoost: 0.09,
  validate: (v) => isMobileSegment(digitsOnly(v).slice(-11)) || false,
});

/** Hong Kong (+852): 8 digits starting 4–9. */
const HK_MOBILE = /\+?852[ -]?[4-9]\d{3}[ -]?\d{4}/;
/** Macau (+853): 8 digits starting 6. */
const MO_MOBILE = /\+?853[ -]?6\d{3}[ -]?\d{4}/;
/** Taiwan: +886 9xx xxx xxx, or 09xx xxx xxx written nationally. */
const TW_MOBILE = /(?:\+?886[ -]?|0)9\d{2}[ -]?\d{3}[ -]?\d{3}/;

/** Hong Kong, Macau and Taiwan mobiles written with their country codes (+852, +853, +886), or 09… in Taiwan. */
export const hkMoTwMobile = patternRecognizer({
  type: "phone_mobile",
  pattern: joinRegex("g", NOT_AFTER_WORD, "(?:", HK_MOBILE, "|", MO_MOBILE, "|", TW_MOBILE, ")", NOT_BEFORE_WORD),
  minDigits: 8,
  score: 0.8,
});

/** A mobile said or OCR-spaced: 幺三八 幺二七五 四四零九, 139  7103 2027, 187.8100.7223 (see spoken-digits.ts). */
export const spokenMobile = spokenDigits("phone_mobile", (d) =>
  isMobileSegment(d.replace(/^86(?=\d{11}$)/, "")) ? 0.85 : 0,
);
