import {
  scanText,
  SENSITIVITY_ORDER,
  ENTITY_INFO,
  type Block,
  type CachedObjects,
  type EntityType,
  type Finding,
  type SheetVisibility,
  type WorkbookPort,
} from "@tuomin/core";
import type { CellHit, ColumnReport, Detector } from "./detection.js";
import { readInChunks, type ChunkOptions } from "./read-chunks.js";

/** The sheet the add-in writes its change log to (continued on "脱敏记录 (2)" …); never scanned. */
export const LOG_SHEET = "脱敏记录";
export const isLogSheet = (name: string): boolean => name === LOG_SHEET || /^脱敏记录 \(\d+\)$/.test(name);

export type ScanScope = "sheet" | "workbook" | "selection";

export interface SheetScan {
  name: string;
  visibility: SheetVisibility;
  /** the range that was read */
  block: Block;
  columns: ColumnReport[];
  hits: CellHit[];
  headerRow: number | null;
}

export interface CommentHit {
  sheet: string;
  row: number;
  col: number;
  findings: Finding[];
}

export interface WorkbookScan {
  scope: ScanScope;
  sheets: SheetScan[];
  comments: CommentHit[];
  cached: CachedObjects;
  /** findings per type over everything scanned, most sensitive type first */
  totals: { type: EntityType; count: number }[];
  /** 18-digit IDs stored as numbers: their last digits are already lost */
  damagedNumbers: number;
  cells: number;
  ms: number;
}

export interface ScanProgress {
  done: number;
  total: number;
  sheet: string;
}

export interface ScanRun extends ChunkOptions {
  onProgress?: (p: ScanProgress) => void;
  /** hits of each chunk as they are decided (the pane lists them while the scan runs) */
  onHits?: (sheet: string, hits: CellHit[]) => void;
  now?: () => number;
}

/** Scan the current sheet, the selection or every sheet (hidden ones too) through the port. */
export async function scanWorkbook(
  port: WorkbookPort,
  detector: Detector,
  scope: ScanScope,
  run: ScanRun = {},
): Promise<WorkbookScan> {
  const now = run.now ?? (() => Date.now());
  const t0 = now();
  const all = await port.listSheets();
  let targets: { ref: (typeof all)[number]; block: Block }[];
  if (scope === "selection") {
    const sel = await port.selection();
    const ref = all.find((s) => s.name === sel.sheet);
    targets = ref ? [{ ref, block: clip(sel, ref) }] : [];
  } else if (scope === "sheet") {
    const name = await port.activeSheet();
    targets = all.filter((s) => s.name === name).map((ref) => ({ ref, block: usedBlock(ref) }));
  } else {
    targets = all.filter((s) => !isLogSheet(s.name)).map((ref) => ({ ref, block: usedBlock(ref) }));
  }
  const total = targets.reduce((n, t) => n + t.block.rows * t.block.cols, 0);
  let done = 0;
  const sheets: SheetScan[] = [];
  for (const { ref, block } of targets) {
    const job = `${ref.name}\u0000${t0}`;
    const hits: CellHit[] = [];
    const take = (h: CellHit[]) => {
      if (ref.visibility !== "visible")
        for (const x of h)
          for (const f of x.findings) if (!f.flags.includes("hidden_sheet")) f.flags.push("hidden_sheet");
      for (const x of h)
        if (x.formula) for (const f of x.findings) if (!f.flags.includes("formula")) f.flags.push("formula");
      if (h.length) {
        for (const x of h) hits.push(x);
        run.onHits?.(ref.name, h);
      }
    };
    let pending: Promise<void> | null = null;
    try {
      // read the next chunk while the detector works on the last one
      for await (const chunk of readInChunks(port, block, run)) {
        const p = detector.push(job, chunk.top, block.left, chunk.rows).then(take);
        if (pending) await pending;
        pending = p;
        done += chunk.rows.length * block.cols;
        run.onProgress?.({ done, total, sheet: ref.name });
      }
      if (pending) await pending;
    } catch (e) {
      await detector.finish(job).catch(() => undefined);
      throw e;
    }
    const fin = await detector.finish(job);
    take(fin.hits);
    sheets.push({
      name: ref.name,
      visibility: ref.visibility,
      block,
      columns: sortColumns(fin.columns),
      hits,
      headerRow: fin.headerRow,
    });
  }
  const scanned = new Set(sheets.map((s) => s.name));
  const comments =
    scope === "selection"
      ? []
      : (await port.comments())
          .filter((c) => scanned.has(c.sheet))
          .flatMap((c) => {
            const findings = scanText(c.text);
            return findings.length ? [{ sheet: c.sheet, row: c.row, col: c.col, findings }] : [];
          });
  const cached = await port.cachedObjects();
  const counts = new Map<EntityType, number>();
  let damaged = 0;
  for (const s of sheets)
    for (const h of s.hits)
      for (const f of h.findings) {
        counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
        if (f.flags.includes("damaged_number")) damaged++;
      }
  for (const c of comments) for (const f of c.findings) counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  return {
    scope,
    sheets,
    comments,
    cached,
    totals: sortTypes(counts),
    damagedNumbers: damaged,
    cells: total,
    ms: now() - t0,
  };
}

const usedBlock = (s: { name: string; top: number; left: number; rows: number; cols: number }): Block => ({
  sheet: s.name,
  top: s.top,
  left: s.left,
  rows: s.rows,
  cols: s.cols,
});

/** A selection of whole columns reaches row 1,048,576: read only what is used. */
function clip(sel: Block, used: { top: number; left: number; rows: number; cols: number }): Block {
  const top = Math.max(sel.top, used.top),
    left = Math.max(sel.left, used.left);
  const bottom = Math.min(sel.top + sel.rows, used.top + used.rows),
    right = Math.min(sel.left + sel.cols, used.left + used.cols);
  return { sheet: sel.sheet, top, left, rows: Math.max(0, bottom - top), cols: Math.max(0, right - left) };
}

const rank = (t: EntityType) => SENSITIVITY_ORDER[ENTITY_INFO[t].sensitivity];

/** Most sensitive first, then most findings. */
export function sortTypes(counts: Map<EntityType, number>): { type: EntityType; count: number }[] {
  return [...counts]
    .map(([type, count]) => ({ type, count }))
    .sort((a, b) => rank(a.type) - rank(b.type) || b.count - a.count);
}

function sortColumns(cols: ColumnReport[]): ColumnReport[] {
  return [...cols].sort((a, b) => rank(a.type) - rank(b.type) || a.col - b.col);
}
