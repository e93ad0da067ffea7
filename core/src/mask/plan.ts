import type { Finding } from "../model/finding.js";
import { maskValue, type MaskLevel } from "../operators/mask.js";
import { decide, type Action, type Policy } from "../policy/policy.js";
import { replacement, spliceText } from "../policy/apply.js";

/** What happened to one value: the change-log needs the original (fingerprinted, never written), the preview and the result. */
export interface ValueChange {
  finding: Finding;
  action: Action;
  after: string;
}

export interface MaskContext {
  /**
   * Receives every change as it is made (the CLI streams them into the change log); without it, the
   * maskers collect them in their result.
   */
  onChange?: (
    c: ValueChange & {
      sheet: string | null;
      cell: string | null;
      location?: import("../model/finding.js").Location;
      part?: string;
    },
  ) => void;
  policy: Policy;
  level: MaskLevel;
  /** the pseudonym key (derived from the key file; never written anywhere) */
  pseudonymKey: Uint8Array;
}

/** A value the policy retains, listed in the report with its legal basis and period. */
export interface Retained {
  finding: Finding;
  basis: string;
  period: string;
}

/**
 * Apply the policy to the findings of one text (a cell, a comment, a property): the new text, and one
 * change per replaced value. Retained and mark_deleted values are left as they are.
 */
export function maskText(
  text: string,
  findings: readonly Finding[],
  place: { sheet: string | null; header: string | null; column: string | null },
  ctx: MaskContext,
): { text: string; changes: ValueChange[]; retained: Retained[]; markDeleted: Action[] } {
  const changes: ValueChange[] = [],
    retained: Retained[] = [],
    markDeleted: Action[] = [];
  const edits: { start: number; end: number; with: string }[] = [];
  for (const f of findings) {
    const action = decide(ctx.policy, { type: f.type, ...place }, ctx.level);
    if (action.action === "retain") {
      retained.push({ finding: f, basis: action.basis, period: action.period });
      continue;
    }
    if (action.action === "mark_deleted") {
      markDeleted.push(action);
      continue;
    }
    // 李总, 小刘: a surname alone identifies no one by itself; only the strict level masks it (*总)
    if (
      f.flags.includes("surname_only") &&
      (action.action === "mask" ? (action.level ?? ctx.level) : ctx.level) !== "strict"
    )
      continue;
    const after = replacement(action, f.type, f.text, ctx.pseudonymKey, ctx.level);
    if (after === null || after === f.text) continue;
    edits.push({ start: f.start, end: f.end, with: after });
    changes.push({ finding: f, action, after });
  }
  return { text: edits.length ? spliceText(text, edits) : text, changes, retained, markDeleted };
}

/** The masked preview a log entry carries for the original value. */
export const previewOf = (f: Finding): string => maskValue(f.type, f.text, "standard");
