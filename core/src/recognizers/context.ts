import { CONTEXT_WINDOW, CONTEXT_WORDS } from "../data/context-words.js";
import type { EntityType } from "../model/entity-type.js";
import type { ScanContext } from "./types.js";

const lowered = new Map<EntityType, readonly string[]>();
for (const [t, words] of Object.entries(CONTEXT_WORDS)) lowered.set(t as EntityType, words.map((w) => w.toLowerCase()));

/** Does a context word for `type` appear in `s`? Short ASCII words (ip, qq, wx) must stand alone. */
export function containsContextWord(type: EntityType, s: string): boolean {
  const words = lowered.get(type);
  if (!words || !s) return false;
  const low = s.toLowerCase();
  for (const w of words) {
    let at = low.indexOf(w);
    while (at >= 0) {
      if (!/^[a-z]+$/.test(w) || w.length > 4) return true;
      const before = low.charCodeAt(at - 1), after = low.charCodeAt(at + w.length);
      if (!isAsciiAlnum(before) && !isAsciiAlnum(after)) return true;
      at = low.indexOf(w, at + 1);
    }
  }
  return false;
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
