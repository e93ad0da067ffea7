import fs from "node:fs";
import path from "node:path";

/** A temp file beside `target` (same folder, so rename is atomic), hidden, unique to this process. */
export const tempPathFor = (target: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);

/** Write bytes to a temp file and fsync it; `commit` renames it over the target. */
export function stage(target: string, data: Uint8Array | string): { commit(): void; abort(): void } {
  const tmp = tempPathFor(target);
  const fd = fs.openSync(tmp, "w", 0o644);
  try {
    fs.writeSync(fd, typeof data === "string" ? Buffer.from(data) : data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return {
    commit: () => fs.renameSync(tmp, target),
    abort: () => {
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    },
  };
}

/** Write a file atomically. */
export function writeAtomic(target: string, data: Uint8Array | string): void {
  stage(target, data).commit();
}

/** A temp file written piece by piece (buffered), then fsynced and renamed over the target. */
export function openStaged(target: string): { write(s: string): void; close(): void; commit(): void; abort(): void } {
  const tmp = tempPathFor(target);
  const fd = fs.openSync(tmp, "w", 0o644);
  let buf: string[] = [],
    size = 0,
    open = true;
  const flush = () => {
    if (buf.length) {
      fs.writeSync(fd, buf.join(""));
      buf = [];
      size = 0;
    }
  };
  return {
    write(s: string) {
      buf.push(s);
      size += s.length;
      if (size > 1 << 20) flush();
    },
    close() {
      if (open) {
        flush();
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        open = false;
      }
    },
    commit() {
      this.close();
      fs.renameSync(tmp, target);
    },
    abort() {
      if (open) {
        fs.closeSync(fd);
        open = false;
      }
      try {
        fs.unlinkSync(tmp);
      } catch {
        /* gone */
      }
    },
  };
}
