import { PayloadTooLargeError, type Block, type ReadCell, type WorkbookPort } from "@tuomin/core";

/** Rows per request to start with, and the cell budget that caps it for wide sheets (Excel's 5 MB request limit). */
export const START_ROWS = 5000;
export const MAX_CELLS_PER_REQUEST = 100_000;

export interface ChunkOptions {
  startRows?: number;
  maxCells?: number;
  signal?: AbortSignal;
  /** told each time a request was refused as too large and the chunk shrank */
  onShrink?: (rows: number) => void;
}

/** The number of rows to ask for in one request for a block `cols` wide. */
export function chunkRows(cols: number, opts: ChunkOptions = {}): number {
  return Math.max(
    1,
    Math.min(opts.startRows ?? START_ROWS, Math.floor((opts.maxCells ?? MAX_CELLS_PER_REQUEST) / Math.max(1, cols))),
  );
}

/**
 * Reads a block in row chunks, one request each. A chunk the host refuses as too large is halved and
 * retried (down to one row); the smaller size is kept for the rest of the block.
 */
export async function* readInChunks(
  port: WorkbookPort,
  block: Block,
  opts: ChunkOptions = {},
): AsyncGenerator<{ top: number; rows: ReadCell[][] }> {
  let size = chunkRows(block.cols, opts);
  const end = block.top + block.rows;
  for (let top = block.top; top < end;) {
    opts.signal?.throwIfAborted();
    const n = Math.min(size, end - top);
    let rows: ReadCell[][];
    try {
      rows = await port.readBlock({ ...block, top, rows: n });
    } catch (e) {
      if (!(e instanceof PayloadTooLargeError) || n === 1) throw e;
      size = Math.max(1, Math.floor(n / 2));
      opts.onShrink?.(size);
      continue;
    }
    yield { top, rows };
    top += n;
  }
}
