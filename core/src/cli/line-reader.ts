import fs from "node:fs";

/**
 * Calls `onLine` with each line of a UTF-8 file (without its "\n"), reading 1 MiB at a time, so a
 * log of any size is read with flat memory (a whole-file string stops at V8's ~512 MiB limit).
 * `onLine` returns false to stop early.
 */
export function forEachLine(file: string, onLine: (line: string) => boolean | void): void {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const dec = new TextDecoder("utf-8");
    let rest = "";
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      const text = rest + (n ? dec.decode(buf.subarray(0, n), { stream: true }) : dec.decode());
      const parts = text.split("\n");
      rest = n ? parts.pop()! : "";
      for (const p of parts) if (onLine(p) === false) return;
      if (!n) {
        if (rest) onLine(rest);
        return;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}
