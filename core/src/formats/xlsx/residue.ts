import { scanText } from "../../engine/scan-text.js";
import type { FileNote } from "../scan-result.js";
import type { Location, PlacedFinding } from "../../model/finding.js";
import { decodeXmlText, joinTextRuns, nodeText, parseSmallXml } from "../xml.js";
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

/** A hyperlink target as text to scan: URL-decoded, without mailto:/tel:, query separators as spaces. */
export function hyperlinkText(target: string): string {
  let text = target;
  try {
    text = decodeURIComponent(target);
  } catch {
    /* keep as written */
  }
  return text.replace(/^(mailto|tel):/i, "").replace(/[?&=#/]+/g, " ");
}

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

/** Text of every element named in `tags`, and of every attribute named in `attrs`, of one part. */
function textsOf(xml: string, tags: string[], attrNames: string[] = []): string[] {
  const out: string[] = [];
  if (tags.length) {
    const re = new RegExp(`<(?:\\w+:)?(${tags.join("|")})(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?\\1>`, "g");
    for (const m of xml.matchAll(re)) out.push(decodeXmlText(m[2]));
  }
  if (attrNames.length) {
    const re = new RegExp(`\\s(?:${attrNames.join("|")})="([^"]*)"`, "g");
    for (const m of xml.matchAll(re)) out.push(decodeXmlText(m[1]));
  }
  return out;
}

/** Document properties: creator and last editor (people), title, subject, keywords, description; app and custom properties. */
export function scanDocProps(pkg: WorkbookPackage, emit: Emit, threshold?: number): void {
  const { zip } = pkg;
  const core = zip.find("docProps/core.xml");
  if (core) {
    const xml = zip.text(core);
    parseSmallXml(xml, core);
    for (const m of xml.matchAll(
      /<(\w+):(creator|lastModifiedBy|title|subject|keywords|description|category|contentStatus)(?:\s[^>]*)?>([^<]*)<\/\1:\2>/g,
    )) {
      const person = m[2] === "creator" || m[2] === "lastModifiedBy";
      scanPlace(
        decodeXmlText(m[3]),
        { location: "doc_property", sheet: null, cell: null, part: core, label: person ? "姓名" : m[2] },
        emit,
        threshold,
      );
    }
  }
  const app = zip.find("docProps/app.xml");
  if (app) {
    const xml = zip.text(app);
    parseSmallXml(xml, app);
    for (const m of xml.matchAll(/<(?:\w+:)?(Manager)>([^<]*)<\/(?:\w+:)?Manager>/g)) {
      scanPlace(
        decodeXmlText(m[2]),
        { location: "doc_property", sheet: null, cell: null, part: app, label: "负责人" },
        emit,
        threshold,
      );
    }
  }
  const custom = zip.find("docProps/custom.xml");
  if (custom) {
    const xml = zip.text(custom);
    parseSmallXml(xml, custom);
    for (const m of xml.matchAll(/<(?:\w+:)?property\b[^>]*\sname="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?property>/g)) {
      const value = decodeXmlText(m[2].replace(/<[^>]+>/g, ""));
      scanPlace(
        value,
        { location: "doc_property", sheet: null, cell: null, part: custom, label: decodeXmlText(m[1]) },
        emit,
        threshold,
      );
    }
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

/** Parts that copy cell values or name people: charts, pivot caches and tables, drawings, external links, revisions, customXml, persons. */
export function scanOtherParts(pkg: WorkbookPackage, emit: Emit, threshold?: number): FileNote[] {
  const notes: FileNote[] = [];
  for (const name of pkg.zip.entries.keys()) {
    const at = (location: Location, texts: string[], label?: string) => {
      for (const t of texts) scanPlace(t, { location, sheet: null, cell: null, part: name, label }, emit, threshold);
    };
    if (/^xl\/charts\/chart[^/]*\.xml$/i.test(name)) at("chart_cache", textsOf(pkg.zip.text(name), ["v", "t"]));
    else if (/^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i.test(name)) {
      const xml = pkg.zip.text(name);
      at("pivot_cache", textsOf(xml, [], ["v"]));
      at("pivot_cache", textsOf(xml, [], ["refreshedBy"]), "姓名");
    } else if (/^xl\/pivotCache\/pivotCacheRecords[^/]*\.xml$/i.test(name))
      at("pivot_cache", textsOf(pkg.zip.text(name), [], ["v"]));
    else if (/^xl\/pivotTables\/[^/]*\.xml$/i.test(name)) at("pivot_cache", textsOf(pkg.zip.text(name), [], ["n"]));
    else if (/^xl\/drawings\/[^/]*\.(xml|vml)$/i.test(name)) {
      const xml = pkg.zip.text(name);
      at(
        "other_part",
        name.endsWith(".vml")
          ? [decodeXmlText(xml.replace(/<br\s*\/?>/g, "\n").replace(/<[^>]+>/g, " "))]
          : textsOf(xml, ["t"]),
      );
    } else if (/^xl\/(externalLinks|revisions)\/[^/]*\.xml$/i.test(name) || /^customXml\/item\d*\.xml$/i.test(name)) {
      at("other_part", textsOf(pkg.zip.text(name), ["v", "t", "[\\w-]+"]));
      if (/revisions/.test(name)) notes.push({ kind: "revisions", detail: name });
    } else if (/^xl\/persons\/[^/]*\.xml$/i.test(name))
      at("comment", textsOf(pkg.zip.text(name), [], ["displayName"]), "姓名");
    else if (/^xl\/tables\/[^/]*\.xml$/i.test(name))
      at(
        "other_part",
        textsOf(pkg.zip.text(name), [], ["name"]).filter((n) => !/^Table\d+$/.test(n)),
      );
    else if (/^docProps\/thumbnail\./i.test(name)) notes.push({ kind: "thumbnail", detail: name });
    else if (/vbaProject\.bin$/i.test(name)) notes.push({ kind: "macros", detail: name });
  }
  return notes;
}
