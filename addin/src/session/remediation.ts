import {
  a1,
  ChangeLogWriter,
  keyId,
  numberText,
  PayloadTooLargeError,
  previewOf,
  TOOL_VERSION,
  type CellWrite,
  type LogAction,
  type LogCrypto,
  type WorkbookPort,
} from "@tuomin/core";
import { logLines, logTail, packLines, PART_BYTES } from "./change-log.js";
import { boundsOf } from "./bounds.js";
import { LOG_SHEET_HEADER, logSheetRow } from "./log-sheet.js";
import type { Plan, PlannedCell } from "./plan.js";
import { readInChunks } from "./read-chunks.js";
import { LOG_SHEET } from "./scan-workbook.js";
import { appendInBatches, writeInBands } from "./write-batches.js";

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

/** Where an apply is: checking the cells, writing them, writing the log; `done` of `total` in that step. */
export interface ApplyProgress {
  step: "check" | "write" | "log";
  done: number;
  total: number;
}

export interface ApplyResult {
  cells: number;
  values: number;
  /** cells whose content changed since the scan: left alone (scan again) */
  skipped: number;
  /** the log's final hash after this apply ("" when nothing was ever logged) */
  finalHash: string;
}

interface Applied {
  previous: Map<string, CellWrite[]>;
  logRows: { sheet: string; rows: number }[];
  parts: string[];
  tail: { hash: string; seq: number } | null;
  cells: number;
}

/**
 * Applies a plan to the open workbook and records it: only the planned cells are written (after checking
 * they still hold what was scanned), every replaced value gets a log entry (in the workbook's log parts)
 * and a row in the 脱敏记录 sheet. Each apply can be undone for as long as the pane is open.
 */
export class Remediation {
  private readonly undoStack: Applied[] = [];
  private readonly keyId: string;
  /** where this key's log continues; undefined until read from the workbook */
  private tail: { hash: string; seq: number } | null | undefined;

  constructor(
    private readonly port: WorkbookPort,
    private readonly opts: RemediationOptions,
  ) {
    this.keyId = keyId(opts.logKey);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  async apply(
    plan: Plan,
    run: { signal?: AbortSignal; onProgress?: (p: ApplyProgress) => void } = {},
  ): Promise<ApplyResult> {
    const bySheet = new Map<string, PlannedCell[]>();
    for (const c of plan.cells) {
      let list = bySheet.get(c.sheet);
      if (!list) bySheet.set(c.sheet, (list = []));
      list.push(c);
    }
    const current = new Map<string, PlannedCell[]>();
    let skipped = 0,
      total = 0;
    for (const [sheet, cells] of bySheet) {
      run.onProgress?.({ step: "check", done: total + skipped, total: plan.cells.length });
      const still = await this.unchanged(sheet, cells, run.signal);
      skipped += cells.length - still.length;
      total += still.length;
      current.set(sheet, still);
    }
    run.signal?.throwIfAborted();
    if (this.tail === undefined) this.tail = logTail(logLines(await this.port.readLogParts(), this.keyId));
    const tailBefore = this.tail;
    const previous = new Map<string, CellWrite[]>();
    const applied: Applied = { previous, logRows: [], parts: [], tail: tailBefore, cells: total };
    let done = 0;
    try {
      for (const [sheet, cells] of current) {
        const writes: CellWrite[] = cells.map((c) => ({
          row: c.row,
          col: c.col,
          value: c.after,
          ...(c.numeric ? { numberFormat: "@" } : {}),
        }));
        previous.set(
          sheet,
          await writeInBands(this.port, sheet, writes, (n) =>
            run.onProgress?.({ step: "write", done: done + n, total }),
          ),
        );
        done += writes.length;
      }
      const { lines, rows, last } = this.logEntries([...current.values()].flat());
      if (last) {
        run.onProgress?.({ step: "log", done: 0, total: rows.length });
        await this.addParts(lines, PART_BYTES, applied.parts);
        applied.logRows = await appendInBatches(this.port, LOG_SHEET, LOG_SHEET_HEADER, rows);
        this.tail = last;
      }
      this.undoStack.push(applied);
      return { cells: total, values: rows.length, skipped, finalHash: this.tail?.hash ?? "" };
    } catch (e) {
      // a change without its log entry must not stay: put everything back
      await this.revert(applied).catch(() => undefined);
      this.tail = tailBefore;
      throw e;
    }
  }

  /** Add the lines as log parts; a part the host refuses as too large is split in two. */
  private async addParts(lines: string[], limit: number, ids: string[]): Promise<void> {
    for (const text of packLines(lines, limit)) {
      try {
        ids.push(await this.port.addLogPart({ seq: Date.now() * 1000 + ids.length, keyId: this.keyId, text }));
      } catch (e) {
        const mine = text.split("\n").filter(Boolean);
        if (!(e instanceof PayloadTooLargeError) || mine.length <= 1) throw e;
        await this.addParts(mine, Math.floor(text.length / 2), ids);
      }
    }
  }

  /** Undo the last apply: the cells get their values and formats back, its log rows and parts go. */
  async undo(): Promise<number> {
    const last = this.undoStack.pop();
    if (!last) return 0;
    await this.revert(last);
    this.tail = last.tail;
    return last.cells;
  }

  private async revert(a: Applied): Promise<void> {
    for (const [sheet, cells] of a.previous) await writeInBands(this.port, sheet, cells);
    for (const r of [...a.logRows].reverse()) await this.port.removeLastRows(r.sheet, r.rows);
    if (a.parts.length) await this.port.removeLogParts(a.parts);
  }

  /** This key's log kept in the workbook, as a JSONL file (null when nothing was logged yet). */
  async exportLog(): Promise<string | null> {
    const lines = logLines(await this.port.readLogParts(), this.keyId);
    return lines.length ? lines.join("\n") + "\n" : null;
  }

  /** Cells that still hold what the scan read (re-read in chunks over the cells' bounding block). */
  private async unchanged(sheet: string, cells: PlannedCell[], signal?: AbortSignal): Promise<PlannedCell[]> {
    const block = boundsOf(cells);
    const left = block.left;
    const want = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
    const out: PlannedCell[] = [];
    for await (const chunk of readInChunks(this.port, { sheet, ...block }, { signal })) {
      chunk.rows.forEach((r, i) =>
        r.forEach((cell, j) => {
          const c = want.get(`${chunk.top + i}:${left + j}`);
          if (!c || cell == null) return;
          if (typeof cell !== "string" && cell.formula) return;
          const text = typeof cell === "string" ? cell : cell.numeric ? numberText(cell.text) : cell.text;
          if (text === c.before) out.push(c);
        }),
      );
    }
    return out;
  }

  /** The log lines of one apply (with the header first when this key's log begins), its sheet rows, its tail. */
  private logEntries(cells: PlannedCell[]): {
    lines: string[];
    rows: string[][];
    last: { hash: string; seq: number } | null;
  } {
    const writer = new ChangeLogWriter(this.opts.logKey, {
      tool: `tuomin-excel ${TOOL_VERSION}`,
      actor: this.opts.actor,
      host: "excel-addin",
      now: this.opts.now,
      crypto: this.opts.crypto,
      ...(this.tail ? { continueFrom: this.tail } : {}),
    });
    const lines: string[] = this.tail ? [] : [JSON.stringify(writer.header)];
    const rows: string[][] = [];
    const actor = this.opts.actor;
    for (const c of cells)
      for (const v of c.changes) {
        const act = v.action;
        if (act.action === "retain" || act.action === "mark_deleted") continue;
        const cell = a1(c.col, c.row + 1),
          preview = previewOf(v.finding);
        const level = act.action === "mask" ? (act.level ?? "standard") : undefined;
        lines.push(
          writer.entryLine({
            target: { file: this.opts.file, sheet: c.sheet, cell },
            type: v.finding.type,
            action: act.action as LogAction,
            ...(level ? { level } : {}),
            original: v.finding.text,
            preview,
            after: v.after,
          }),
        );
        rows.push(
          logSheetRow({
            ts: writer.lastTs,
            actor,
            sheet: c.sheet,
            cell,
            type: v.finding.type,
            action: act.action as LogAction,
            level,
            preview,
            after: v.after,
            seq: writer.lastSeq,
          }),
        );
      }
    return rows.length
      ? { lines, rows, last: { hash: writer.lastHash, seq: writer.lastSeq } }
      : { lines: [], rows, last: null };
  }
}
