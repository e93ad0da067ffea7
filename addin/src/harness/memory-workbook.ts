import {
  PayloadTooLargeError,
  readWorkbook,
  type Block,
  type CachedObjects,
  type CellComment,
  type CellFill,
  type CellWrite,
  type LogPart,
  type ReadCell,
  type SheetRef,
  type SheetVisibility,
  type WorkbookPort,
} from "@tuomin/core";
import { strFromU8, unzipSync } from "fflate";
import { DATA_PART_NS, fromPartXml, toCell } from "../excel/excel-workbook-port.js";

/** One cell of the in-memory workbook. */
export interface MemCell {
  value: string | number | boolean;
  /** formula text without "=" (the value is its cached result) */
  formula?: string;
  numberFormat?: string;
  fill?: string;
}

export interface MemSheet {
  name: string;
  visibility: SheetVisibility;
  /** cells by row, then column (0-based, sparse) */
  rows: (MemCell | undefined)[][];
  comments: { row: number; col: number; text: string }[];
}

/** Excel on the web refuses requests and responses over 5 MB. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * A workbook held in memory behind the same WorkbookPort as Excel, for the harness, the end-to-end tests
 * and the benchmark. It refuses oversized reads the way Excel does and counts requests and bytes.
 */
export class MemoryWorkbook implements WorkbookPort {
  active = 0;
  selected: Block | null = null;
  logParts: LogPart[] = [];
  pivotTables = 0;
  charts = 0;
  /** requests served and bytes returned, as Excel would count them */
  stats = { requests: 0, bytes: 0, maxBytes: 0, refused: 0 };
  /** listeners told after every change (the harness grid re-renders) */
  onChange: (() => void) | null = null;
  /** milliseconds each request waits, to feel like Excel's round trips in the harness (0 in tests) */
  latency = 0;

  constructor(
    public sheets: MemSheet[],
    public fileName = "workbook.xlsx",
    private readonly payloadLimit = EXCEL_PAYLOAD_LIMIT,
  ) {}

  /** Open an .xlsx with the core's reader. */
  static fromXlsx(bytes: Uint8Array, fileName: string): MemoryWorkbook {
    const { sheets, pivotTables, charts } = readWorkbook(bytes);
    const wb = new MemoryWorkbook(
      sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        comments: s.comments,
        rows: s.rows.map(
          (r) =>
            r?.map((c): MemCell | undefined => {
              if (c == null) return undefined;
              if (typeof c === "string") return { value: c };
              const value = c.numeric
                ? Number(c.text)
                : c.text === "TRUE" || c.text === "FALSE"
                  ? c.text === "TRUE"
                  : c.text;
              return c.formula && c.f ? { value, formula: c.f } : { value };
            }) ?? [],
        ),
      })),
      fileName,
    );
    wb.pivotTables = pivotTables;
    wb.charts = charts;
    // the change log kept in the workbook by an earlier session continues
    const files = unzipSync(bytes, { filter: (f) => /^customXml\/item\d+\.xml$/.test(f.name) });
    for (const [name, data] of Object.entries(files)) {
      const xml = strFromU8(data);
      const part = xml.includes(DATA_PART_NS) ? fromPartXml(xml) : null;
      if (part) wb.logParts.push({ id: name, ...part });
    }
    return wb;
  }

  sheet(name: string): MemSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }

  cell(sheet: string, row: number, col: number): MemCell | undefined {
    return this.sheet(sheet).rows[row]?.[col];
  }

  private async request<T>(f: () => T): Promise<T> {
    if (this.latency) await new Promise((r) => setTimeout(r, this.latency));
    this.stats.requests++;
    return f();
  }

  private count(payload: unknown): void {
    const bytes = JSON.stringify(payload).length;
    if (bytes > this.payloadLimit) {
      this.stats.refused++;
      throw new PayloadTooLargeError(`RequestPayloadSizeLimitExceeded (${bytes} bytes)`);
    }
    this.stats.bytes += bytes;
    this.stats.maxBytes = Math.max(this.stats.maxBytes, bytes);
  }

  listSheets(): Promise<SheetRef[]> {
    return this.request(() => this.sheets.map((s) => ({ name: s.name, visibility: s.visibility, ...usedRange(s) })));
  }

  activeSheet(): Promise<string> {
    return this.request(() => this.sheets[this.active].name);
  }

  selection(): Promise<Block> {
    return this.request(
      () => this.selected ?? { sheet: this.sheets[this.active].name, top: 0, left: 0, rows: 1, cols: 1 },
    );
  }

  readBlock(b: Block): Promise<ReadCell[][]> {
    return this.request(() => {
      const s = this.sheet(b.sheet);
      const values: unknown[][] = [],
        formulas: unknown[][] = [],
        out: ReadCell[][] = [];
      for (let i = 0; i < b.rows; i++) {
        const src = s.rows[b.top + i];
        const v: unknown[] = [],
          f: unknown[] = [],
          cells: ReadCell[] = [];
        for (let j = 0; j < b.cols; j++) {
          const c = src?.[b.left + j];
          v.push(c?.value ?? "");
          f.push(c?.formula ? `=${c.formula}` : (c?.value ?? ""));
          cells.push(toCell(v[j], f[j]));
        }
        values.push(v);
        formulas.push(f);
        out.push(cells);
      }
      this.count({ values, formulas });
      return out;
    });
  }

  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<CellWrite[]> {
    return this.request(() => {
      const s = this.sheet(sheet);
      this.count(cells);
      const previous = cells.map((w) => {
        const old = s.rows[w.row]?.[w.col];
        if (old?.formula) throw new Error(`refusing to overwrite the formula in ${sheet} row ${w.row + 1}`);
        const row = (s.rows[w.row] ??= []);
        row[w.col] = {
          ...old,
          value: w.value,
          ...(w.numberFormat !== undefined ? { numberFormat: w.numberFormat } : {}),
        };
        if (w.value === "")
          row[w.col] = old?.fill ? { value: "", fill: old.fill, numberFormat: row[w.col]!.numberFormat } : undefined;
        return { row: w.row, col: w.col, value: old?.value ?? "", numberFormat: old?.numberFormat ?? "General" };
      });
      this.changed();
      return previous;
    });
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.request(() => {
      this.active = this.sheets.findIndex((s) => s.name === sheet);
      this.selected = { sheet, top: row, left: col, rows: 1, cols: 1 };
      this.changed();
    });
  }

  setFills(sheet: string, cells: readonly CellFill[]): Promise<CellFill[]> {
    return this.request(() => {
      const s = this.sheet(sheet);
      const previous = cells.map((c) => {
        const row = (s.rows[c.row] ??= []);
        const old = row[c.col];
        const next: MemCell = { ...(old ?? { value: "" }) };
        if (c.color === null) delete next.fill;
        else next.fill = c.color;
        row[c.col] = next;
        return { row: c.row, col: c.col, color: old?.fill ?? null };
      });
      this.changed();
      return previous;
    });
  }

  comments(): Promise<CellComment[]> {
    return this.request(() => this.sheets.flatMap((s) => s.comments.map((c) => ({ sheet: s.name, ...c }))));
  }

  cachedObjects(): Promise<CachedObjects> {
    return this.request(() => ({ pivotTables: this.pivotTables, charts: this.charts }));
  }
  refreshCachedObjects(): Promise<void> {
    return this.request(() => undefined);
  }

  appendRows(sheet: string, header: readonly string[], rows: readonly string[][]): Promise<void> {
    return this.request(() => {
      let s = this.sheets.find((x) => x.name === sheet);
      if (!s) {
        s = { name: sheet, visibility: "visible", rows: [header.map((h) => ({ value: h }))], comments: [] };
        this.sheets.push(s);
      }
      this.count(rows);
      // after the last row that holds anything (rows past it are empty)
      let start = s.rows.length;
      while (start > 0 && !s.rows[start - 1]?.some((c) => c && (c.value !== "" || c.formula))) start--;
      rows.forEach((r, i) => {
        s!.rows[start + i] = r.map((v) => ({ value: v }));
      });
      this.changed();
    });
  }

  removeLastRows(sheet: string, count: number): Promise<void> {
    return this.request(() => {
      const s = this.sheet(sheet);
      const { top, rows } = usedRange(s);
      s.rows.length = Math.max(top, top + rows - count);
      this.changed();
    });
  }

  readLogParts(): Promise<LogPart[]> {
    return this.request(() => {
      this.count(this.logParts);
      return [...this.logParts].sort((a, b) => a.seq - b.seq);
    });
  }

  addLogPart(part: Omit<LogPart, "id">): Promise<string> {
    return this.request(() => {
      this.count(part);
      const id = `{${crypto.randomUUID().toUpperCase()}}`;
      this.logParts.push({ id, ...part });
      return id;
    });
  }

  removeLogParts(ids: readonly string[]): Promise<void> {
    return this.request(() => {
      this.logParts = this.logParts.filter((p) => !ids.includes(p.id));
    });
  }

  /** This workbook's change log of one key, as JSONL (tests and the harness). */
  logText(keyId?: string): string {
    const parts = [...this.logParts].sort((a, b) => a.seq - b.seq).filter((p) => !keyId || p.keyId === keyId);
    return parts.map((p) => p.text).join("");
  }

  private changed(): void {
    this.onChange?.();
  }
}

/** The used range: from the first to the last row and column that hold a value or a formula. */
export function usedRange(s: MemSheet): { top: number; left: number; rows: number; cols: number } {
  let top = -1,
    bottom = -1,
    left = Infinity,
    right = -1;
  s.rows.forEach((r, i) => {
    if (!r) return;
    r.forEach((c, j) => {
      if (!c || (c.value === "" && !c.formula)) return;
      if (top < 0) top = i;
      bottom = i;
      left = Math.min(left, j);
      right = Math.max(right, j);
    });
  });
  return top < 0
    ? { top: 0, left: 0, rows: 0, cols: 0 }
    : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}
