import fs from "node:fs";
import path from "node:path";

/**
 * Writing the user's outputs so that they are complete or absent: every byte is written (a short
 * write is continued, an error stops it), fsynced, then renamed over the target. A failure names the
 * user's path, never the hidden temp file, and the temp file is removed on every path we control (an
 * error, process exit). `tuomin mask` runs in a worker thread so that a signal (Ctrl-C, SIGTERM, SIGHUP)
 * is answered at once: its parent stops the worker and removes the temp files (mask-in-worker.ts). What a
 * run killed outright (SIGKILL, a power cut) leaves is swept by the next run writing the same target.
 */

/** A write to the user's path failed; `code` is the errno name (ENOSPC, EROFS, EACCES, …). */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string,
  ) {
    super(`${file}: ${code}`);
    this.name = "WriteError";
  }
}

const asWriteError = (target: string, e: unknown): WriteError =>
  e instanceof WriteError ? e : new WriteError(target, (e as NodeJS.ErrnoException)?.code ?? "EIO");

/** A temp file beside `target` (same folder, so rename is atomic), hidden, unique to this process. */
export const tempPathFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);

// ---- temp files alive in this process: removed when it exits ----------------------------------------
const live = new Set<string>();
let hooked = false;
function track(tmp: string): void {
  live.add(tmp);
  if (hooked) return;
  hooked = true;
  process.on("exit", removeLive);
}
function removeLive(): void {
  for (const t of live) unlinkQuietly(t);
  live.clear();
}
function unlinkQuietly(p: string): void {
  try {
    fs.unlinkSync(p);
  } catch {
    /* already gone */
  }
}

/** Remove temp files of `target` left by runs that were killed (their process no longer exists). */
export function sweepStaleTemps(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    const m = n.startsWith(prefix) ? /^(\d+)\.tmp$/.exec(n.slice(prefix.length)) : null;
    if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1]))) unlinkQuietly(path.join(dir, n));
  }
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Write all of `data` at the file's position, continuing short writes. */
export function writeFully(fd: number, data: Uint8Array): void {
  for (let off = 0; off < data.length;) off += fs.writeSync(fd, data, off, data.length - off);
}

const bytesOf = (data: Uint8Array | string): Uint8Array => (typeof data === "string" ? Buffer.from(data) : data);

export interface Staged {
  commit(): void;
  abort(): void;
}

/** Write bytes to a temp file and fsync it; `commit` renames it over the target. */
export function stage(target: string, data: Uint8Array | string): Staged {
  const w = openStaged(target);
  try {
    w.writeBytes(bytesOf(data));
    w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
  return w;
}

/** Write a file atomically. */
export function writeAtomic(target: string, data: Uint8Array | string): void {
  stage(target, data).commit();
}

export interface StagedWriter extends Staged {
  /** the hidden file being written (read it back only after close) */
  readonly tempPath: string;
  write(s: string): void;
  writeBytes(b: Uint8Array): void;
  /** flush, fsync and close (commit does this too) */
  close(): void;
}

/** A temp file written piece by piece (buffered), then fsynced and renamed over the target. */
export function openStaged(target: string, mode = 0o644): StagedWriter {
  sweepStaleTemps(target);
  const tmp = tempPathFor(target);
  let fd: number;
  try {
    fd = fs.openSync(tmp, "w", mode);
  } catch (e) {
    throw asWriteError(target, e);
  }
  track(tmp);
  let buf: string[] = [],
    size = 0,
    open = true;
  const guard = (f: () => void) => {
    try {
      f();
    } catch (e) {
      abort();
      throw asWriteError(target, e);
    }
  };
  const flush = () => {
    if (buf.length) {
      const s = buf.join("");
      buf = [];
      size = 0;
      writeFully(fd, Buffer.from(s));
    }
  };
  const close = () => {
    if (!open) return;
    guard(() => {
      flush();
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    });
    open = false;
  };
  const abort = () => {
    if (open) {
      try {
        fs.closeSync(fd);
      } catch {
        /* closing after a failed write */
      }
      open = false;
    }
    unlinkQuietly(tmp);
    live.delete(tmp);
  };
  return {
    tempPath: tmp,
    write(s: string) {
      buf.push(s);
      size += s.length;
      if (size > 1 << 20) guard(flush);
    },
    writeBytes(b: Uint8Array) {
      guard(() => {
        flush();
        writeFully(fd, b);
      });
    },
    close,
    commit() {
      close();
      guard(() => fs.renameSync(tmp, target));
      live.delete(tmp);
    },
    abort,
  };
}
