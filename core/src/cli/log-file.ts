import fs from "node:fs";
import { LogChecker, type LogVerification } from "../changelog/verify.js";
import { processAlive, WriteError } from "./atomic-write.js";
import { forEachLine } from "./line-reader.js";
import { NODE_CRYPTO } from "./node-crypto.js";

/**
 * A change log on disk is only ever appended to, in place, by one run at a time: an exclusive lock
 * file beside it (`LOG.lock`, holding the writer's pid) keeps a second run out; the new lines go on
 * the end and are fsynced; if that fails, the log is cut back to the length it had, so it is never
 * left with half a run — and never rewritten through a rename that could drop another run's lines.
 */

/** Another live process holds the lock. */
export class LogLockedError extends Error {
  constructor(
    readonly file: string,
    readonly pid: number,
  ) {
    super(`${file}: locked by ${pid}`);
    this.name = "LogLockedError";
  }
}

/** Take the log's lock (a lock left by a killed process that no longer runs is taken over); returns its release. */
export function lockLog(log: string): () => void {
  const lock = `${log}.lock`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = fs.openSync(lock, "wx", 0o600);
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      const release = () => {
        process.removeListener("exit", release);
        try {
          fs.unlinkSync(lock);
        } catch {
          /* gone */
        }
      };
      process.on("exit", release);
      return release;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw new WriteError(lock, code ?? "EIO");
      const pid = Number(fs.readFileSync(lock, "utf8").trim());
      if (attempt === 0 && (!pid || !processAlive(pid))) {
        fs.rmSync(lock, { force: true }); // stale: its writer was killed
        continue;
      }
      throw new LogLockedError(log, pid);
    }
  }
}

/**
 * Where new lines go: just after the last line with content (blank lines a text editor left at the end
 * are cut off, which changes nothing of what the log says), and whether a "\n" must come first.
 */
function appendPoint(fd: number, size: number): { at: number; newline: boolean; cut: Buffer } {
  const n = Math.min(size, 4096);
  const tail = Buffer.alloc(n);
  fs.readSync(fd, tail, 0, n, size - n);
  let end = n;
  while (end > 0 && (tail[end - 1] === 0x0a || tail[end - 1] === 0x0d || tail[end - 1] === 0x20)) end--;
  if (end === 0) return { at: size - n, newline: false, cut: tail };
  return { at: size - n + end, newline: true, cut: tail.subarray(end) };
}

/**
 * Append the bytes of `pendingFile` (whole lines) to `log` in place and fsync. On failure the log is
 * truncated back to its old length; the returned undo does the same later (if the output cannot be
 * committed after all).
 */
export function appendInPlace(log: string, pendingFile: string): { undo(): void } {
  const fd = fs.openSync(log, "r+");
  const size = fs.fstatSync(fd).size;
  const { at, newline, cut } = appendPoint(fd, size);
  /** the log exactly as it was: the blank tail put back, the length restored */
  const restore = (f: number) => {
    fs.writeSync(f, cut, 0, cut.length, at);
    fs.ftruncateSync(f, size);
    fs.fsyncSync(f);
  };
  const rollback = () => {
    try {
      restore(fd);
    } catch {
      /* the disk refuses even that: nothing more we can do */
    }
  };
  try {
    let pos = at;
    const put = (b: Uint8Array) => {
      for (let off = 0; off < b.length;) off += fs.writeSync(fd, b, off, b.length - off, pos + off);
      pos += b.length;
    };
    if (newline) put(Buffer.from("\n"));
    const src = fs.openSync(pendingFile, "r");
    try {
      const buf = Buffer.allocUnsafe(1 << 20);
      for (let n = fs.readSync(src, buf, 0, buf.length, null); n > 0; n = fs.readSync(src, buf, 0, buf.length, null))
        put(buf.subarray(0, n));
    } finally {
      fs.closeSync(src);
    }
    if (pos < size) fs.ftruncateSync(fd, pos); // the cut-off blank lines were longer than what was added
    fs.fsyncSync(fd);
  } catch (e) {
    rollback();
    fs.closeSync(fd);
    throw new WriteError(log, (e as NodeJS.ErrnoException).code ?? "EIO");
  }
  fs.closeSync(fd);
  return {
    undo: () => {
      const f = fs.openSync(log, "r+");
      try {
        restore(f);
      } finally {
        fs.closeSync(f);
      }
    },
  };
}

/** Check a log file line by line (any size); null when it cannot be read. */
export function checkLogFile(file: string, expectedFinal?: string): LogVerification | null {
  const c = new LogChecker(NODE_CRYPTO);
  try {
    forEachLine(file, (l) => c.line(l));
  } catch {
    return null;
  }
  return c.result(expectedFinal);
}
