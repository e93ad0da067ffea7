import { a1, ChangeLogWriter, numberText, previewOf, TOOL_VERSION, type CellWrite, type LogAction, type LogCrypto, type LogEntry, type WorkbookPort } from "@tuomin/core";
import { WorkbookLogs } from "./change-log.js";
import { LOG_SHEET_HEADER, logSheetRow } from "./log-sheet.js";
import type { Plan, PlannedCell } from "./plan.js";
import { readInChunks } from "./read-chunks.js";
import { LOG_SHEET } from "./scan-workbook.js";

export interface RemediationOptions {
  /** who is working (the 操作人 column and the log's actor) */
  actor: string;
  /** the workbook's name, as the log's target.file */
  file: string;
  /** the log key: fingerprints originals; kept by the host, never in the workbook */
  logKey: Uint8Array;
  now?: () => Date;
  crypto?: LogCrypto;
}

export interface ApplyResult {
  cells: number;
  values: number;
  /** cells whose content changed since the scan: left alone (scan again) */
  skipped: number;
  /** the log's final hash after this apply */
  finalHash: string;
}

interface Applied { previous: Map<string, CellWrite[]>; logRows: number; dataBefore: string | null; cells: number }

/**
 * Applies a plan to the open workbook and records it: only the planned cells are written (after checking
 * they still hold what was scanned), every replaced value gets a log entry (in the workbook's data part)
 * and a row in the 脱敏记录 sheet. Each apply can be undone for as long as the pane is open.
 */
export class Remediation {
  private readonly undoStack: Applied[] = [];

  constructor(private readonly port: WorkbookPort, private readonly opts: RemediationOptions) {}

  get canUndo(): boolean { return this.undoStack.length > 0; }

  async apply(plan: Plan, run: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void } = {}): Promise<ApplyResult> {
    const bySheet = new Map<string, PlannedCell[]>();
    for (const c of plan.cells) {
      let list = bySheet.get(c.sheet);
      if (!list) bySheet.set(c.sheet, (list = []));
      list.push(c);
    }
    const current: PlannedCell[] = [];
    let skipped = 0;
    for (const [sheet, cells] of bySheet) {
      const still = await this.unchanged(sheet, cells, run.signal);
      skipped += cells.length - still.length;
      current.push(...still);
    }
    run.signal?.throwIfAborted();
    const previous = new Map<string, CellWrite[]>();
    let done = 0;
    const dataBefore = await this.port.readDataPart();
    try {
      for (const [sheet] of bySheet) {
        const writes: CellWrite[] = current.filter((c) => c.sheet === sheet).map((c) => ({
          row: c.row, col: c.col, value: c.after, ...(c.numeric ? { numberFormat: "@" } : {}),
        }));
        if (!writes.length) continue;
        previous.set(sheet, await this.port.writeCells(sheet, writes));
        done += writes.length;
        run.onProgress?.(done, current.length);
      }
      const { entries, text } = this.logEntries(current, dataBefore);
      if (entries.length) {
        await this.port.appendRows(LOG_SHEET, LOG_SHEET_HEADER, entries.map(logSheetRow));
        await this.port.writeDataPart(text);
      }
      this.undoStack.push({ previous, logRows: entries.length, dataBefore, cells: current.length });
      return { cells: current.length, values: entries.length, skipped, finalHash: entries.length ? entries[entries.length - 1].hash : WorkbookLogs.lastHash(dataBefore, this.opts.logKey) };
    } catch (e) {
      // put back what was written: a change without its log entry must not stay
      for (const [sheet, cells] of previous) await this.port.writeCells(sheet, cells).catch(() => undefined);
      throw e;
    }
  }

  /** Undo the last apply: the cells get their values and formats back, its log rows and entries go. */
  async undo(): Promise<number> {
    const last = this.undoStack.pop();
    if (!last) return 0;
    for (const [sheet, cells] of last.previous) await this.port.writeCells(sheet, cells);
    if (last.logRows) {
      await this.port.removeLastRows(LOG_SHEET, last.logRows);
      await this.port.writeDataPart(last.dataBefore ?? "");
    }
    return last.cells;
  }

  /** The log kept in the workbook for this key, as a JSONL file (null when nothing was logged yet). */
  async exportLog(): Promise<string | null> {
    const log = WorkbookLogs.parse(await this.port.readDataPart()).logFor(this.opts.logKey);
    return log ? log.join("\n") + "\n" : null;
  }

  /** Cells that still hold what the scan read (re-read in chunks over the cells' bounding block). */
  private async unchanged(sheet: string, cells: PlannedCell[], signal?: AbortSignal): Promise<PlannedCell[]> {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const c of cells) { top = Math.min(top, c.row); left = Math.min(left, c.col); bottom = Math.max(bottom, c.row); right = Math.max(right, c.col); }
    const want = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
    const out: PlannedCell[] = [];
    for await (const chunk of readInChunks(this.port, { sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 }, { signal })) {
      chunk.rows.forEach((r, i) => r.forEach((cell, j) => {
        const c = want.get(`${chunk.top + i}:${left + j}`);
        if (!c || cell == null) return;
        if (typeof cell !== "string" && cell.formula) return;
        const text = typeof cell === "string" ? cell : cell.numeric ? numberText(cell.text) : cell.text;
        if (text === c.before) out.push(c);
      }));
    }
    return out;
  }

  private logEntries(cells: PlannedCell[], dataBefore: string | null): { entries: LogEntry[]; text: string } {
    const logs = WorkbookLogs.parse(dataBefore);
    let log = logs.logFor(this.opts.logKey);
    const writer = new ChangeLogWriter(this.opts.logKey, {
      tool: `tuomin-excel ${TOOL_VERSION}`, actor: this.opts.actor, host: "excel-addin", now: this.opts.now, crypto: this.opts.crypto,
      ...(log ? { continueFrom: WorkbookLogs.tail(log) } : {}),
    });
    if (!log) logs.logs.push((log = [JSON.stringify(writer.header)]));
    const entries: LogEntry[] = [];
    for (const c of cells) for (const v of c.changes) {
      if (v.action.action === "retain" || v.action.action === "mark_deleted") continue;
      const line = writer.entryLine({
        target: { file: this.opts.file, sheet: c.sheet, cell: a1(c.col, c.row + 1) }, type: v.finding.type, action: v.action.action as LogAction,
        ...(v.action.action === "mask" ? { level: v.action.level ?? "standard" } : {}), original: v.finding.text, preview: previewOf(v.finding), after: v.after,
      });
      log.push(line);
      entries.push(JSON.parse(line) as LogEntry);
    }
    return { entries, text: logs.text() };
  }
}
