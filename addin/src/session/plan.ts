import {
  columnLetters,
  maskText,
  maskValue,
  type Action,
  type EntityType,
  type MaskLevel,
  type Policy,
  type Rule,
  type ValueChange,
} from "@tuomin/core";
import type { WorkbookScan } from "./scan-workbook.js";

/** What the user chose: an action per type, overrides per column (`sheet!D`), and the default mask level. */
export interface Choices {
  level: MaskLevel;
  byType: Partial<Record<EntityType, Action>>;
  byColumn: Record<string, Action>;
}

export const columnKey = (sheet: string, col: number): string => `${sheet}!${columnLetters(col)}`;

/** The choices as a core policy: column overrides first, then the per-type actions, else the default. */
export function policyOf(choices: Choices): Policy {
  const rules: Rule[] = [];
  for (const [key, action] of Object.entries(choices.byColumn)) {
    const i = key.lastIndexOf("!");
    rules.push({ match: { sheet: key.slice(0, i), column: key.slice(i + 1) }, ...action } as Rule);
  }
  for (const [type, action] of Object.entries(choices.byType))
    rules.push({ match: { type: type as EntityType }, ...action } as Rule);
  return { version: 1, rules };
}

/** One cell to change: its text before (kept in memory only) and after, and one change per value replaced. */
export interface PlannedCell {
  sheet: string;
  row: number;
  col: number;
  before: string;
  after: string;
  numeric: boolean;
  changes: ValueChange[];
}

export interface Plan {
  cells: PlannedCell[];
  /** values kept because of a retention duty (or organization data) */
  retained: number;
  /** cells with findings that hold formulas: never rewritten (mask the cells they read instead) */
  formulaCells: number;
}

/** Decide every hit of a scan under the choices. Nothing is written. */
export function planChanges(scan: WorkbookScan, choices: Choices, pseudonymKey: Uint8Array): Plan {
  const policy = policyOf(choices);
  const ctx = { policy, level: choices.level, pseudonymKey };
  const cells: PlannedCell[] = [];
  let retained = 0,
    formulaCells = 0;
  for (const sheet of scan.sheets) {
    const headers = new Map(sheet.columns.map((c) => [c.col, c.header]));
    for (const hit of sheet.hits) {
      if (hit.formula) {
        formulaCells++;
        continue;
      }
      const place = { sheet: sheet.name, header: headers.get(hit.col) ?? null, column: columnLetters(hit.col) };
      const r = maskText(hit.text, hit.findings, place, ctx);
      retained += r.retained.length;
      if (r.changes.length === 0 || r.text === hit.text) continue;
      cells.push({
        sheet: sheet.name,
        row: hit.row,
        col: hit.col,
        before: hit.text,
        after: r.text,
        numeric: hit.numeric,
        changes: r.changes,
      });
    }
  }
  return { cells, retained, formulaCells };
}

export interface PreviewPair {
  sheet: string;
  row: number;
  col: number;
  type: EntityType;
  before: string;
  after: string;
}

/**
 * Up to `n` before → after pairs, one per type first: each is one replaced value, its original shown
 * masked at the loose level (never raw, but enough to recognize it) and its replacement. A retained value in the same cell is not shown.
 */
export function previewPairs(plan: Plan, n = 5): PreviewPair[] {
  const out: PreviewPair[] = [];
  const seen = new Set<EntityType>();
  const used = new Set<ValueChange>();
  for (const pass of [0, 1]) {
    for (const c of plan.cells) {
      for (const v of c.changes) {
        if (out.length >= n) return out;
        if (used.has(v) || (pass === 0 && seen.has(v.finding.type))) continue;
        seen.add(v.finding.type);
        used.add(v);
        out.push({
          sheet: c.sheet,
          row: c.row,
          col: c.col,
          type: v.finding.type,
          before: maskValue(v.finding.type, v.finding.text, "loose"),
          after: v.after,
        });
      }
    }
  }
  return out;
}
