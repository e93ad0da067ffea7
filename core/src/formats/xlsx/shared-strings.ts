import type { ZipArchive } from "../zip/zip-reader.js";
import { assertNoDtd, joinTextRuns } from "../xml.js";

const BATCH = 1 << 16;

/**
 * The shared-string table, stored compactly: strings joined into one flat string per 65,536 entries with
 * an offset table, instead of millions of separate string objects (a 3M-cell workbook holds ~2M of them:
 * ~240 MB as objects, ~60 MB this way). Cells look strings up by index.
 */
export class SharedStrings {
  private readonly texts: string[] = [];
  private readonly offsets: Uint32Array[] = [];
  private pending: string[] = [];
  private count = 0;

  push(s: string): void {
    this.pending.push(s);
    this.count++;
    if (this.pending.length === BATCH) this.seal();
  }

  /** Join the pending strings into one flat string (this also frees the XML chunks they were cut from). */
  seal(): void {
    if (!this.pending.length) return;
    const off = new Uint32Array(this.pending.length + 1);
    let n = 0;
    this.pending.forEach((s, i) => {
      off[i] = n;
      n += s.length;
    });
    off[this.pending.length] = n;
    this.texts.push(this.pending.join(""));
    this.offsets.push(off);
    this.pending = [];
  }

  get length(): number {
    return this.count;
  }

  get(i: number): string | undefined {
    const b = Math.floor(i / BATCH),
      k = i % BATCH;
    const off = this.offsets[b];
    if (!off || k + 1 >= off.length) return this.pending[i - this.texts.length * BATCH];
    return this.texts[b].slice(off[k], off[k + 1]);
  }
}

/**
 * Reads the shared-string table chunk by chunk: every <si> becomes one string, rich-text runs joined,
 * phonetic runs ignored.
 */
export function readSharedStrings(zip: ZipArchive, part: string): SharedStrings {
  const out = new SharedStrings();
  let buf = "";
  let first = true;
  zip.textChunks(part, (chunk) => {
    if (first) {
      assertNoDtd(chunk.slice(0, 4096), part);
      first = false;
    }
    buf += chunk;
    let p = 0;
    for (;;) {
      const s = buf.indexOf("<si", p);
      if (s < 0) break;
      const gt = buf.indexOf(">", s);
      if (gt < 0) break;
      if (buf.charCodeAt(gt - 1) === 47 /* "/" */) {
        out.push("");
        p = gt + 1;
        continue;
      } // <si/>
      const close = buf.indexOf("</si>", gt);
      if (close < 0) break;
      out.push(joinTextRuns(buf.slice(gt + 1, close)));
      p = close + 5;
    }
    buf = buf.slice(p);
  });
  out.seal();
  return out;
}
