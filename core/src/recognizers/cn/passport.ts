import { patternRecognizer } from "../pattern-recognizer.js";

/**
 * 护照号 (PRC): E + 8 digits, E + a letter (not I/O) + 7 digits, G + 8 digits; D, S, P, SE, DE, PE + 7 digits.
 * A context word or a passport column is required: a bare E12345678 is too often a product code; in a list
 * after one, the next ones need none (护照：1. 高丽华 E41390403；2. 高子豪 E36308135).
 */
export const passport = patternRecognizer({
  type: "passport",
  pattern: /(?<![A-Za-z0-9])(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|(?:SE|DE|PE|D|S|P)\d{7})(?![A-Za-z0-9])/g,
  mayMatch: (t) => /[EGDSP]\d|[EDSP][A-Z]\d/.test(t),
  minDigits: 7,
  score: 0.8,
  needsContext: true,
  listContinues: true,
});

/**
 * Passports of other countries and of Hong Kong and Macau, after a passport word (护照, Passport No.):
 * 9 digits (US, UK, Macau 14…/15…), a letter and 8 digits (HK K/H…, US A…, KR M…), two letters and 7 digits
 * (AU PB…, IE PA…, JP TZ…, Macau MA… — not E… or G…, which are mistyped PRC ones), two letters and 6 digits
 * (CA), SG K9414471D, FR 16EV43660, DE C642W2J1V, RU 40 0171026. A letter and 7 digits alone (K0123456) is none.
 */
const FOREIGN = [
  /\d{9}/,
  /[A-Z]\d{8}/,
  /(?![EG])[A-Z]{2}\d{7}/,
  /[A-Z]{2}\d{6}/,
  /[A-Z]\d{7}[A-Z]/,
  /\d{2}[A-Z]{2}\d{5}/,
  /[CFGHJK][0-9CFGHJKLMNPRTVWXYZ]{8}/,
  /\d{2} \d{7}/,
];
export const foreignPassport = patternRecognizer({
  type: "passport",
  pattern: new RegExp(`(?<![A-Za-z0-9])(?:${FOREIGN.map((r) => r.source).join("|")})(?![A-Za-z0-9])`, "g"),
  minDigits: 1, // a German number mixes letters in: its longest run of digits may be short (C642W2J1V)
  score: 0.7,
  needsContext: true,
  // a German number is letters and digits mixed: at least four digits, so a word in capitals is none
  validate: (v) => (v.match(/\d/g) ?? []).length >= 4 || false,
});
