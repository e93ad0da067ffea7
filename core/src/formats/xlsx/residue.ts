import { scanText } from "../../engine/scan-text.js";
import type { FileNote } from "../scan-result.js";
import type { Location, PlacedFinding } from "../../model/finding.js";
import { assertNoDtd, decodeXmlText, joinTextRuns, nodeText, parseSmallXml } from "../xml.js";
import { textDecoderFor } from "../zip/text-encoding.js";
import { isInert, ruleFor, selectTexts, UNKNOWN_XML, type PartRule, type SelectedText } from "./part-rules.js";
import { hyperlinkText } from "./link-target.js";
import { readRels, relsPartOf, type WorkbookPackage } from "./package.js";

/** Where a text sits in the package. */
export interface Place {
  location: Location;
  sheet: string | null;
  cell: string | null;
  part?: string;
  label?: string;
}

export type Emit = (f: PlacedFinding) => void;

/** Scan one text found somewhere in the package and emit its findings with their place. */
export function scanPlace(text: string, place: Place, emit: Emit, threshold?: number): void {
  if (!text || !text.trim()) return;
  for (const f of scanText(text, { label: place.label ?? null, threshold })) {
    emit({
      ...f,
      sheet: place.sheet,
      cell: place.cell,
      location: place.location,
      ...(place.part ? { part: place.part } : {}),
    });
  }
}

const firstCell = (sqref: string): string | null =>
  /^\$?([A-Z]{1,3})\$?(\d+)/.exec(sqref.trim()) ? sqref.trim().split(/[\s:]/)[0].replace(/\$/g, "") : null;

/** Header/footer codes (&L &C &R &P &N &D &T &A &F &"font" &12) are not text. */
const stripHeaderCodes = (s: string): string => s.replace(/&"[^"]*"|&\d+|&[LCRPNDTAFGBIUESXY&KH]/g, " ");

/** Residue inside a worksheet's XML after its cells: header/footer, data-validation lists, hyperlinks. */
export function scanSheetTail(
  pkg: WorkbookPackage,
  sheet: string,
  part: string,
  tail: string,
  emit: Emit,
  threshold?: number,
): void {
  for (const m of tail.matchAll(
    /<(?:\w+:)?(oddHeader|oddFooter|evenHeader|evenFooter|firstHeader|firstFooter)>([\s\S]*?)<\/(?:\w+:)?\1>/g,
  )) {
    scanPlace(
      stripHeaderCodes(decodeXmlText(m[2])),
      { location: "header_footer", sheet, cell: null, part },
      emit,
      threshold,
    );
  }
  for (const m of tail.matchAll(/<(?:\w+:)?dataValidation\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?dataValidation>/g)) {
    const sq = /sqref="([^"]*)"/.exec(m[1])?.[1] ?? "";
    const f1 = /<(?:\w+:)?formula1>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(m[2])?.[1];
    if (!f1) continue;
    const literal = /^"([\s\S]*)"$/.exec(decodeXmlText(f1).trim());
    if (!literal) continue;
    // a list literal "张三,李四": each item is scanned as its own value
    for (const item of literal[1].split(","))
      scanPlace(item, { location: "data_validation", sheet, cell: firstCell(sq), part }, emit, threshold);
  }
  const links = [...tail.matchAll(/<(?:\w+:)?hyperlink\b([^>]*)\/?>/g)];
  if (!links.length) return;
  const rels = new Map(readRels(pkg.zip, part).map((r) => [r.id, r]));
  for (const m of links) {
    const ref = /\sref="([^"]*)"/.exec(m[1])?.[1] ?? null;
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(m[1])?.[1];
    const rel = id ? rels.get(id) : undefined;
    const location = /\slocation="([^"]*)"/.exec(m[1])?.[1];
    const target = rel?.external ? rel.target : location ? decodeXmlText(location) : "";
    if (!target) continue;
    scanPlace(
      hyperlinkText(target),
      { location: "other_part", sheet, cell: ref ? firstCell(ref) : null, part: relsPartOf(part) },
      emit,
      threshold,
    );
  }
}

/** One comment's text (legacy note or threaded comment) or a comment author, with its cell and part. */
export interface CommentText {
  cell: string | null;
  text: string;
  part: string;
  author?: true;
}

/** Comments of a sheet (legacy notes and threaded) and their authors. */
export function sheetComments(pkg: WorkbookPackage, sheetPart: string): CommentText[] {
  const { zip } = pkg;
  const out: CommentText[] = [];
  for (const rel of readRels(zip, sheetPart)) {
    if (rel.external || !zip.has(rel.target)) continue;
    if (/\/comments$/.test(rel.type)) {
      const xml = zip.text(rel.target);
      const doc = parseSmallXml(xml, rel.target)?.comments;
      for (const a of [].concat(doc?.authors?.author ?? []))
        out.push({ cell: null, text: nodeText(a), part: rel.target, author: true });
      for (const m of xml.matchAll(/<(?:\w+:)?comment\b[^>]*\sref="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
        out.push({ cell: firstCell(m[1]), text: joinTextRuns(m[2]), part: rel.target });
      }
    } else if (/\/threadedComment$/.test(rel.type)) {
      const xml = zip.text(rel.target);
      for (const m of xml.matchAll(
        /<(?:\w+:)?threadedComment\b[^>]*\sref="([^"]+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?threadedComment>/g,
      )) {
        const t = /<(?:\w+:)?text>([\s\S]*?)<\/(?:\w+:)?text>/.exec(m[2])?.[1] ?? "";
        out.push({ cell: firstCell(m[1]), text: decodeXmlText(t), part: rel.target });
      }
    }
  }
  return out;
}

/** Comments (legacy notes and threaded), their authors and the people list. */
export function scanComments(
  pkg: WorkbookPackage,
  sheet: string,
  sheetPart: string,
  emit: Emit,
  threshold?: number,
): void {
  for (const c of sheetComments(pkg, sheetPart)) {
    scanPlace(
      c.text,
      { location: "comment", sheet, cell: c.cell, part: c.part, ...(c.author ? { label: "姓名" } : {}) },
      emit,
      threshold,
    );
  }
}

/** Workbook-level names: sheet names, defined names (constants can hold a phone), shared-workbook user. */
export function scanWorkbookNames(pkg: WorkbookPackage, emit: Emit, threshold?: number): void {
  for (const s of pkg.sheets) scanPlace(s.name, { location: "sheet_name", sheet: s.name, cell: null }, emit, threshold);
  for (const d of pkg.definedNames) {
    const sheet = d.sheetIndex !== null ? (pkg.sheets[d.sheetIndex]?.name ?? null) : null;
    scanPlace(
      d.name.replace(/_/g, " "),
      { location: "defined_name", sheet, cell: null, part: "xl/workbook.xml" },
      emit,
      threshold,
    );
    // formulas and references (Sheet1!$A$1:$B$9) hold no personal data; string constants may
    for (const lit of d.value.matchAll(/"((?:[^"]|"")*)"/g))
      scanPlace(lit[1], { location: "defined_name", sheet, cell: null, part: "xl/workbook.xml" }, emit, threshold);
    if (/^\s*[\d+][\d\s+-]{6,}$/.test(d.value))
      scanPlace(d.value, { location: "defined_name", sheet, cell: null, part: "xl/workbook.xml" }, emit, threshold);
  }
  if (pkg.fileSharingUser)
    scanPlace(
      pkg.fileSharingUser,
      { location: "other_part", sheet: null, cell: null, part: "xl/workbook.xml", label: "姓名" },
      emit,
      threshold,
    );
}

/**
 * The parts read by their own code: the workbook, its worksheets, the shared strings and the comments
 * the worksheets point at. Every other part goes through PART_RULES or is read as not understood.
 */
export function ownParts(pkg: WorkbookPackage): Set<string> {
  const own = new Set<string>([pkg.workbookPart]);
  if (pkg.sharedStringsPart) own.add(pkg.sharedStringsPart);
  for (const s of pkg.sheets) {
    if (!s.isWorksheet) continue;
    own.add(s.part);
    // its hyperlinks are read and removed with the sheet's cells
    const rels = pkg.zip.find(relsPartOf(s.part));
    if (rels) own.add(rels);
    for (const rel of readRels(pkg.zip, s.part))
      if (!rel.external && /\/(?:comments|threadedComment)$/.test(rel.type)) own.add(rel.target);
  }
  return own;
}

/**
 * A part's XML as scan and mask both take it: document properties are small and parsed whole (a
 * malformed or hostile one is refused); other parts are checked for a DTD anywhere in them.
 */
export function readPart(xml: string, name: string): string {
  if (/^docProps\//i.test(name)) parseSmallXml(xml, name);
  else assertNoDtd(xml, name);
  return xml;
}

/** What a part is, for scanning and masking alike. */
export type PartKind =
  | { kind: "own" }
  | { kind: "inert" }
  | { kind: "rule"; rule: PartRule }
  | { kind: "workbook" }
  | { kind: "xml" }
  | { kind: "text" }
  | { kind: "binary" };

const EMBEDDED_WORKBOOK = /\.(?:xlsx|xlsm)$/i;

/** How a part is read and remediated (looked at in this order: own code, inert, a rule, its content). */
export function partKind(pkg: WorkbookPackage, own: Set<string>, name: string): PartKind {
  if (own.has(name)) return { kind: "own" };
  if (isInert(name)) return { kind: "inert" };
  const rule = ruleFor(name);
  if (rule) return { kind: "rule", rule };
  const head = pkg.zip.head(name, 512);
  if (EMBEDDED_WORKBOOK.test(name) || (head[0] === 0x50 && head[1] === 0x4b)) return { kind: "workbook" };
  const t = textDecoderFor(head, name).decoder.decode(head);
  if (/^\s*</.test(t.replace(/^\ufeff/, ""))) return { kind: "xml" };
  // text if nothing in its start is a control character other than tab and line breaks
  return /[\u0000-\u0008\u000e-\u001f]/.test(t) ? { kind: "binary" } : { kind: "text" };
}

export interface PartScanHooks {
  /** scan an embedded workbook's bytes, emitting its findings (placed in the embedding part) */
  embedded: (bytes: Uint8Array, part: string, emit: Emit) => FileNote[];
}

/**
 * Every part besides the package's own: document properties, charts, pivot caches, drawings, external
 * links, revisions, customXml, persons, tables — and any part Tuomin has no rule for, read as well as it
 * can be (XML texts and attribute values, plain text, an embedded workbook recursively). A part that
 * cannot be read at all is reported (`unread_part`), so a handover check never passes it silently.
 */
export function scanParts(pkg: WorkbookPackage, hooks: PartScanHooks, emit: Emit, threshold?: number): FileNote[] {
  const notes: FileNote[] = [];
  const own = ownParts(pkg);
  for (const name of pkg.zip.entries.keys()) {
    if (name.endsWith("/")) continue; // a folder entry
    const what = partKind(pkg, own, name);
    const at = (location: Location, texts: SelectedText[]) => {
      for (const t of texts)
        scanPlace(t.text, { location, sheet: null, cell: null, part: name, label: t.label }, emit, threshold);
    };
    switch (what.kind) {
      case "own":
      case "inert":
        break;
      case "rule": {
        const { rule } = what;
        if (rule.note) notes.push({ kind: rule.note, detail: name });
        if (!rule.texts.length) break;
        at(rule.location, selectTexts(readPart(pkg.zip.text(name), name), rule.texts));
        break;
      }
      case "xml": {
        at("other_part", selectTexts(readPart(pkg.zip.text(name), name), UNKNOWN_XML));
        break;
      }
      case "text":
        at("other_part", [{ text: pkg.zip.text(name) }]);
        break;
      case "workbook":
        notes.push(...hooks.embedded(pkg.zip.entryBytes(name), name, emit));
        break;
      case "binary":
        notes.push({ kind: "unread_part", detail: name });
    }
  }
  return notes;
}
