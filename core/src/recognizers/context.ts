import { escapeRegExp } from "../_lib/regexp.js";
import { ANTI_CONTEXT_WORDS, CONTEXT_WINDOW, CONTEXT_WORDS } from "../data/context-words.js";
import type { EntityType } from "../model/entity-type.js";
import type { ScanContext } from "./types.js";

/**
 * One regex per type: Chinese words as they are; ASCII words case-insensitive, and short ones (ip, qq,
 * wx, tel) only as whole words so "zip" and "hotel" do not count.
 */
export function contextRegex(words: readonly string[]): RegExp | null {
  if (!words.length) return null;
  const alts = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      // a digit may follow right after (QQ2918374650, IP10.0.0.1), a letter may not (zip, hotel)
      /^[a-z]+$/i.test(w) && w.length <= 4 ? `(?<![a-z0-9])${escapeRegExp(w)}(?![a-z])` : escapeRegExp(w),
    );
  return new RegExp(alts.join("|"), "i");
}

const compiled = new Map<EntityType, RegExp | null>();
for (const [t, words] of Object.entries(CONTEXT_WORDS)) compiled.set(t as EntityType, contextRegex(words));

/** Does a context word for `type` appear in `s`? */
export function containsContextWord(type: EntityType, s: string): boolean {
  const re = compiled.get(type);
  return !!re && !!s && re.test(s);
}

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Context for a candidate at `start`: the column's type, the host's label, or a word shortly before it. */
export function hasContext(type: EntityType, ctx: ScanContext, start: number): boolean {
  if (ctx.column?.type === type) return true;
  if (ctx.label && containsContextWord(type, ctx.label)) return true;
  if (start === 0) return false;
  return containsContextWord(type, ctx.text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
}

/** The column says this cell holds `type` (from its header, or a clear majority of its values). */
export function columnIs(type: EntityType, ctx: ScanContext): boolean {
  return ctx.column?.type === type && ctx.column.confidence >= 0.5;
}

const ANTI = contextRegex(ANTI_CONTEXT_WORDS)!;
/** A word such as 订单号 or 流水号 within the few characters before `start` (and no separator sentence between). */
export function hasAntiContext(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.slice(Math.max(0, start - 8), start);
  const cut = Math.max(
    before.lastIndexOf("，"),
    before.lastIndexOf(","),
    before.lastIndexOf("。"),
    before.lastIndexOf(";"),
    before.lastIndexOf("；"),
  );
  return ANTI.test(cut >= 0 ? before.slice(cut + 1) : before);
}
