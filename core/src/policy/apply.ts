import type { EntityType } from "../model/entity-type.js";
import { generalize } from "../operators/generalize.js";
import { maskValue, type MaskLevel } from "../operators/mask.js";
import { pseudonymize } from "../operators/pseudonymize.js";
import type { Action } from "./policy.js";

/** The replacement of one value under an action, or null when the action leaves it (retain, mark_deleted). */
export function replacement(
  action: Action,
  type: EntityType,
  value: string,
  key: Uint8Array,
  defaultLevel: MaskLevel = "standard",
): string | null {
  switch (action.action) {
    case "mask":
      return maskValue(type, value, action.level ?? defaultLevel);
    case "pseudonymize":
      return pseudonymize(type, value, key);
    case "generalize":
      return generalize(type, value) ?? maskValue(type, value, "strict");
    case "delete":
      return "";
    case "retain":
    case "mark_deleted":
      return null;
  }
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Replace spans of a text (non-overlapping; given in any order) in one pass, left to right: linear in the
 * text's length whatever the number of edits (re-slicing the whole text per edit was quadratic on one long cell).
 */
export function spliceText(text: string, edits: readonly (Span & { with: string })[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new RangeError(`overlapping edits at ${e.start}`);
    parts.push(text.slice(at, e.start), e.with);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
