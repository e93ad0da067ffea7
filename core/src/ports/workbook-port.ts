import type { CellInput } from "../engine/scan-table.js";

/**
 * The port through which a host exposes an open workbook (Excel through office-js, or an in-memory
 * workbook in the add-in's harness). Rows and columns are 0-based. Every method is one round trip to
 * the host: callers batch.
 */
export interface WorkbookPort {
  listSheets(): Promise<SheetRef[]>;
  activeSheet(): Promise<string>;
  /** the selected range (the first area when several are selected) */
  selection(): Promise<Block>;
  /** Read one block of cells in one request; throws PayloadTooLargeError when the host refuses its size. */
  readBlock(block: Block): Promise<ReadCell[][]>;
  /**
   * Write cells and return what they held before (value and number format) for undo. Only the given cells
   * change: formulas and every other cell stay as they are. A write with `numberFormat` sets it first.
   */
  writeCells(sheet: string, cells: readonly CellWrite[]): Promise<CellWrite[]>;
  /** Select (and scroll to) one cell. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Set the fill of cells (null: no fill) and return their previous fills. */
  setFills(sheet: string, cells: readonly CellFill[]): Promise<CellFill[]>;
  /** Comments and notes of every sheet. */
  comments(): Promise<CellComment[]>;
  /** Objects that keep a cached copy of cell values until refreshed. */
  cachedObjects(): Promise<CachedObjects>;
  refreshCachedObjects(): Promise<void>;
  /** Append rows to a sheet, creating it (with `header` as its first row) when missing. */
  appendRows(sheet: string, header: readonly string[], rows: readonly string[][]): Promise<void>;
  /** Delete the last `count` rows of a sheet's used range (undo of appendRows). */
  removeLastRows(sheet: string, count: number): Promise<void>;
  /**
   * The change-log parts kept in the workbook, oldest first. Parts are append-only (each apply adds
   * parts, never rewrites old ones) and each holds lines of the log of one key.
   */
  readLogParts(): Promise<LogPart[]>;
  /** Add one part (small enough for one request); returns its id. */
  addLogPart(part: Omit<LogPart, "id">): Promise<string>;
  removeLogParts(ids: readonly string[]): Promise<void>;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetRef {
  name: string;
  visibility: SheetVisibility;
  /** the used range: first row and column, and its size (0 rows for an empty sheet) */
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** A cell as read: its value as text, whether it is a number or a formula (and the formula's text). */
export type ReadCell = string | CellInput | null;

export interface CellWrite {
  row: number;
  col: number;
  value: string | number | boolean;
  numberFormat?: string;
}
export interface CellFill {
  row: number;
  col: number;
  color: string | null;
}
export interface CellComment {
  sheet: string;
  row: number;
  col: number;
  text: string;
}
export interface CachedObjects {
  pivotTables: number;
  charts: number;
}
/** A piece of a change log kept in the workbook: JSONL lines of the log written with key `keyId`. */
export interface LogPart {
  id: string;
  seq: number;
  keyId: string;
  text: string;
}

/** The host refused a request because of its size (Excel: RequestPayloadSizeLimitExceeded). */
export class PayloadTooLargeError extends Error {
  constructor(message = "request payload too large") {
    super(message);
    this.name = "PayloadTooLargeError";
  }
}
