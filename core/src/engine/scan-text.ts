import { ENTITY_INFO, type EntityType } from "../model/entity-type.js";
import type { ColumnClass } from "../model/column-class.js";
import type { Finding } from "../model/finding.js";
import { RECOGNIZERS, type Candidate, type ScanContext } from "../recognizers/index.js";

export const DEFAULT_THRESHOLD = 0.5;

export interface ScanTextOptions {
  /** the class of the column the text sits in (tables) */
  column?: ColumnClass | null;
  /** a label naming the text: a form field's label, a page table's header */
  label?: string | null;
  /** the value was stored as a number */
  numeric?: boolean;
  /** findings below this confidence are not reported (default 0.5) */
  threshold?: number;
  /** only these types (default: all) */
  types?: readonly EntityType[];
}

/** Every recognizer's candidates in `text`, before overlap resolution and threshold. */
export function candidatesIn(text: string, opts: ScanTextOptions = {}): Candidate[] {
  const ctx: ScanContext = { text, column: opts.column ?? null, label: opts.label ?? null, numeric: opts.numeric ?? false };
  const out: Candidate[] = [];
  for (const r of RECOGNIZERS) {
    if (opts.types && !opts.types.includes(r.type)) continue;
    if (!r.mayMatch(text)) continue;
    for (const c of r.find(ctx)) out.push(c);
  }
  return out;
}

/** Keep the best of overlapping candidates: higher confidence first, then the longer span. */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  const sorted = [...cands].sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function toFinding(c: Candidate, text: string): Finding {
  return {
    type: c.type, start: c.start, end: c.end, confidence: Math.round(c.confidence * 100) / 100,
    sensitivity: ENTITY_INFO[c.type].sensitivity, flags: c.flags, text: text.slice(c.start, c.end),
  };
}

/** Find personal data in a text. Offsets are UTF-16 code units into `text`, `end` exclusive. */
export function scanText(text: string, opts: ScanTextOptions = {}): Finding[] {
  if (!text) return [];
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  return resolveOverlaps(candidatesIn(text, opts))
    .filter((c) => c.confidence >= threshold)
    .map((c) => toFinding(c, text));
}
