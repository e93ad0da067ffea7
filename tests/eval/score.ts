import { scanTable, scanText, type EntityType } from "../../core/src/index.js";
import type { Span } from "../synth/notes.js";
import { notes, table, TRAPS } from "./dataset.js";

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

/** Exact-span scoring: a finding counts only with the right type, start and end. */
export function evaluate(opts: { notes?: number; tableRows?: number; seed?: number } = {}): Map<EntityType, TypeScore> {
  const counts = new Map<EntityType, { tp: number; fp: number; fn: number }>();
  const c = (t: EntityType) => {
    let x = counts.get(t);
    if (!x) counts.set(t, (x = { tp: 0, fp: 0, fn: 0 }));
    return x;
  };
  const compare = (found: Span[], labeled: Span[]) => {
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const want = new Set(labeled.map(key));
    const got = new Set(found.map(key));
    for (const s of found)
      if (want.has(key(s))) c(s.type).tp++;
      else c(s.type).fp++;
    for (const s of labeled) if (!got.has(key(s))) c(s.type).fn++;
  };
  const seed = opts.seed ?? 1;
  for (const n of notes(opts.notes ?? 3000, seed)) {
    compare(
      scanText(n.text).filter((f) => f.sensitivity !== "organization" || f.type === "uscc"),
      n.spans,
    );
  }
  for (const t of TRAPS) compare(scanText(t), []);
  const tb = table(opts.tableRows ?? 1000, seed + 1);
  const r = scanTable(tb.rows);
  const byCell = new Map<string, Span[]>();
  for (const f of r.findings) {
    const k = `${f.row}:${f.col}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  const labeledCells = new Map(tb.labels.map((l) => [`${l.row}:${l.col}`, l.spans]));
  for (const k of new Set([...byCell.keys(), ...labeledCells.keys()]))
    compare(byCell.get(k) ?? [], labeledCells.get(k) ?? []);
  const out = new Map<EntityType, TypeScore>();
  for (const [t, x] of counts)
    out.set(t, { ...x, precision: x.tp / Math.max(1, x.tp + x.fp), recall: x.tp / Math.max(1, x.tp + x.fn) });
  return out;
}

/** The goals of the detection-core issue. */
export const GOALS: Partial<Record<EntityType, number>> = {
  cn_resident_id: 0.99,
  bank_card: 0.99,
  hk_id: 0.99,
  tw_id: 0.99,
  uscc: 0.99,
  phone_mobile: 0.98,
  phone_landline: 0.98,
  email: 0.98,
  person_name: 0.95,
  address: 0.9,
};
