import type { Cell } from "../../engine/scan-table.js";
import { ReadError } from "../errors.js";
import { decodeXmlText, dtdGuard, joinTextRuns } from "../xml.js";
import type { ZipArchive } from "../zip/zip-reader.js";

export const EXCEL_MAX_ROWS = 1_048_576;

export interface SheetReadResult {
  /** the last row number seen */
  rows: number;
  /** the XML after </sheetData>: hyperlinks, data validations, header/footer (small) */
  tail: string;
}

const TAG = /<(?:\w+:)?(row|c)(?=[\s>/])|<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/g;
const CELL_END = /<\/(?:\w+:)?c>/g;
const CELL_END_ONE = /<\/(?:\w+:)?c>/;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const F = /<(?:\w+:)?f(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?f>/;
const IS = /<(?:\w+:)?is>([\s\S]*?)<\/(?:\w+:)?is>/;
/** The value of an attribute (`needle` is ' t="'), read without a regex: this runs for every cell. */
function attrValue(tag: string, needle: string): string | undefined {
  const i = tag.indexOf(needle);
  if (i < 0) return undefined;
  const start = i + needle.length;
  return tag.slice(start, tag.indexOf('"', start));
}

/** r="AB12" → { col: 27, row: 12 }, parsed by hand. */
function cellRef(tag: string): { col: number; row: number } | null {
  const i = tag.indexOf(' r="');
  if (i < 0) return null;
  let p = i + 4,
    col = 0,
    row = 0;
  for (let c = tag.charCodeAt(p); c >= 65 && c <= 90; c = tag.charCodeAt(++p)) col = col * 26 + (c - 64);
  for (let c = tag.charCodeAt(p); c >= 48 && c <= 57; c = tag.charCodeAt(++p)) row = row * 10 + (c - 48);
  return col > 0 && row > 0 ? { col: col - 1, row } : null;
}
const ROWNUM = /\sr="(\d+)"/;

/**
 * Streams a worksheet's cells row by row without building a tree: shared strings resolved, inline and
 * rich strings joined, booleans, errors, numbers (flagged numeric) and formulas' cached values (flagged
 * formula). Memory holds one chunk and one row.
 */
export function readSheet(
  zip: ZipArchive,
  part: string,
  sst: { get(i: number): string | undefined },
  onRow: (row: number, cells: Cell[]) => void,
  onBytes?: (n: number) => void,
  /** called with the shared-string index of every t="s" cell (the masker counts each string's uses) */
  onShared?: (index: number, row: number, col: number) => void,
  /** also return each formula's text (without "="; empty for the dependents of a shared formula) */
  withFormulas = false,
): SheetReadResult {
  let buf = "";
  let inTail = false;
  let tail = "";
  let row = 0,
    lastCol = -1,
    maxRow = 0;
  let cells: Cell[] = [];
  const guard = dtdGuard(part);
  /**
   * A cell cut by a chunk's end: its text so far, as chunks. Each new chunk is searched for the cell's end
   * alone and joined only when it is there, so a cell longer than many chunks is copied once, not per chunk.
   */
  let pending: string[] | null = null;
  let pendingLength = 0;
  const flush = () => {
    if (cells.length) onRow(row, cells);
    cells = [];
  };
  zip.textChunks(part, (chunk) => {
    onBytes?.(chunk.length);
    guard(chunk);
    if (inTail) {
      if (tail.length < 4 << 20) tail += chunk;
      return;
    }
    if (pending) {
      const look = pending[pending.length - 1].slice(-16) + chunk;
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength > 64 << 20) throw new ReadError("corrupt_xml", `${part}: unterminated element`);
      if (!CELL_END_ONE.test(look)) return;
      buf = pending.join("");
      pending = null;
    } else buf += chunk;
    let keepFrom = -1;
    let cutCell = false;
    let processed = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(buf); m; m = TAG.exec(buf)) {
      const at = m.index;
      const gt = buf.indexOf(">", at);
      if (gt < 0) {
        keepFrom = at;
        break;
      }
      if (!m[1]) {
        // </sheetData>, or <sheetData/> of an empty sheet
        flush();
        inTail = true;
        tail = buf.slice(gt + 1);
        buf = "";
        return;
      }
      const startTag = buf.slice(at, gt + 1);
      if (m[1] === "row") {
        flush();
        const r = ROWNUM.exec(startTag);
        row = r ? Number(r[1]) : row + 1;
        if (row > EXCEL_MAX_ROWS) throw new ReadError("too_many_rows", part);
        if (row > maxRow) maxRow = row;
        lastCol = -1;
        TAG.lastIndex = processed = gt + 1;
        continue;
      }
      // a cell
      let inner = "";
      let next = gt + 1;
      if (buf[gt - 1] !== "/") {
        CELL_END.lastIndex = gt + 1;
        const end = CELL_END.exec(buf);
        if (!end) {
          keepFrom = at;
          cutCell = true;
          break;
        }
        inner = buf.slice(gt + 1, end.index);
        next = end.index + end[0].length;
      }
      TAG.lastIndex = processed = next;
      const ref = cellRef(startTag);
      let col: number;
      if (ref) {
        col = ref.col;
        const r = ref.row;
        if (r !== row) {
          flush();
          row = r;
          if (row > maxRow) maxRow = row;
          if (row > EXCEL_MAX_ROWS) throw new ReadError("too_many_rows", part);
        }
      } else col = lastCol + 1;
      lastCol = col;
      if (!inner) continue;
      const t = attrValue(startTag, ' t="') ?? "n";
      const formula = inner.includes("<f") || (inner.includes(":f") && /<\w+:f[\s>/]/.test(inner));
      let text: string;
      let numeric = false;
      if (t === "inlineStr") {
        const is = IS.exec(inner);
        text = is ? joinTextRuns(is[1]) : "";
      } else {
        // the common case is exactly <v>…</v>; anything else (prefixes, attributes, <f> before it) takes the regex
        let raw: string;
        if (inner.startsWith("<v>") && inner.endsWith("</v>") && inner.indexOf("<", 3) === inner.length - 4)
          raw = inner.slice(3, -4);
        else {
          const v = V.exec(inner);
          if (!v) {
            // a formula without a cached value: readers that recalculate show its string literals
            // (="110101…"), so they are what is scanned
            const lits = formula ? formulaLiterals(F.exec(inner)?.[1] ?? "") : "";
            if (!lits) continue;
            cells[col] = { text: lits, numeric: false, formula: true };
            continue;
          }
          raw = v[1];
        }
        if (t === "s") {
          const idx = Number(raw);
          text = sst.get(idx) ?? "";
          onShared?.(idx, row, col);
        } else if (t === "b") text = raw === "1" ? "TRUE" : "FALSE";
        else if (t === "str" || t === "e" || t === "d") text = decodeXmlText(raw);
        else {
          text = raw.trim();
          numeric = true;
        }
      }
      if (text === "") continue;
      if (formula && withFormulas) {
        const f = F.exec(inner);
        cells[col] = { text, numeric, formula, ...(f ? { f: decodeXmlText(f[1]) } : {}) };
      } else cells[col] = numeric || formula ? { text, numeric, formula } : text;
    }
    if (keepFrom < 0) {
      // keep a tag that may be cut in two at the chunk's end ("<ro" + "w r=…")
      const lt = buf.lastIndexOf("<");
      keepFrom = lt >= processed ? lt : buf.length;
    }
    buf = buf.slice(keepFrom);
    if (cutCell) {
      pending = [buf];
      pendingLength = buf.length;
      buf = "";
    }
    if (buf.length > 64 << 20) throw new ReadError("corrupt_xml", `${part}: unterminated element`);
  });
  // every worksheet has <sheetData>: a part without one is not a worksheet (or not XML at all), and
  // reading it as empty would let a damaged sheet pass as clean
  if (pending) throw new ReadError("corrupt_xml", `${part}: unterminated element`);
  if (!inTail) throw new ReadError("corrupt_xml", `${part}: no <sheetData>`);
  return { rows: maxRow, tail };
}

/** The string literals of a formula ("a""b" → a"b), joined by spaces. */
export function formulaLiterals(f: string): string {
  const out: string[] = [];
  for (const m of decodeXmlText(f).matchAll(/"((?:[^"]|"")*)"/g)) if (m[1]) out.push(m[1].replace(/""/g, '"'));
  return out.join(" ");
}
