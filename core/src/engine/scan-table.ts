import { isRegionCode } from "../data/regions.js";
import type { ColumnClass } from "../model/column-class.js";
import { ENTITY_INFO, type EntityType } from "../model/entity-type.js";
import { roundConfidence, type Finding } from "../model/finding.js";
import { classifyColumns } from "./classify-columns.js";
import { candidatesIn, DEFAULT_THRESHOLD, scanText, toFinding } from "./scan-text.js";

/** A cell as a host hands it over: its text as Excel shows it, and whether it was a number or a formula. */
export interface CellInput {
  text: string;
  numeric?: boolean;
  formula?: boolean;
  /** the formula's text without "=", when the host read it */
  f?: string;
}
export type Cell = string | CellInput | null | undefined;

export interface CellFinding extends Finding {
  /** 1-based row, as Excel numbers them */
  row: number;
  /** 0-based column index */
  col: number;
}

export interface TableScanOptions {
  /** rows to collect before the columns are classified (default 200) */
  sampleRows?: number;
  /** is the first non-empty row a header? default: decided from its cells */
  header?: boolean;
  threshold?: number;
  /**
   * Called for every finding as soon as it is known, with its place (the finding object is shared
   * between equal cells: copy what you keep). When given, `findings` stays empty.
   */
  onFinding?: (f: Finding, row: number, col: number, formula: boolean) => void;
}

const cellText = (c: Cell): string => (c == null ? "" : typeof c === "string" ? c : c.text);
const isNumeric = (c: Cell): boolean => typeof c === "object" && c !== null && !!c.numeric;
const isFormula = (c: Cell): boolean => typeof c === "object" && c !== null && !!c.formula;

/**
 * A number as Excel's formula bar shows it: at most 15 significant digits, integers written out in full
 * (1.10101199003071E+17 → 110101199003071000, not the binary float's …071008).
 */
export function numberText(raw: string): string {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) return raw;
  if (Number.isInteger(n) && Math.abs(n) >= 1e15 && Math.abs(n) < 1e21) {
    const [mant, exp] = Math.abs(n).toExponential(14).split("e");
    const digits = mant.replace(".", "").replace(/0+$/, "");
    return (n < 0 ? "-" : "") + digits.padEnd(Number(exp) + 1, "0");
  }
  return /[eE]/.test(raw) || raw.length > 16 ? String(Number(n.toPrecision(15))) : raw;
}

/**
 * Scans tables that arrive in chunks of rows (a workbook read in streams, Excel ranges read 5,000 rows at
 * a time). The first rows are held back until the columns are classified from the header and a value
 * sample; after that every row is scanned as it arrives. Memory stays flat: only the sample is kept.
 */
export class TableScanner {
  private readonly sampleRows: number;
  private readonly threshold: number;
  private pending: { row: number; cells: Cell[] }[] = [];
  private headerRow: { row: number; cells: Cell[] } | null = null;
  private decidedHeader: boolean | undefined;
  private classes: ColumnClass[] | null = null;
  /** per column: findings of short values seen before (categories, cities, statuses repeat; IDs do not) */
  private readonly cache: Map<string, Finding[]>[] = [];
  readonly findings: CellFinding[] = [];
  rowCount = 0;

  constructor(private readonly opts: TableScanOptions = {}) {
    this.sampleRows = opts.sampleRows ?? 200;
    this.threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    this.decidedHeader = opts.header;
  }

  /** Add rows; `firstRow` is the 1-based row number of rows[0] (rows may be sparse: pass row numbers). */
  push(rows: readonly (readonly Cell[])[], firstRow: number): void {
    rows.forEach((cells, k) => this.pushRow(firstRow + k, cells));
  }

  pushRow(row: number, cells: readonly Cell[]): void {
    if (row > this.rowCount) this.rowCount = row;
    if (this.classes) {
      this.scanRow(row, cells);
      return;
    }
    if (!cells.some((c) => cellText(c).trim() !== "")) return;
    if (
      !this.headerRow &&
      this.decidedHeader !== false &&
      this.pending.length === 0 &&
      looksLikeHeader(cells, this.decidedHeader)
    ) {
      this.headerRow = { row, cells: [...cells] };
      return;
    }
    this.pending.push({ row, cells: [...cells] });
    if (this.pending.length >= this.sampleRows) this.classify();
  }

  /** Column classes (after enough rows, or after finish()). */
  get columns(): ColumnClass[] {
    return this.classes ?? [];
  }

  /** true once the columns are classified (rows pushed from then on are scanned as they arrive) */
  get classified(): boolean {
    return this.classes !== null;
  }

  /** The row taken as the header, if any (known once the columns are classified). */
  get headerRowNumber(): number | null {
    return this.headerRow?.row ?? null;
  }

  finish(): { columns: ColumnClass[]; findings: CellFinding[]; headerRow: number | null } {
    if (!this.classes) this.classify();
    return { columns: this.classes!, findings: this.findings, headerRow: this.headerRow?.row ?? null };
  }

  private classify(): void {
    const headers = (this.headerRow?.cells ?? []).map((c) => cellText(c).trim() || null);
    const sample = this.pending.map((r) => r.cells.map((c) => cellText(c)));
    this.classes = classifyColumns(headers, sample);
    if (this.headerRow) this.scanRow(this.headerRow.row, this.headerRow.cells, true);
    for (const r of this.pending) this.scanRow(r.row, r.cells);
    this.pending = [];
  }

  private scanRow(row: number, cells: readonly Cell[], isHeader = false): void {
    for (let col = 0; col < cells.length; col++) {
      const c = cells[col];
      const raw = cellText(c);
      if (!raw) continue;
      const numeric = isNumeric(c);
      const text = numeric ? numberText(raw) : raw;
      const cls = isHeader ? null : (this.classes![col] ?? null);
      const found = this.scanCell(text, cls, numeric);
      if (found.length === 0) continue;
      const formula = isFormula(c);
      for (const f of found) {
        if (this.opts.onFinding) {
          this.opts.onFinding(f, row, col, formula);
          continue;
        }
        this.findings.push({
          type: f.type,
          start: f.start,
          end: f.end,
          confidence: f.confidence,
          sensitivity: f.sensitivity,
          flags: formula ? [...f.flags, "formula"] : f.flags,
          text: f.text,
          row,
          col,
        });
      }
    }
  }

  private scanCell(text: string, cls: ColumnClass | null, numeric: boolean): Finding[] {
    const cacheable = text.length <= 12 && cls !== null;
    const cache = cacheable ? (this.cache[cls.index] ??= new Map()) : null;
    const hit = cache?.get(text);
    if (hit) return hit;
    // a fractional number (a price, a ratio, 0.65996322969428256) is never personal data
    if (numeric && !/^-?\d+$/.test(text)) return [];
    // the column raises a finding by at most COLUMN_RAISE: anything weaker can never be reported
    const floor = this.threshold - COLUMN_RAISE;
    // fast path: a cell of a well-classified column that is wholly a value of the column's type needs no other recognizer
    let found = cls?.type && cls.confidence >= 0.95 ? wholeCellOfType(text, cls, numeric, floor) : null;
    found ??= scanText(text, { column: cls, numeric, threshold: floor });
    const damaged = numeric ? damagedId(text, cls) : null;
    if (damaged) found = [damaged];
    if (cls?.fromHeader && cls.type && !found.some((f) => f.type === cls.type)) {
      const typo = unverified(text, cls.type);
      if (typo) found = [...found.filter((f) => f.end <= typo.start || f.start >= typo.end), typo];
    }
    const out = found.map((f) => adjustForColumn(f, cls)).filter((f) => f.confidence >= this.threshold);
    if (cache) {
      if (cache.size > 4096) cache.clear();
      cache.set(text, out);
    }
    return out;
  }
}

/** The finding when `text` (trimmed) is exactly one value of the column's type; null to scan it fully. */
function wholeCellOfType(text: string, cls: ColumnClass, numeric: boolean, floor: number): Finding[] | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const c = candidatesIn(text, { column: cls, numeric, types: [cls.type!] });
  if (c.length !== 1 || c[0].start !== start || c[0].end !== end || c[0].confidence < floor) return null;
  return [toFinding(c[0], text)];
}

/** A header row has text cells and no cell that is itself clearly personal data. */
function looksLikeHeader(cells: readonly Cell[], forced: boolean | undefined): boolean {
  if (forced !== undefined) return forced;
  const texts = cells.map(cellText).filter((t) => t.trim() !== "");
  if (texts.length === 0 || cells.some(isNumeric)) return false;
  return texts.every((t) => t.length <= 40 && scanText(t, { threshold: 0.8 }).length === 0);
}

/** An ID saved as a number keeps only 15 significant digits: still a person's ID, flagged damaged_number. */
function damagedId(text: string, cls: ColumnClass | null): Finding | null {
  if (!/^\d{16,18}$/.test(text)) return null;
  const inIdColumn = cls?.type === "cn_resident_id";
  if (!inIdColumn && !isRegionCode(text.slice(0, 6))) return null;
  return {
    type: "cn_resident_id",
    start: 0,
    end: text.length,
    confidence: inIdColumn ? 0.9 : 0.6,
    sensitivity: "sensitive",
    flags: ["damaged_number"],
    text,
  };
}

/**
 * The shapes a typo'd value of a numbered type still has, in a column whose header names the type: a mobile
 * one digit short or long (1320961409), an ID a digit off or with a letter in it, a landline whose local part
 * is invalid. Reported whole, flagged `unverified`, so masking the column leaves nothing of it readable.
 */
const TYPO_SHAPES: Partial<Record<EntityType, RegExp>> = {
  phone_mobile: /^(?:\+?86[ -]?)?1\d{9,11}$/,
  phone_landline: /^(?:\(?0\d{2,3}\)?[ -]?)?\d{5,9}(?:(?:转|-|ext\.?)\d{1,6})?$/,
  cn_resident_id: /^\d{14,19}[\dXx]?$/,
  bank_card: /^\d{10,25}$/,
};
function unverified(text: string, type: EntityType): Finding | null {
  const shape = TYPO_SHAPES[type];
  const start = text.search(/\S/);
  if (!shape || start < 0) return null;
  const value = text.trim();
  if (!shape.test(value.replace(/[\s-](?=\d)/g, ""))) return null;
  return {
    type,
    start,
    end: start + value.length,
    confidence: 0.7,
    sensitivity: ENTITY_INFO[type].sensitivity,
    flags: ["unverified"],
    text: value,
  };
}

const COLUMN_RAISE = 0.1;

/** The column raises findings of its own type and lowers look-alikes in columns of order numbers and amounts. */
function adjustForColumn(f: Finding, cls: ColumnClass | null): Finding {
  if (cls?.categorical && f.type === "person_name" && cls.type !== "person_name")
    return { ...f, confidence: roundConfidence(f.confidence - 0.3) };
  if (!cls || (cls.type !== f.type && !cls.nonPersonal)) return f;
  if (cls.type === f.type)
    return { ...f, confidence: roundConfidence(Math.max(f.confidence, Math.min(0.99, f.confidence + COLUMN_RAISE))) };
  if (cls.nonPersonal) return { ...f, confidence: roundConfidence(f.confidence - 0.3) };
  return f;
}

/** Scan a whole in-memory table (first row the header when it looks like one). */
export function scanTable(
  rows: readonly (readonly Cell[])[],
  opts: TableScanOptions = {},
): { columns: ColumnClass[]; findings: CellFinding[]; headerRow: number | null } {
  const s = new TableScanner(opts);
  s.push(rows, 1);
  return s.finish();
}
