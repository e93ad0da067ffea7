import { mod11_2Valid } from "../../_lib/checksums.js";
import { isPlausibleBirthDate } from "../../_lib/dates.js";
import { CONTEXT_WINDOW } from "../../data/context-words.js";
import { isRegionCode } from "../../data/regions.js";
import type { EntityType } from "../../model/entity-type.js";
import { hasAntiContext, hasContext } from "../context.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";

/**
 * A number of a numbered type that fails the type's check, right after a word naming the type: 身份证录入错误：
 * 610113198705232437 (the check character is wrong), 登记的手机1320961409少一位. A typo is still the person's number,
 * so it is reported — flagged `unverified`, below any valid finding's confidence — and masking leaves nothing of it.
 * A number that cannot be one (an ID with no such region or birth date, 发票号码 …) is not. (In a table the
 * column's header plays the word's part: see scan-table.ts.)
 */
function typoAfterWord(
  type: EntityType,
  shape: RegExp,
  minDigits: number,
  plausible: (value: string) => boolean = () => true,
): Recognizer {
  const all = new RegExp(shape.source, "g");
  return {
    type,
    minDigits,
    mayMatch: (t) => shape.test(t),
    find(ctx: ScanContext): Candidate[] {
      const out: Candidate[] = [];
      for (const m of ctx.text.matchAll(all)) {
        const start = m.index!;
        if (!hasContext(type, ctx, start) || hasAntiContext(ctx.text, start) || !plausible(m[0])) continue;
        // the word must be this number's: no other number between (发票号码 04403210 代码 144032109110)
        if (/\d{4}/.test(ctx.text.slice(Math.max(0, start - CONTEXT_WINDOW), start))) continue;
        out.push({ type, start, end: start + m[0].length, confidence: 0.6, flags: ["unverified"] });
      }
      return out;
    },
  };
}

/** an ID whose region and birth date are real and whose check character is wrong (the usual one-digit typo) */
export const typoResidentId = typoAfterWord(
  "cn_resident_id",
  /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/,
  17,
  (v) =>
    !mod11_2Valid(v) &&
    isRegionCode(v.slice(0, 6)) &&
    isPlausibleBirthDate(Number(v.slice(6, 10)), Number(v.slice(10, 12)), Number(v.slice(12, 14))),
);
/** a mobile one digit short or long: 1, a network digit (3–9) and 8 or 10 more digits */
export const typoMobile = typoAfterWord("phone_mobile", /(?<![\dA-Za-z+])1[3-9](?:\d{8}|\d{10})(?![\dA-Za-z])/, 10);
