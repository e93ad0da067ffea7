import { digitsOnly, patternRecognizer } from "../pattern-recognizer.js";

/**
 * Allocated mainland mobile segments (entities.md): 13x, 145, 147, 15x but 154, 162, 165–167, 170–173,
 * 175–178, 18x, 19x but 194. 148/149/174 (IoT, data-only, satellite) and validator.js's 92x/98x are not
 * in the list.
 */
const SEGMENT = /^1(?:3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])/;

export function isMobileSegment(national11: string): boolean {
  return national11.length === 11 && SEGMENT.test(national11);
}

export const mobile = patternRecognizer({
  type: "phone_mobile",
  // optional +86 / 0086 / (+86) / 86- prefix; 3-4-4 with space or dash separators
  // +86-138… is how many CRMs print it (validator.js rejects the dash; see the conformance test)
  pattern: /(?<![A-Za-z0-9+])(?:(?:\+|00)86[ -]?|\(\+?86\)[ -]?|86-)?1[3-9]\d(?:([ -]?)\d{4}\1\d{4})(?![A-Za-z0-9])/g,
  minDigits: 11,
  score: 0.9,
  contextBoost: 0.09,
  validate: (v) => isMobileSegment(digitsOnly(v).slice(-11)) || false,
});

/** Hong Kong, Macau and Taiwan mobiles written with their country codes (+852, +853, +886), or 09… in Taiwan. */
export const hkMoTwMobile = patternRecognizer({
  type: "phone_mobile",
  pattern:
    /(?<![A-Za-z0-9+])(?:\+?852[ -]?[4-9]\d{3}[ -]?\d{4}|\+?853[ -]?6\d{3}[ -]?\d{4}|(?:\+?886[ -]?|0)9\d{2}[ -]?\d{3}[ -]?\d{3})(?![A-Za-z0-9])/g,
  minDigits: 8,
  score: 0.8,
});
