import { joinRegex, patternRecognizer } from "../pattern-recognizer.js";

/** Not inside a longer run of local-part characters (`x.y@` is matched from `x`, not from `y`). */
const NOT_AFTER_LOCAL = /(?<![A-Za-z0-9._%+\-])/;
/** Local part: up to 64 characters of [A-Za-z0-9._%+-], not starting or ending with a dot. */
const LOCAL_PART = /[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?/;
/** One or more domain labels, each up to 63 characters, no leading or trailing hyphen; IDN letters allowed. */
const DOMAIN_LABELS = /(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff\-]{0,61}[A-Za-z0-9\u00a1-\uffff])?\.)+/;
/** Top-level domain: 2–24 ASCII letters, or 2–12 IDN characters (.中国, .公司). */
const TLD = /(?:[A-Za-z]{2,24}|[\u00a1-\uffff]{2,12})/;
/** The TLD ends here: not followed by more label characters. */
const NOT_BEFORE_LABEL = /(?![A-Za-z0-9\-])/;

/** 电子邮箱: local@domain.tld; internationalized (IDN) domains allowed. */
export const email = patternRecognizer({
  type: "email",
  pattern: joinRegex("g", NOT_AFTER_LOCAL, LOCAL_PART, "@", DOMAIN_LABELS, TLD, NOT_BEFORE_LABEL),
  mayMatch: (t) => t.includes("@"),
  score: 0.95,
  contextBoost: 0.04,
});
