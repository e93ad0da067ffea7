import type { ZipArchive } from "../zip/zip-reader.js";
import { ReadError } from "../errors.js";
import { dtdGuard, joinTextRuns } from "../xml.js";

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
 * phonetic runs ignored. A string longer than a chunk is searched for its end only in the new text (so
 * a 50 MB string costs one pass, not one per chunk). A last <si> left unclosed is still read, as
 * LibreOffice reads it; a part that is not a shared-string table is refused.
 */
export function readSharedStrings(zip: ZipArchive, part: string): SharedStrings {
  const out = new SharedStrings();
  const guard = dtdGuard(part);
  let buf = "";
  let seenRoot = false;
  /** an item cut by a chunk's end, as chunks: joined only once its "</si>" has arrived */
  let pending: string[] | null = null;
  zip.textChunks(part, (chunk) => {
    guard(chunk);
    if (pending) {
      const look = pending[pending.length - 1].slice(-5) + chunk;
      pending.push(chunk);
      if (look.indexOf("</si>") < 0) return;
      buf = pending.join("");
      pending = null;
    } else buf += chunk;
    if (!seenRoot) seenRoot = /<(?:\w+:)?sst[\s>/]/.test(buf);
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
      if (close < 0) {
        pending = [];
        break;
      }
      out.push(joinTextRuns(buf.slice(gt + 1, close)));
      p = close + 5;
    }
    buf = buf.slice(p);
    if (pending) {
      pending.push(buf);
      buf = "";
    }
  });
  const held = pending as string[] | null; // assigned in the callback above
  if (held) buf = held.join("");
  if (!seenRoot) throw new ReadError("corrupt_xml", `${part}: not a shared-string table`);
  const open = /^[\s\S]*?<si(?:\s[^>]*)?>([\s\S]*)$/.exec(buf);
  if (open) out.push(joinTextRuns(open[1].replace(/<\/(?:\w+:)?sst>\s*$/, "")));
  out.seal();
  return out;
}
