import { XMLParser } from "fast-xml-parser";
import { ReadError } from "./errors.js";

/** Whether a text holds a DTD or an entity declaration, anywhere (not only near the start). */
export function hasDtd(xml: string): boolean {
  for (let i = xml.indexOf("<!"); i >= 0; i = xml.indexOf("<!", i + 2)) {
    const w = xml.slice(i + 2, i + 9).toUpperCase();
    if (w === "DOCTYPE" || w.startsWith("ENTITY")) return true;
  }
  return false;
}

/** OOXML never declares a DTD; one that does is an entity-expansion attack or not Excel's. */
export function assertNoDtd(xml: string, part: string): void {
  if (hasDtd(xml)) throw new ReadError("xml_entities", part);
}

/**
 * A DTD check for a part read chunk by chunk: each chunk is checked together with the end of the one
 * before, so a `<!DOCTYPE` cut in two is still seen.
 */
export function dtdGuard(part: string): (chunk: string) => void {
  let carry = "";
  return (chunk) => {
    // the seam (the end of the last chunk and the start of this one), then the chunk itself, uncopied
    assertNoDtd(carry + chunk.slice(0, 8), part);
    assertNoDtd(chunk, part);
    carry = chunk.slice(-8);
  };
}

/** Element text as the masker and the scanner match it: plain characters, entities, CDATA sections. */
export const ELEMENT_TEXT = String.raw`[^<]*(?:<!\[CDATA\[[\s\S]*?\]\]>[^<]*)*`;

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Excel writes control characters as _xHHHH_ inside strings. */
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

export function decodeXmlText(s: string): string {
  // CDATA sections are literal text: no entities, no markup inside
  if (s.indexOf("<![CDATA[") >= 0)
    return s
      .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
      .map((part, i) => (i % 2 ? part.slice(9, -3) : decodeXmlText(part)))
      .join("");
  if (s.indexOf("&") >= 0) {
    s = s.replace(ENTITY, (_m, hex: string, dec: string, name: string) => {
      if (name) return NAMED[name];
      const cp = hex ? parseInt(hex, 16) : Number(dec);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "";
    });
  }
  if (s.indexOf("_x") >= 0) s = s.replace(OOXML_ESCAPE, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** The text of every <t> element in an OOXML string item, rich runs joined, phonetic runs (<rPh>) left out. */
export function joinTextRuns(xml: string): string {
  // the common case, one plain run: <t>text</t> or <t xml:space="preserve">text</t>
  if (xml.charCodeAt(0) === 60 && xml.charCodeAt(1) === 116 && (xml.charCodeAt(2) === 62 || xml.charCodeAt(2) === 32)) {
    const open = xml.indexOf(">");
    const close = xml.indexOf("</t>", open);
    if (close >= 0 && close + 4 === xml.length && xml.indexOf("<", open + 1) === close)
      return decodeXmlText(xml.slice(open + 1, close));
  }
  if (xml.indexOf("<rPh") >= 0) xml = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let out = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out += m[1];
  return decodeXmlText(out);
}

/** Attributes of one start tag: `<c r="A1" t="s">` → { r: "A1", t: "s" } (namespace prefixes dropped). */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    const k = m[1].includes(":") && !m[1].startsWith("xmlns") ? m[1].slice(m[1].indexOf(":") + 1) : m[1];
    out[k] = decodeXmlText(m[2] ?? m[3]);
  }
  return out;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) =>
    [
      "sheet",
      "definedName",
      "Relationship",
      "property",
      "author",
      "comment",
      "threadedComment",
      "person",
      "Override",
      "Default",
    ].includes(name),
});

/** Parse a small part (workbook, rels, properties) into objects; names without namespace prefixes. */
export function parseSmallXml(xml: string, part: string): any {
  assertNoDtd(xml, part);
  try {
    return parser.parse(xml);
  } catch {
    throw new ReadError("corrupt_xml", part);
  }
}

/** The text content of a parsed node (fast-xml-parser gives a string, or an object with #text). */
export function nodeText(n: unknown): string {
  if (n == null) return "";
  if (typeof n === "string") return n;
  if (typeof n === "number" || typeof n === "boolean") return String(n);
  if (Array.isArray(n)) return n.map(nodeText).join("");
  if (typeof n === "object") {
    const o = n as Record<string, unknown>;
    if ("#text" in o) return nodeText(o["#text"]);
    return Object.entries(o)
      .filter(([k]) => !k.startsWith("@"))
      .map(([, v]) => nodeText(v))
      .join("");
  }
  return "";
}
