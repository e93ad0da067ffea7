/* Everything in the add-in that calls Excel.run lives in this folder. */
import {
  columnIndex,
  PayloadTooLargeError,
  type Block,
  type CachedObjects,
  type CellComment,
  type CellFill,
  type CellWrite,
  type LogPart,
  type ReadCell,
  type SheetRef,
  type WorkbookPort,
} from "@tuomin/core";

/** The namespace of the custom XML part that keeps the change log with the workbook. */
import { boundsOf } from "../session/bounds.js";

export const DATA_PART_NS = "urn:tuomin:changelog:1";

type ExcelApi = typeof Excel;
type Ctx = Excel.RequestContext;

/** The WorkbookPort over office-js: every method is one Excel.run with as few context.sync() calls as it can. */
export class ExcelWorkbookPort implements WorkbookPort {
  constructor(private readonly excel: ExcelApi = globalThis.Excel) {}

  /** requests made (context.sync calls), for the benchmark and the tests */
  syncs = 0;

  private run<T>(f: (ctx: Ctx, sync: () => Promise<void>) => Promise<T>): Promise<T> {
    return this.excel
      .run(async (ctx: Ctx) =>
        f(ctx, async () => {
          this.syncs++;
          await ctx.sync();
        }),
      )
      .catch((e: unknown) => {
        const code = (e as { code?: string })?.code;
        if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
          throw new PayloadTooLargeError(String((e as Error).message ?? code));
        throw e;
      });
  }

  listSheets(): Promise<SheetRef[]> {
    return this.run(async (ctx, sync) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await sync();
      const used = sheets.items.map((s) =>
        s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
      );
      await sync();
      return sheets.items.map((s, i) => {
        const u = used[i];
        const visibility =
          s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible";
        return u.isNullObject
          ? { name: s.name, visibility, top: 0, left: 0, rows: 0, cols: 0 }
          : { name: s.name, visibility, top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount };
      });
    });
  }

  activeSheet(): Promise<string> {
    return this.run(async (ctx, sync) => {
      const s = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await sync();
      return s.name;
    });
  }

  selection(): Promise<Block> {
    return this.run(async (ctx, sync) => {
      const r = ctx.workbook.getSelectedRange().load("rowIndex,columnIndex,rowCount,columnCount");
      const ws = r.worksheet.load("name");
      await sync();
      return { sheet: ws.name, top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
    });
  }

  readBlock(b: Block): Promise<ReadCell[][]> {
    return this.run(async (ctx, sync) => {
      const r = ctx.workbook.worksheets
        .getItem(b.sheet)
        .getRangeByIndexes(b.top, b.left, b.rows, b.cols)
        .load("values,formulas");
      await sync();
      return r.values.map((row, i) => row.map((v, j) => toCell(v, r.formulas[i][j])));
    });
  }

  /** One band of cells (the session batches them under the request limit): read what they hold, then write. */
  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<CellWrite[]> {
    if (cells.length === 0) return Promise.resolve([]);
    return this.run(async (ctx, sync) => {
      const { top, left, rows, cols } = boundsOf(cells);
      const range = ctx.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(top, left, rows, cols)
        .load("values,numberFormat");
      await sync();
      const values: (unknown | null)[][] = grid(rows, cols);
      const formats: (string | null)[][] = grid(rows, cols);
      let anyFormat = false;
      const previous = cells.map((c) => {
        const i = c.row - top,
          j = c.col - left;
        values[i][j] = typeof c.value === "string" ? excelText(c.value) : c.value;
        if (c.numberFormat !== undefined) {
          formats[i][j] = c.numberFormat;
          anyFormat = true;
        }
        return {
          row: c.row,
          col: c.col,
          value: range.values[i][j] as string | number | boolean,
          numberFormat: String(range.numberFormat[i][j]),
        };
      });
      // the text format first, so a masked number is stored as the text it now is; null leaves a cell alone
      if (anyFormat) range.numberFormat = formats as string[][];
      range.values = values as Excel.Range["values"];
      await sync();
      return previous;
    });
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.run(async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row, col).select();
      await sync();
    });
  }

  setFills(sheet: string, cells: readonly CellFill[]): Promise<CellFill[]> {
    return this.run(async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const previous: CellFill[] = [];
      for (let k = 0; k < cells.length; k += FILL_BATCH) {
        const part = cells.slice(k, k + FILL_BATCH);
        const fills = part.map((c) => ws.getCell(c.row, c.col).format.fill.load("color,pattern"));
        await sync();
        part.forEach((c, i) => {
          const fill = fills[i];
          previous.push({ row: c.row, col: c.col, color: fill.pattern === "None" ? null : fill.color });
          if (c.color === null) fill.clear();
          else fill.color = c.color;
        });
        await sync();
      }
      return previous;
    });
  }

  comments(): Promise<CellComment[]> {
    return this.run(async (ctx, sync) => {
      const comments = ctx.workbook.comments.load("items/content");
      await sync();
      const where = comments.items.map((c) => c.getLocation().load("address"));
      await sync();
      return comments.items.flatMap((c, i) => {
        const at = parseAddress(where[i].address);
        return at ? [{ ...at, text: c.content }] : [];
      });
    }).catch(() => []); // ExcelApi 1.10 is missing in Excel 2016: no comments to list
  }

  cachedObjects(): Promise<CachedObjects> {
    return this.run(async (ctx, sync) => {
      const pivots = ctx.workbook.pivotTables.getCount();
      const sheets = ctx.workbook.worksheets.load("items/name");
      await sync();
      const charts = sheets.items.map((s) => s.charts.getCount());
      await sync();
      return { pivotTables: pivots.value, charts: charts.reduce((n, c) => n + c.value, 0) };
    });
  }

  refreshCachedObjects(): Promise<void> {
    return this.run(async (ctx, sync) => {
      ctx.workbook.pivotTables.refreshAll();
      await sync();
    });
  }

  appendRows(sheet: string, header: readonly string[], rows: readonly string[][]): Promise<void> {
    return this.run(async (ctx, sync) => {
      let ws = ctx.workbook.worksheets.getItemOrNullObject(sheet);
      const used = ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
      await sync();
      let next = 0;
      if (ws.isNullObject) {
        ws = ctx.workbook.worksheets.add(sheet);
        const head = ws.getRangeByIndexes(0, 0, 1, header.length);
        head.values = [header.map(excelText)];
        head.format.font.bold = true;
        ws.freezePanes.freezeRows(1);
        next = 1;
      } else next = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      // one batch per call: the session keeps each under the request limit
      if (rows.length) {
        const width = Math.max(1, ...rows.map((r) => r.length));
        ws.getRangeByIndexes(next, 0, rows.length, width).values = rows.map((r) =>
          Array.from({ length: width }, (_, j) => excelText(r[j] ?? "")),
        );
      }
      await sync();
    });
  }

  removeLastRows(sheet: string, count: number): Promise<void> {
    return this.run(async (ctx, sync) => {
      const used = ctx.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
      await sync();
      if (used.isNullObject || count <= 0) return;
      const end = used.rowIndex + used.rowCount;
      const start = Math.max(used.rowIndex, end - count);
      ctx.workbook.worksheets
        .getItem(sheet)
        .getRangeByIndexes(start, 0, end - start, 1)
        .getEntireRow()
        .delete("Up");
      await sync();
    });
  }

  readLogParts(): Promise<LogPart[]> {
    return this.run(async (ctx, sync) => {
      const parts = ctx.workbook.customXmlParts.getByNamespace(DATA_PART_NS).load("items/id");
      await sync();
      const out: LogPart[] = [];
      // a few parts per request: each is up to 1 MB, a response at most 5 MB
      for (let k = 0; k < parts.items.length; k += 4) {
        const batch = parts.items.slice(k, k + 4).map((p) => ({ id: p.id, xml: p.getXml() }));
        await sync();
        for (const b of batch) {
          const part = fromPartXml(b.xml.value);
          if (part) out.push({ id: b.id, ...part });
        }
      }
      return out.sort((a, b) => a.seq - b.seq);
    });
  }

  addLogPart(part: Omit<LogPart, "id">): Promise<string> {
    return this.run(async (ctx, sync) => {
      const added = ctx.workbook.customXmlParts.add(toPartXml(part)).load("id");
      await sync();
      return added.id;
    });
  }

  removeLogParts(ids: readonly string[]): Promise<void> {
    return this.run(async (ctx, sync) => {
      for (const id of ids) ctx.workbook.customXmlParts.getItemOrNullObject(id).delete();
      await sync();
    });
  }
}

const FILL_BATCH = 2000;

/** An Excel value as the core reads cells: numbers flagged, formulas flagged with their text. */
export function toCell(v: unknown, f: unknown): ReadCell {
  const formula = typeof f === "string" && f.startsWith("=");
  if (v === "" || v === null || v === undefined)
    return formula ? { text: "", formula: true, f: (f as string).slice(1) } : null;
  const numeric = typeof v === "number";
  const text = typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
  if (formula) return { text, numeric, formula: true, f: (f as string).slice(1) };
  return numeric ? { text, numeric: true } : text;
}

/**
 * Text as Excel must receive it to keep it text: a leading apostrophe where Excel would otherwise read a
 * formula (= + - @) or turn it into a number or a date.
 */
export function excelText(s: string): string {
  if (s === "") return s;
  return /^[=+\-@]/.test(s) || /^[\d\s.,:/%$¥-]+$/.test(s) ? `'${s}` : s;
}

const grid = <T>(rows: number, cols: number): (T | null)[][] =>
  Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));

/** "'客户 名单'!C12" → { sheet, row: 11, col: 2 } */
export function parseAddress(address: string): { sheet: string; row: number; col: number } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]{1,3})\$?(\d+)/.exec(address);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, col: columnIndex(m[3]) };
}

// the log part is plain XML read back by this file only: entities, not OOXML's _xHHHH_ escapes (a JSONL
// line may contain "_x0041_" literally, which the core's OOXML decoder would turn into "A")
const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** A log part as the custom XML Excel keeps: the JSONL lines as the text of one element. */
export const toPartXml = (p: Omit<LogPart, "id">): string =>
  `<?xml version="1.0" encoding="UTF-8"?><changelog xmlns="${DATA_PART_NS}" seq="${p.seq}" key="${escapeXml(p.keyId)}">${escapeXml(p.text)}</changelog>`;

export function fromPartXml(xml: string): Omit<LogPart, "id"> | null {
  const m = /<changelog\b([^>]*)>([\s\S]*)<\/changelog>/.exec(xml);
  if (!m) return null;
  const seq = /\sseq="(\d+)"/.exec(m[1]),
    key = /\skey="([^"]*)"/.exec(m[1]);
  return { seq: seq ? Number(seq[1]) : 0, keyId: key ? unescapeXml(key[1]) : "", text: unescapeXml(m[2]) };
}
