import type { ZipArchive } from "../zip/zip-reader.js";
import { assertNoDtd, joinTextRuns } from "../xml.js";

/**
 * Reads the shared-string table chunk by chunk: every <si> becomes one string, rich-text runs joined,
 * phonetic runs ignored. The table itself is kept (cells refer to it by index); the XML is not.
 */
export function readSharedStrings(zip: ZipArchive, part: string): string[] {
  const out: string[] = [];
  let buf = "";
  let first = true;
  zip.textChunks(part, (chunk) => {
    if (first) { assertNoDtd(chunk.slice(0, 4096), part); first = false; }
    buf += chunk;
    let p = 0;
    for (;;) {
      const s = buf.indexOf("<si", p);
      if (s < 0) break;
      const gt = buf.indexOf(">", s);
      if (gt < 0) break;
      if (buf.charCodeAt(gt - 1) === 47 /* "/" */) { out.push(""); p = gt + 1; continue; } // <si/>
      const close = buf.indexOf("</si>", gt);
      if (close < 0) break;
      out.push(joinTextRuns(buf.slice(gt + 1, close)));
      p = close + 5;
    }
    buf = buf.slice(p);
  });
  return out;
}
