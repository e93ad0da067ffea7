import fs from "node:fs";
import path from "node:path";

/** A temp file beside `target` (same folder, so rename is atomic), hidden, unique to this process. */
export const tempPathFor = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);

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
    abort: () => { try { fs.unlinkSync(tmp); } catch { /* already gone */ } },
  };
}

/** Write a file atomically. */
export function writeAtomic(target: string, data: Uint8Array | string): void {
  stage(target, data).commit();
}
