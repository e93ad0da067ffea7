import { joinRegex, patternRecognizer } from "../pattern-recognizer.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";
import { NAME_FOLLOWERS, NEVER_GIVEN_CHARS } from "../../data/given-names.js";

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

/**
 * E-mails whose local part holds Chinese characters (思聪80@gmail.com, Philip.崔@hotmail.com), whole: the
 * Chinese characters before the @ belong to it, after any lead-in (邮箱是, 发到) that is cut off.
 */
/** the domain after an @: labels and an ASCII top-level domain (sticky, read from just after the @) */
const DOMAIN_AFTER_AT = joinRegex("y", DOMAIN_LABELS, /[A-Za-z]{2,24}/, NOT_BEFORE_LABEL);
const LOCAL_CHAR = /[A-Za-z0-9._%+\-\u4e00-\u9fff]/;
/** particles and verbs (发, 给, 到, 是 …) and what follows names: characters of the sentence, not of an address */
const NOT_IN_LOCAL = new Set(
  [...NEVER_GIVEN_CHARS, ...NAME_FOLLOWERS, ..."抄送邮件箱"].filter((c) => /[\u4e00-\u9fff]/.test(c)),
);
const LEAD_IN = /^(?:[\u4e00-\u9fff]*?(?:邮箱|邮件|电邮|e-?mail|地址|发到|寄到|发送到|是|为|：|:))+/i;
export const emailChineseLocal: Recognizer = {
  type: "email",
  mayMatch: (t) => t.includes("@") && /[\u4e00-\u9fff][A-Za-z0-9._%+\-]*@/.test(t),
  find(ctx: ScanContext): Candidate[] {
    const out: Candidate[] = [];
    const text = ctx.text;
    // from each @, back over the local part (at most 60 characters) and on over the domain: linear in the text
    for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
      let from = at;
      while (from > 0 && at - from < 60 && LOCAL_CHAR.test(text[from - 1]!)) from--;
      const local = text.slice(from, at);
      if (!/[\u4e00-\u9fff]/.test(local)) continue;
      DOMAIN_AFTER_AT.lastIndex = at + 1;
      if (!DOMAIN_AFTER_AT.test(text)) continue;
      const end = DOMAIN_AFTER_AT.lastIndex;
      let cut = LEAD_IN.exec(local)?.[0].length ?? 0;
      // the Chinese characters next to the address: a word before it (发给, 抄送到) is no part of it
      for (let i = cut; i < local.length; i++) if (NOT_IN_LOCAL.has(local[i]!)) cut = i + 1;
      const cjk = (local.slice(cut).match(/[\u4e00-\u9fff]/g) ?? []).length;
      if (cut >= local.length || cjk === 0 || cjk > 4 || !/[\u4e00-\u9fffA-Za-z0-9]/.test(local[cut]!)) continue;
      // as high as the plain pattern with context (0.99): the longer span wins the tie, not the ASCII tail (80@gmail.com)
      out.push({ type: "email", start: from + cut, end, confidence: 0.99, flags: [] });
    }
    return out;
  },
};

/** Written to dodge scrapers, after an e-mail word: chen.jing(at)126.com, wang_fang[at]sina.com, zhangwei#163.com, lihua at qq dot com. */
export const obfuscatedEmail = patternRecognizer({
  type: "email",
  pattern:
    /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}(?:\s?[([]at[)\]]\s?|#| at )[A-Za-z0-9\-]+(?:(?:\.| dot )[A-Za-z0-9\-]+)*(?:\.| dot )[A-Za-z]{2,24}(?![A-Za-z0-9\-])/gi,
  mayMatch: (t) => /\[at\]|\(at\)|#| at /i.test(t),
  score: 0.75,
  needsContext: true,
});
