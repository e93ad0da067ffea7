import { PayloadTooLargeError, type CellWrite, type WorkbookPort } from "@tuomin/core";
import { boundsOf } from "./bounds.js";
import { chunkRows } from "./read-chunks.js";

/** Excel's last row: a log sheet that would pass it continues on a new sheet. */
export const EXCEL_ROWS = 1_048_576;

/** Split into row bands of at most `rows` rows each (cells sorted by row). */
function bands<T extends { row: number }>(cells: readonly T[], rows: number): T[][] {
  const sorted = [...cells].sort((a, b) => a.row - b.row);
  const out: T[][] = [];
  let cur: T[] = [],
    top = -1;
  for (const c of sorted) {
    if (cur.length && c.row >= top + rows) {
      out.push(cur);
      cur = [];
    }
    if (!cur.length) top = c.row;
    cur.push(c);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Run `f` on `items`, halving a batch the host refuses as too large. */
async function shrinking<T, R>(items: T[], f: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  try {
    return await f(items);
  } catch (e) {
    if (!(e instanceof PayloadTooLargeError) || items.length <= 1) throw e;
    const half = Math.ceil(items.length / 2);
    const a = await shrinking(items.slice(0, half), f);
    const b = await shrinking(items.slice(half), f);
    return a.concat(b);
  }
}

/** Write cells in row bands, one request each; returns what they held before. */
export async function writeInBands(
  port: WorkbookPort,
  sheet: string,
  writes: readonly CellWrite[],
  onBand?: (done: number) => void,
): Promise<CellWrite[]> {
  if (!writes.length) return [];
  const previous: CellWrite[] = [];
  for (const band of bands(writes, chunkRows(boundsOf(writes).cols))) {
    const prev = await shrinking(band, (b) => port.writeCells(sheet, b));
    for (const p of prev) previous.push(p);
    onBand?.(previous.length);
  }
  return previous;
}

/**
 * Append rows to the log sheet in batches, continuing on "<name> (2)", "(3)"… when a sheet is full.
 * Returns how many rows went to each sheet (for undo).
 */
export async function appendInBatches(
  port: WorkbookPort,
  sheet: string,
  header: readonly string[],
  rows: readonly string[][],
): Promise<{ sheet: string; rows: number }[]> {
  const used = new Map((await port.listSheets()).map((s) => [s.name, s.top + s.rows]));
  const out: { sheet: string; rows: number }[] = [];
  let k = 0,
    n = 1;
  while (k < rows.length) {
    const name = n === 1 ? sheet : `${sheet} (${n})`;
    const room = EXCEL_ROWS - Math.max(used.get(name) ?? 0, 1);
    if (room <= 0) {
      n++;
      continue;
    }
    const take = rows.slice(k, k + room);
    const step = chunkRows(header.length);
    for (let i = 0; i < take.length; i += step) {
      await shrinking(take.slice(i, i + step), async (b) => {
        await port.appendRows(name, header, b);
        return [b];
      });
    }
    out.push({ sheet: name, rows: take.length });
    k += take.length;
    n++;
  }
  return out;
}
