import { strToU8, zipSync, type Zippable } from "fflate";
import { a1, columnIndex, columnLetters } from "../../_lib/a1.js";
import { escapeRegExp } from "../../_lib/regexp.js";
import { numberText, TableScanner, type Cell } from "../../engine/scan-table.js";
import { scanText } from "../../engine/scan-text.js";
import type { Finding, Location } from "../../model/finding.js";
import { maskText, type MaskContext, type Retained, type ValueChange } from "../../mask/plan.js";
import { decodeXmlText, joinTextRuns } from "../xml.js";
import type { ZipArchive } from "../zip/zip-reader.js";
import { openWorkbook, readRels, relsPartOf, type WorkbookPackage } from "./package.js";
import { rewriteSelected, selectTexts, UNKNOWN_XML, type TextSelector } from "./part-rules.js";
import { hyperlinkText } from "./link-target.js";
import { ownParts, partKind, readPart } from "./residue.js";
import { readSharedStrings } from "./shared-strings.js";
import { readSheet } from "./sheet-reader.js";
import { escapeXml, rewriteAttributes, rewriteElementTexts } from "./xml-rewrite.js";

export interface PlacedChange extends ValueChange {
  sheet: string | null;
  cell: string | null;
  location?: Location;
  part?: string;
}
export interface XlsxMaskResult {
  bytes: Uint8Array;
  changes: PlacedChange[];
  retained: (Retained & { cell?: string | null; sheet?: string | null })[];
}

const KEY = (row: number, col: number): number => row * 16384 + col;
const CELL_RE = /<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g;

interface CellEdit {
  newText: string;
  /** the cell's shared-string index, if it is a shared-string cell */ shared?: number;
  numeric: boolean;
}

/** How a worksheet is written: its changed cells, and its tail (what follows <sheetData>) rewritten. */

/**
 * A remediated copy of a workbook. Only what changes is rewritten: changed cells are spliced into the
 * original sheet XML; a shared string whose every use is masked the same way is replaced in its slot (no
 * orphan left), otherwise masked values get new slots; numbers that were personal data become text cells
 * with a text number format; formula cells keep their formulas but lose the cached value (recalculated
 * on load). Comments, properties, defined names, charts, pivot caches, drawings, hyperlinks, header/footer
 * and data-validation lists are scrubbed by the same policy; the thumbnail picture is dropped. Every
 * other part is written back unchanged.
 */
export function maskXlsx(bytes: Uint8Array, ctx: MaskContext, depth = 0): XlsxMaskResult {
  const pkg = openWorkbook(bytes);
  const { zip } = pkg;
  const sst = pkg.sharedStringsPart ? readSharedStrings(zip, pkg.sharedStringsPart) : null;
  const collected: PlacedChange[] = [];
  // a sheet whose name holds personal data is renamed in the output, and every change and retained
  // value is placed under its new name: the raw name never reaches the log or the report
  let renames = new Map<string, string>();
  const changes = {
    push: (c: PlacedChange) => {
      if (c.sheet !== null && renames.has(c.sheet)) c = { ...c, sheet: renames.get(c.sheet)! };
      if (ctx.onChange) ctx.onChange(c);
      else collected.push(c);
    },
  };
  const retained: XlsxMaskResult["retained"] = [];
  renames = planSheetRenames(pkg, ctx, changes, retained);
  const parts = new Map<string, Uint8Array | null>(); // new content; null = drop the part
  const text = (p: string) => zip.text(p);

  // ---- pass 1: find what to change in every worksheet -------------------------------------------
  const refs = new Uint32Array(sst?.length ?? 0);
  const edits = new Map<string, Map<number, CellEdit>>(); // sheet part → cell key → edit
  const marks = new Map<
    string,
    { rows: Set<number>; column: string; value: string; headerRow: number | null; headers: (string | null)[] }
  >();
  let formulasChanged = false;
  const tails = new Map<string, string>();
  for (const sheet of pkg.sheets) {
    if (!sheet.isWorksheet) continue;
    const found = new Map<
      number,
      { text: string; findings: Finding[]; shared?: number; formula: boolean; numeric: boolean }
    >();
    // the rows held back while the columns are classified, and the row being scanned (with the
    // shared-string index of each of its cells)
    const early = new Map<number, { cells: Cell[]; shared: Map<number, number> }>();
    let curRow = 0;
    let curCells: Cell[] = [];
    let curShared = new Map<number, number>();
    let parsing = new Map<number, number>();
    const scanner = new TableScanner({
      onFinding: (f, row, col) => {
        const k = KEY(row, col);
        let e = found.get(k);
        if (!e) {
          const ctxRow = row === curRow ? { cells: curCells, shared: curShared } : early.get(row);
          const c = ctxRow?.cells[col];
          const t = c == null ? "" : typeof c === "string" ? c : c.numeric ? numberText(c.text) : c.text;
          found.set(
            k,
            (e = {
              text: t,
              findings: [],
              shared: ctxRow?.shared.get(col),
              formula: typeof c === "object" && !!c?.formula,
              numeric: typeof c === "object" && !!c?.numeric,
            }),
          );
        }
        e.findings.push({ ...f });
      },
    });
    const sheetEdits = new Map<number, CellEdit>();
    // cells are masked as soon as their row's findings are in, so only one row's findings are held
    const settle = () => {
      if (!found.size) return;
      const columns = scanner.columns;
      const headerRow = scanner.headerRowNumber;
      for (const [k, { text: original, findings: fs, shared, formula, numeric }] of found) {
        const row = Math.floor(k / 16384),
          col = k % 16384;
        const cell = a1(col, row);
        const r = maskText(
          original,
          fs,
          { sheet: sheet.name, header: columns[col]?.header ?? null, column: columnLetters(col) },
          ctx,
        );
        for (const x of r.retained) retained.push({ ...x, cell, sheet: sheet.name });
        if (r.markDeleted.length) {
          const a = r.markDeleted[0] as { statusColumn: string; statusValue: string };
          const m = marks.get(sheet.part) ?? {
            rows: new Set<number>(),
            column: a.statusColumn,
            value: a.statusValue,
            headerRow,
            headers: columns.map((c) => c.header),
          };
          m.rows.add(row);
          marks.set(sheet.part, m);
        }
        if (!r.changes.length) continue;
        for (const c of r.changes) changes.push({ ...c, sheet: sheet.name, cell, location: "value" });
        sheetEdits.set(k, { newText: r.text, shared, numeric: numeric && !formula });
        if (formula) formulasChanged = true;
      }
      found.clear();
    };
    const { tail } = readSheet(
      zip,
      sheet.part,
      sst ?? { get: () => undefined },
      (row, cells) => {
        if (scanner.columns.length === 0) early.set(row, { cells, shared: parsing });
        curRow = row;
        curCells = cells;
        curShared = parsing;
        parsing = new Map();
        scanner.pushRow(row, cells);
        settle();
        if (scanner.columns.length) early.clear();
      },
      undefined,
      (idx, _row, col) => {
        if (idx < refs.length) refs[idx]++;
        parsing.set(col, idx);
      },
    );
    scanner.finish();
    settle();
    early.clear();
    tails.set(sheet.part, tail);
    if (sheetEdits.size) edits.set(sheet.part, sheetEdits);
  }

  // ---- shared strings: replace in the slot when every use changes the same way, else add slots ----
  const slotText = new Map<number, string>(); // slot → new text
  const newSlots: string[] = [];
  const cellSlot = new Map<string, Map<number, number>>(); // part → cell key → new slot index for that cell
  // most shared strings are used once: one [part, key] pair; a list only for strings used more often
  const sharedUse = new Map<
    number,
    { uses: number; cells: [string, number] | [string, number][]; texts: string | Set<string> }
  >();
  for (const [part, m] of edits) {
    for (const [key, e] of m) {
      if (e.shared === undefined) continue;
      const u = sharedUse.get(e.shared);
      if (!u) {
        sharedUse.set(e.shared, { uses: 1, cells: [part, key], texts: e.newText });
        continue;
      }
      if (u.uses === 1) {
        u.cells = [u.cells as [string, number]];
        u.texts = new Set([u.texts as string]);
      }
      (u.cells as [string, number][]).push([part, key]);
      (u.texts as Set<string>).add(e.newText);
      u.uses++;
    }
  }
  const slotBase = sst?.length ?? 0;
  const slotFor = new Map<string, number>();
  const addSlot = (t: string) => {
    let i = slotFor.get(t);
    if (i === undefined) {
      i = slotBase + newSlots.length;
      newSlots.push(t);
      slotFor.set(t, i);
    }
    return i;
  };
  for (const [idx, u] of sharedUse) {
    const cells = u.uses === 1 ? [u.cells as [string, number]] : (u.cells as [string, number][]);
    const texts = typeof u.texts === "string" ? [u.texts] : [...u.texts];
    // every use of the string changes: its slot takes the first replacement, so no original is left orphaned
    const reuse = u.uses >= refs[idx] ? texts[0] : undefined;
    if (reuse !== undefined) slotText.set(idx, reuse);
    for (const [part, key] of cells) {
      const t = edits.get(part)!.get(key)!.newText;
      if (t === reuse) continue;
      let m = cellSlot.get(part);
      if (!m) cellSlot.set(part, (m = new Map()));
      m.set(key, addSlot(t));
    }
  }

  // ---- pass 2: how each changed cell is written ---------------------------------------------------
  const textStyle = new TextStyles(zip);
  const cellRewriter =
    (part: string, m: Map<number, CellEdit>) =>
    (el: string): string => {
      const attrs = /^<(?:\w+:)?c\b([^>]*?)\/?>/.exec(el)?.[1] ?? "";
      const ref = /\sr="([A-Z]+)(\d+)"/.exec(attrs);
      if (!ref) return el;
      const key = KEY(Number(ref[2]), columnIndex(ref[1]));
      const e = m.get(key);
      if (!e) return el;
      const r = ref[0];
      const s = /\ss="(\d+)"/.exec(attrs)?.[1];
      const t = /\st="(\w+)"/.exec(attrs)?.[1] ?? "n";
      const f = /<(?:\w+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?f>)/.exec(el)?.[0];
      const style = s !== undefined ? ` s="${s}"` : "";
      // keep the formula, drop the cached value; personal data in its string literals is masked too
      if (f) return `<c${r}${style}>${maskFormulaLiterals(f, ctx)}</c>`;
      if (e.newText === "") return `<c${r}${style}/>`;
      if (t === "s") {
        const slot = cellSlot.get(part)?.get(key);
        return slot === undefined ? el : el.replace(/(<(?:\w+:)?v>)\d+(<\/(?:\w+:)?v>)/, `$1${slot}$2`);
      }
      if (t === "n" || t === "d") {
        // a number that was personal data becomes text, formatted as text so Excel keeps it text
        return `<c${r} s="${textStyle.of(s === undefined ? 0 : Number(s))}" t="s"><v>${addSlot(e.newText)}</v></c>`;
      }
      // inline strings, booleans, errors: the masked value becomes a shared string
      return `<c${r}${style} t="s"><v>${addSlot(e.newText)}</v></c>`;
    };

  // ---- sheets where rows get a status column (mark_deleted) are rewritten whole; the rest stream ------
  const rewriters = new Map<string, (el: string) => string>();
  for (const [part, m] of edits) rewriters.set(part, cellRewriter(part, m));
  for (const [part, m] of marks) {
    let xml = text(part);
    const rw = rewriters.get(part);
    if (rw) xml = xml.replace(CELL_RE, rw);
    let col = m.headers.findIndex((h) => h === m.column);
    const set = new Map<number, string>();
    if (col < 0) {
      col = maxColumn(xml) + 1;
      if (m.headerRow) set.set(m.headerRow, m.column);
    }
    for (const r of m.rows) set.set(r, m.value);
    parts.set(part, strToU8(setCells(xml, col, set)));
    rewriters.delete(part);
  }

  // ---- everything else that holds personal data (sheet tails: header/footer, validation, links) ----
  const newTails = new Map<string, string>();
  // masked values become shared strings: a workbook that had none gets a table
  const needsSst =
    !pkg.sharedStringsPart &&
    [...edits.values()].some((m) => [...m.values()].some((e) => e.shared === undefined && e.newText !== ""));
  if (needsSst) addSharedStringsPart(zip, parts);
  scrubResidue(pkg, ctx, parts, changes, retained, formulasChanged, depth, renames, (part, rewrite) => {
    if (parts.has(part)) {
      const x = new TextDecoder().decode(parts.get(part)!);
      parts.set(part, strToU8(rewrite(x)));
      return;
    }
    const tail = tails.get(part) ?? "";
    const next = rewrite(tail);
    if (next !== tail) newTails.set(part, next);
  });

  // ---- write the package: changed parts new, the rest exactly as they were; sheets rewritten chunk by
  // chunk. Compression is fflate's deflateSync (zipSync): its streaming Deflate emits invalid
  // back-references on some inputs (fflate issues #260/#282, seen here on a printer-settings part).
  const files: Zippable = {};
  const sstPart = pkg.sharedStringsPart ?? "xl/sharedStrings.xml";
  const late = new Set([sstPart, textStyle.part]); // sheet rewrites add shared strings and styles
  for (const name of zip.entries.keys()) {
    const next = parts.get(name);
    if (next === null) continue;
    if (!next && (rewriters.has(name) || newTails.has(name)))
      files[name] = [rewriteSheet(zip, name, rewriters.get(name) ?? ((el) => el), newTails.get(name)), { level: 6 }];
    else if (!late.has(name)) files[name] = [next ?? zip.entryBytes(name), { level: 6 }];
  }
  // the shared-string table: masked slots replaced, new slots appended
  if (slotText.size || newSlots.length || needsSst)
    parts.set(
      sstPart,
      strToU8(sharedStringsXml(pkg.sharedStringsPart ? text(sstPart) : null, slotText, slotBase, newSlots)),
    );
  if (textStyle.changed) parts.set(textStyle.part, strToU8(textStyle.xml()));
  for (const name of late)
    if (parts.get(name) || zip.has(name)) files[name] = [parts.get(name) ?? zip.entryBytes(name), { level: 6 }];
  for (const [name, data] of parts) if (data && !(name in files)) files[name] = [data, { level: 6 }];
  // keep the original order of the parts ([Content_Types].xml first)
  const ordered: Zippable = {};
  for (const name of [...zip.entries.keys(), ...Object.keys(files)])
    if (name in files && !(name in ordered)) ordered[name] = files[name];
  for (const r of retained) {
    const x = r as { sheet?: string | null };
    if (x.sheet && renames.has(x.sheet)) x.sheet = renames.get(x.sheet)!;
  }
  return { bytes: zipSync(ordered), changes: collected, retained };
}

/**
 * A formula element with the personal data in its string literals masked (="110101…" → ="110101*…"),
 * so a reader that recalculates shows no more than the masked cached value did. The cell's change is
 * logged once, from its value.
 */
function maskFormulaLiterals(f: string, ctx: MaskContext): string {
  return f.replace(
    /(<(?:\w+:)?f\b[^>]*>)([\s\S]*?)(<\/(?:\w+:)?f>)/,
    (m, open: string, body: string, close: string) => {
      const src = decodeXmlText(body);
      const next = src.replace(/"((?:[^"]|"")*)"/g, (lm, lit: string) => {
        const value = lit.replace(/""/g, '"');
        const fs = scanText(value);
        if (!fs.length) return lm;
        const r = maskText(value, fs, { sheet: null, header: null, column: null }, ctx);
        return r.changes.length ? `"${r.text.replace(/"/g, '""')}"` : lm;
      });
      return next === src ? m : open + escapeXml(next) + close;
    },
  );
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

const NEXT_CELL = /<(?:\w+:)?c(?=[\s>/])|<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/g;
const CELL_CLOSE = /<\/(?:\w+:)?c>/g;

/**
 * Rewrite a worksheet chunk by chunk (the original XML is never held whole): every <c> element through
 * `rewrite`, everything else copied; after </sheetData> the original tail, or `newTail` when the residue
 * scrub changed it.
 */
function rewriteSheet(
  zip: ZipArchive,
  name: string,
  rewrite: (el: string) => string,
  newTail: string | undefined,
): Uint8Array {
  const out: Uint8Array[] = [];
  const enc = new TextEncoder();
  let buf = "";
  let inTail = false;
  zip.textChunks(name, (chunk) => {
    if (inTail) {
      if (newTail === undefined) out.push(enc.encode(chunk));
      return;
    }
    buf += chunk;
    let piece = "",
      p = 0,
      hold = -1;
    NEXT_CELL.lastIndex = 0;
    for (let m = NEXT_CELL.exec(buf); m; m = NEXT_CELL.exec(buf)) {
      if (m[0].charCodeAt(1) === 47 || m[0].endsWith("/>")) {
        // </sheetData> or an empty <sheetData/>
        const end = m.index + m[0].length;
        piece += buf.slice(p, end) + (newTail ?? buf.slice(end));
        inTail = true;
        p = buf.length;
        break;
      }
      const gt = buf.indexOf(">", m.index);
      if (gt < 0) {
        hold = m.index;
        break;
      }
      let end = gt + 1;
      if (buf.charCodeAt(gt - 1) !== 47) {
        CELL_CLOSE.lastIndex = gt + 1;
        const e = CELL_CLOSE.exec(buf);
        if (!e) {
          hold = m.index;
          break;
        }
        end = e.index + e[0].length;
      }
      piece += buf.slice(p, m.index) + rewrite(buf.slice(m.index, end));
      p = end;
      NEXT_CELL.lastIndex = end;
    }
    if (!inTail) {
      const lt = buf.lastIndexOf("<");
      const cut = hold >= 0 ? hold : lt >= p ? lt : buf.length;
      piece += buf.slice(p, cut);
      buf = buf.slice(cut);
    } else buf = "";
    if (piece) out.push(enc.encode(piece));
  });
  if (buf) out.push(enc.encode(buf));
  return concat(out);
}

/** The shared-string part with masked slots replaced in place and new slots appended. */
function sharedStringsXml(
  original: string | null,
  slotText: Map<number, string>,
  slotBase: number,
  newSlots: string[],
): string {
  let xml =
    original === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`
      : completeSst(original);
  if (slotText.size) {
    let i = -1;
    xml = xml.replace(/<(?:\w+:)?si\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?si>)/g, (el) => {
      i++;
      const t = slotText.get(i);
      return t === undefined ? el : `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`;
    });
  }
  return xml
    .replace(/(<(?:\w+:)?sst\b[^>]*?)\suniqueCount="\d+"/, `$1 uniqueCount="${slotBase + newSlots.length}"`)
    .replace(
      /<\/((?:\w+:)?sst)>\s*$/,
      `${newSlots.map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join("")}</$1>`,
    );
}

/** A table cut short (a last <si> or </sst> missing, which readers still show) is closed first. */
function completeSst(xml: string): string {
  if (/<\/(?:\w+:)?sst>\s*$/.test(xml)) return xml;
  const open = xml.lastIndexOf("<si");
  if (open > xml.lastIndexOf("</si>") && !/^<si\b[^>]*\/>/.test(xml.slice(open))) xml += "</si>";
  return xml + "</sst>";
}

/** The largest column index used by any cell of a sheet. */
function maxColumn(xml: string): number {
  let max = -1;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)\d+"/g)) max = Math.max(max, columnIndex(m[1]));
  return max;
}

/** Set one column's cell (inline text) in the given rows, keeping cells in column order. */
function setCells(xml: string, col: number, values: Map<number, string>): string {
  return xml.replace(
    /<((?:\w+:)?row)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g,
    (m, tag: string, attrs: string, body: string | undefined) => {
      const row = Number(/\sr="(\d+)"/.exec(attrs)?.[1]);
      const v = values.get(row);
      if (v === undefined) return m;
      const cell = `<c r="${a1(col, row)}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
      const cells = [...(body ?? "").matchAll(CELL_RE)].map((x) => x[0]);
      const at = cells.findIndex((c) => columnIndex(/\sr="([A-Z]+)/.exec(c)?.[1] ?? "A") >= col);
      if (at >= 0 && columnIndex(/\sr="([A-Z]+)/.exec(cells[at])?.[1] ?? "A") === col) cells[at] = cell;
      else if (at >= 0) cells.splice(at, 0, cell);
      else cells.push(cell);
      return `<${tag}${attrs.replace(/\sspans="[^"]*"/, "")}>${cells.join("")}</${tag}>`;
    },
  );
}

/** Cell styles cloned with number format 49 (text), so a masked number stays text in Excel. */
class TextStyles {
  readonly part: string;
  private src = "";
  private xfs: string[] = [];
  private added: string[] = [];
  private readonly map = new Map<number, number>();
  changed = false;
  constructor(private readonly zip: ZipArchive) {
    this.part = zip.find("xl/styles.xml") ?? "xl/styles.xml";
  }
  of(style: number): number {
    const hit = this.map.get(style);
    if (hit !== undefined) return hit;
    if (!this.src) {
      this.src = this.zip.has(this.part) ? this.zip.text(this.part) : "";
      const body = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(this.src)?.[1] ?? "";
      this.xfs = body.match(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g) ?? [];
    }
    const base = this.xfs[style] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const clone = base
      .replace(/\snumFmtId="\d+"/, "")
      .replace(/\sapplyNumberFormat="\d"/, "")
      .replace(/^<((?:\w+:)?xf)\b/, '<$1 numFmtId="49" applyNumberFormat="1"');
    const idx = this.xfs.length + this.added.length;
    this.added.push(clone);
    this.map.set(style, idx);
    this.changed = true;
    return idx;
  }
  xml(): string {
    return this.src.replace(
      /(<(?:\w+:)?cellXfs\b[^>]*?)\scount="\d+"([^>]*>)([\s\S]*?)(<\/(?:\w+:)?cellXfs>)/,
      (_m, a: string, b: string, body: string, end: string) =>
        `${a} count="${this.xfs.length + this.added.length}"${b}${body}${this.added.join("")}${end}`,
    );
  }
}

function addSharedStringsPart(zip: ZipArchive, parts: Map<string, Uint8Array | null>): void {
  const rels = "xl/_rels/workbook.xml.rels";
  const r = (parts.get(rels) ? new TextDecoder().decode(parts.get(rels)!) : zip.text(rels)).replace(
    /<\/Relationships>/,
    '<Relationship Id="rIdTuominSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  parts.set(rels, strToU8(r));
  const ct = zip
    .text("[Content_Types].xml")
    .replace(
      /<\/Types>/,
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    );
  parts.set("[Content_Types].xml", strToU8(ct));
}

/** Scrub comments, properties, names, caches, drawings, links, headers/footers and validation lists. */
function scrubResidue(
  pkg: WorkbookPackage,
  ctx: MaskContext,
  parts: Map<string, Uint8Array | null>,
  changes: { push(c: PlacedChange): void },
  retained: XlsxMaskResult["retained"],
  formulasChanged: boolean,
  /** how deep inside embedded workbooks (0: the user's file) */
  depth: number,
  renames: Map<string, string>,
  /** rewrite what follows a sheet's <sheetData> (or the whole sheet when it was rewritten whole) */
  rewriteSheetTail: (part: string, rewrite: (xml: string) => string) => void,
): void {
  const { zip } = pkg;
  const current = (p: string) => (parts.has(p) ? new TextDecoder().decode(parts.get(p)!) : zip.text(p));
  const maskOne = (
    value: string,
    where: { location: Location; sheet: string | null; cell: string | null; part: string; label?: string },
  ): string | null => {
    const fs = scanText(value, { label: where.label ?? null });
    if (!fs.length) return null;
    const r = maskText(value, fs, { sheet: where.sheet, header: null, column: null }, ctx);
    for (const x of r.retained) retained.push({ ...x, cell: where.cell });
    for (const c of r.changes)
      changes.push({ ...c, sheet: where.sheet, cell: where.cell, location: where.location, part: where.part });
    return r.changes.length ? r.text : null;
  };
  const put = (p: string, before: string, after: string) => {
    if (after !== before) parts.set(p, strToU8(after));
  };

  for (const sheet of pkg.sheets) {
    if (!sheet.isWorksheet) continue;
    const rels = readRels(zip, sheet.part);
    rewriteSheetTail(sheet.part, (src) => {
      let xml = src.replace(
        /(<(?:\w+:)?(oddHeader|oddFooter|evenHeader|evenFooter|firstHeader|firstFooter)>)([^<]*)(<\/(?:\w+:)?\2>)/g,
        (m, o: string, _t: string, body: string, c: string) => {
          const v = maskOne(body.replace(/&amp;/g, "&"), {
            location: "header_footer",
            sheet: sheet.name,
            cell: null,
            part: sheet.part,
          });
          return v === null ? m : o + escapeXml(v) + c;
        },
      );
      xml = xml.replace(
        /(<(?:\w+:)?formula1>)([^<]*)(<\/(?:\w+:)?formula1>)/g,
        (m, o: string, body: string, c: string) => {
          const lit = /^"([\s\S]*)"$/.exec(decodeXmlText(body).trim());
          if (!lit) return m;
          const items = lit[1]
            .split(",")
            .map(
              (it) =>
                maskOne(it, { location: "data_validation", sheet: sheet.name, cell: null, part: sheet.part }) ?? it,
            );
          return items.join(",") === lit[1] ? m : `${o}"${escapeXml(items.join(","))}"${c}`;
        },
      );
      // hyperlinks whose target holds personal data: the link is removed with its relationship
      const bad = new Set(
        rels
          .filter((r) => r.external && /hyperlink$/.test(r.type) && scanText(hyperlinkText(r.target)).length)
          .map((r) => r.id),
      );
      if (bad.size) {
        xml = xml
          .replace(/<(?:\w+:)?hyperlink\b[^>]*\sr:id="([^"]+)"[^>]*\/>/g, (m, id: string) => (bad.has(id) ? "" : m))
          .replace(/<(?:\w+:)?hyperlinks>\s*<\/(?:\w+:)?hyperlinks>/, "");
        const rp = relsPartOf(sheet.part);
        const rx = zip
          .text(rp)
          .replace(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\/>/g, (m, id: string) => (bad.has(id) ? "" : m));
        parts.set(rp, strToU8(rx));
        for (const id of bad) {
          for (const f of scanText(hyperlinkText(rels.find((x) => x.id === id)!.target)))
            changes.push({
              finding: f,
              action: { action: "delete" },
              after: "",
              sheet: sheet.name,
              cell: null,
              location: "other_part",
              part: rp,
            });
        }
      }
      return xml;
    });
    // comments and threaded comments of this sheet
    for (const rel of rels) {
      if (rel.external || !zip.has(rel.target)) continue;
      if (/\/comments$/.test(rel.type)) {
        const c0 = current(rel.target);
        let c1 = rewriteElementTexts(c0, ["author"], (t) =>
          maskOne(t, { location: "comment", sheet: sheet.name, cell: null, part: rel.target, label: "姓名" }),
        );
        c1 = c1.replace(
          /(<(?:\w+:)?comment\b[^>]*\sref="([^"]+)"[^>]*>)\s*(<(?:\w+:)?text>)([\s\S]*?)(<\/(?:\w+:)?text>)/g,
          (m, open: string, ref: string, to: string, body: string, tc: string) => {
            const v = maskOne(joinTextRuns(body), {
              location: "comment",
              sheet: sheet.name,
              cell: ref,
              part: rel.target,
            });
            return v === null ? m : `${open}${to}<r><t xml:space="preserve">${escapeXml(v)}</t></r>${tc}`;
          },
        );
        put(rel.target, c0, c1);
      } else if (/\/threadedComment$/.test(rel.type)) {
        const c0 = current(rel.target);
        put(
          rel.target,
          c0,
          rewriteElementTexts(c0, ["text"], (t) =>
            maskOne(t, { location: "comment", sheet: sheet.name, cell: null, part: rel.target }),
          ),
        );
      }
    }
  }
  renameSheets(pkg, renames, parts, current);

  // workbook: defined-name constants; full recalculation when cached formula values were dropped
  const wbPart = zip.find("xl/workbook.xml");
  if (wbPart) {
    const w0 = current(wbPart);
    let w1 = w0.replace(
      /(<(?:\w+:)?definedName\b[^>]*>)([^<]*)(<\/(?:\w+:)?definedName>)/g,
      (m, o: string, body: string, c: string) => {
        const lits = body.replace(/&quot;/g, '"');
        const v = lits.replace(/"((?:[^"]|"")*)"/g, (lm, lit: string) => {
          const x = maskOne(lit, { location: "defined_name", sheet: null, cell: null, part: wbPart });
          return x === null ? lm : `"${x}"`;
        });
        return v === lits ? m : o + escapeXml(v) + c;
      },
    );
    w1 = rewriteAttributes(w1, ["userName"], (t) =>
      maskOne(t, { location: "other_part", sheet: null, cell: null, part: wbPart, label: "姓名" }),
    );
    if (formulasChanged) {
      if (/<(?:\w+:)?calcPr\b/.test(w1))
        w1 = w1.replace(
          /<((?:\w+:)?calcPr)\b([^>]*?)(\s*\/?>)/,
          (_m, tag: string, a: string, end: string) =>
            `<${tag}${a.replace(/\sfullCalcOnLoad="[^"]*"/, "")} fullCalcOnLoad="1"${end}`,
        );
      else
        w1 = w1.replace(
          /(<\/(?:\w+:)?(?:definedNames|sheets)>)(?![\s\S]*<\/(?:\w+:)?definedNames>)/,
          '$1<calcPr fullCalcOnLoad="1"/>',
        );
    }
    put(wbPart, w0, w1);
  }
  remediateParts(pkg, ctx, parts, changes, maskOne, current, put, depth);
}

type MaskOne = (
  value: string,
  where: { location: Location; sheet: string | null; cell: string | null; part: string; label?: string },
) => string | null;

/**
 * Every part besides the package's own, by the same model the scanner reads them with (partKind,
 * PART_RULES): rules rewrite their texts or drop the part (its personal values logged as deleted);
 * parts without a rule have their XML texts and attributes, or their plain text, masked; embedded
 * workbooks are masked like the outer one. A part that cannot be read is left, and the scan says so.
 */
function remediateParts(
  pkg: WorkbookPackage,
  ctx: MaskContext,
  parts: Map<string, Uint8Array | null>,
  changes: { push(c: PlacedChange): void },
  maskOne: MaskOne,
  current: (p: string) => string,
  put: (p: string, before: string, after: string) => void,
  depth: number,
): void {
  const { zip } = pkg;
  const own = ownParts(pkg);
  const rewrite = (name: string, location: Location, selectors: readonly TextSelector[]) => {
    const x0 = readPart(current(name), name);
    const x1 = rewriteSelected(x0, selectors, (t, label) =>
      maskOne(t, { location, sheet: null, cell: null, part: name, label }),
    );
    return [x0, x1] as const;
  };
  for (const name of zip.entries.keys()) {
    if (name.endsWith("/")) continue;
    const what = partKind(pkg, own, name);
    if (what.kind === "rule") {
      const { rule } = what;
      if (rule.drop) {
        // what the dropped part held is logged as deleted
        if (rule.texts.length)
          for (const t of selectTexts(readPart(current(name), name), rule.texts))
            for (const f of scanText(t.text, { label: t.label ?? null }))
              changes.push({
                finding: f,
                action: { action: "delete" },
                after: "",
                sheet: null,
                cell: null,
                location: rule.location,
                part: name,
              });
        dropPart(zip, name, parts, current);
        continue;
      }
      if (!rule.texts.length) continue;
      const [x0, x1] = rewrite(name, rule.location, rule.texts);
      put(name, x0, x1 !== x0 && rule.afterChange ? rule.afterChange(x1) : x1);
    } else if (what.kind === "xml") {
      const [x0, x1] = rewrite(name, "other_part", UNKNOWN_XML);
      put(name, x0, x1);
    } else if (what.kind === "text") {
      const t0 = current(name);
      const t1 = maskOne(t0, { location: "other_part", sheet: null, cell: null, part: name });
      if (t1 !== null) put(name, t0, t1);
    } else if (what.kind === "workbook") {
      if (depth >= 2) continue; // the scan reports it as unread
      let inner: XlsxMaskResult;
      try {
        inner = maskXlsx(zip.entryBytes(name), { ...ctx, onChange: undefined }, depth + 1);
      } catch {
        continue; // not a workbook after all: the scan reports it as unread
      }
      if (!inner.changes.length) continue;
      for (const c of inner.changes)
        changes.push({ ...c, location: "other_part", sheet: null, part: `${name} → ${c.part ?? c.sheet ?? ""}` });
      parts.set(name, inner.bytes);
    }
  }
}

/**
 * Sheet names holding personal data are renamed to their masked form (＊ for *, which Excel forbids in
 * sheet names), everywhere the name is used: the workbook, app properties, formulas, defined names,
 * chart series and pivot sources.
 */
function planSheetRenames(
  pkg: WorkbookPackage,
  ctx: MaskContext,
  changes: { push(c: PlacedChange): void },
  retained: XlsxMaskResult["retained"],
): Map<string, string> {
  const renames = new Map<string, string>();
  const taken = new Set(pkg.sheets.map((x) => x.name));
  for (const sh of pkg.sheets) {
    const fs = scanText(sh.name);
    if (!fs.length) continue;
    const r = maskText(sh.name, fs, { sheet: sh.name, header: null, column: null }, ctx);
    for (const x of r.retained) retained.push({ ...x, cell: null });
    if (!r.changes.length) continue;
    let name = r.text.replace(/[*:\\/?[\]]/g, "＊").slice(0, 31) || "Sheet";
    for (let n = 2; taken.has(name); n++) name = `${r.text.slice(0, 28)}(${n})`;
    taken.add(name);
    renames.set(sh.name, name);
    for (const c of r.changes)
      changes.push({ ...c, after: name, sheet: name, cell: null, location: "sheet_name", part: "xl/workbook.xml" });
  }
  return renames;
}

/** Apply the planned renames in every part that names a sheet. */
function renameSheets(
  pkg: WorkbookPackage,
  renames: Map<string, string>,
  parts: Map<string, Uint8Array | null>,
  current: (p: string) => string,
): void {
  if (!renames.size) return;
  const quote = (n: string) => `'${n.replace(/'/g, "''")}'`;
  const inFormulas = (t: string) => {
    let out = t;
    for (const [a, b] of renames)
      out = out
        .split(`${quote(a)}!`)
        .join(`${quote(b)}!`)
        .split(`${a}!`)
        .join(`${quote(b)}!`);
    return out;
  };
  for (const name of pkg.zip.entries.keys()) {
    if (!/\.xml$/i.test(name)) continue;
    const isWb = /^xl\/workbook\.xml$/i.test(name),
      isSheet = pkg.sheets.some((x) => x.part === name),
      isChart = /^xl\/charts\//i.test(name);
    const isApp = /^docProps\/app\.xml$/i.test(name),
      isPivot = /^xl\/pivotCache\/pivotCacheDefinition/i.test(name);
    if (!isWb && !isSheet && !isChart && !isApp && !isPivot) continue;
    const x0 = current(name);
    let x = x0;
    if (isWb) {
      for (const [a, b] of renames)
        x = x.replace(
          new RegExp(`(<(?:\\w+:)?sheet\\b[^>]*\\sname=")${escapeRegExp(escapeXml(a))}(")`),
          `$1${escapeXml(b)}$2`,
        );
      x = rewriteElementTexts(x, ["definedName"], (t) => (inFormulas(t) === t ? null : inFormulas(t)));
    }
    if (isSheet || isChart) x = rewriteElementTexts(x, ["f"], (t) => (inFormulas(t) === t ? null : inFormulas(t)));
    if (isApp) x = rewriteElementTexts(x, ["lpstr"], (t) => renames.get(t) ?? null);
    if (isPivot) x = rewriteAttributes(x, ["sheet"], (t) => renames.get(t) ?? null);
    if (x !== x0) parts.set(name, strToU8(x));
  }
}

/** Drop a part, the relationships that point at it and its content-type override. */
function dropPart(
  zip: ZipArchive,
  name: string,
  parts: Map<string, Uint8Array | null>,
  current: (p: string) => string,
): void {
  parts.set(name, null);
  const file = name.split("/").pop()!;
  for (const rels of ["_rels/.rels", "xl/_rels/workbook.xml.rels"]) {
    if (!zip.has(rels)) continue;
    const r0 = current(rels);
    const r1 = r0.replace(new RegExp(`<Relationship\\b[^>]*Target="[^"]*${escapeRegExp(file)}"[^>]*/>`, "g"), (m) =>
      m.includes(name.replace(/^xl\//, "")) || m.includes(name) ? "" : m,
    );
    if (r1 !== r0) parts.set(rels, strToU8(r1));
  }
  const ct0 = current("[Content_Types].xml");
  const ct1 = ct0.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(name)}"[^>]*/>`), "");
  if (ct1 !== ct0) parts.set("[Content_Types].xml", strToU8(ct1));
}
