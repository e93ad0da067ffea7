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

/** Replace spans of a text (non-overlapping), right to left so earlier offsets stay valid. */
export function spliceText(text: string, edits: readonly (Span & { with: string })[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.with + out.slice(e.end);
  return out;
}
