import type { Location } from "../../model/finding.js";
import type { FileNoteKind } from "../scan-result.js";
import { decodeXmlText } from "../xml.js";
import { hyperlinkText, maskedTarget } from "./link-target.js";
import { escapeXml, rewriteAttributes, rewriteElementTexts } from "./xml-rewrite.js";

/**
 * Which texts of a part hold personal data. The scanner reads them and the masker rewrites them through
 * the same selector, so the two can never disagree on what a part holds (docs/design/ooxml-residue.md).
 */
export type TextSelector =
  /** the text of these elements (any namespace prefix; names are regex alternatives) */
  | { elements: readonly string[]; label?: string; skip?: RegExp }
  /** the values of these attributes */
  | { attributes: readonly string[]; label?: string; skip?: RegExp; sanitize?: (masked: string) => string }
  /** custom document properties: each <property name="…"> value, its name as the label */
  | { properties: true }
  /** relationships' external targets (hyperlinks of shapes and charts, linked files), read as hyperlinkText */
  | { externalTargets: true };

export interface PartRule {
  /** which zip entries (tested against the part name) */
  match: RegExp;
  location: Location;
  texts: readonly TextSelector[];
  /** remediation drops the whole part (and what points at it) instead of rewriting it */
  drop?: boolean;
  /** told to the user whenever the part is present */
  note?: FileNoteKind;
  /** applied to a part that was rewritten (e.g. ask Excel to rebuild a cache) */
  afterChange?: (xml: string) => string;
}

const PERSON = "姓名";
/** Excel's own table names (Table1, 表1): not worth scanning. */
const DEFAULT_TABLE_NAME = /^(?:Table|表)\d+$/;
/** A masked table name still has to be a valid one: letters, digits, _ and . only, not starting with a digit. */
const tableName = (s: string): string => s.replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/^(?=\d)/, "_");
/** Every element that holds plain text, for parts whose schema is anybody's. */
const ANY_ELEMENT = ["[\\w.-]+"];

/**
 * Every part of a package besides the worksheets, the shared strings, the workbook and the comments
 * they reference (read by their own code): first match wins. A part no rule matches is read as
 * "not understood" (see scanUnknownPart), never copied unread.
 */
// prettier-ignore
export const PART_RULES: readonly PartRule[] = [
  { match: /^docProps\/core\.xml$/i, location: "doc_property", texts: [
      { elements: ["creator", "lastModifiedBy"], label: PERSON },
      { elements: ["title", "subject", "keywords", "description", "category", "contentStatus", "identifier"] }] },
  { match: /^docProps\/app\.xml$/i, location: "doc_property", texts: [{ elements: ["Manager"], label: "负责人" }] },
  { match: /^docProps\/custom\.xml$/i, location: "doc_property", texts: [{ properties: true }] },
  { match: /^docProps\/thumbnail\.[^/]+$/i, location: "other_part", texts: [], drop: true, note: "thumbnail" },
  { match: /^xl\/charts\/chart[^/]*\.xml$/i, location: "chart_cache", texts: [{ elements: ["v", "t"] }] },
  { match: /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i, location: "pivot_cache",
    texts: [{ attributes: ["v"] }, { attributes: ["refreshedBy"], label: PERSON }],
    afterChange: (x) => x.replace(/<((?:\w+:)?pivotCacheDefinition)\b(?![^>]*refreshOnLoad)/, '<$1 refreshOnLoad="1"') },
  { match: /^xl\/pivotCache\/pivotCacheRecords[^/]*\.xml$/i, location: "pivot_cache", texts: [{ attributes: ["v"] }] },
  { match: /^xl\/pivotTables\/[^/]*\.xml$/i, location: "pivot_cache", texts: [{ attributes: ["n"] }] },
  { match: /^xl\/drawings\/[^/]*\.vml$/i, location: "other_part",
    texts: [{ elements: ["div", "font", "span", "p", "b", "i", "u"] }] },
  { match: /^xl\/drawings\/[^/]*\.xml$/i, location: "other_part", texts: [{ elements: ["t"] }] },
  { match: /^xl\/externalLinks\/[^/]*\.xml$/i, location: "other_part", texts: [{ elements: ANY_ELEMENT }] },
  { match: /^xl\/revisions\/[^/]*\.xml$/i, location: "other_part", texts: [{ elements: ANY_ELEMENT }],
    drop: true, note: "revisions" },
  { match: /^customXml\/item\d*\.xml$/i, location: "other_part", texts: [{ elements: ANY_ELEMENT }] },
  { match: /^xl\/persons\/[^/]*\.xml$/i, location: "comment",
    texts: [{ attributes: ["displayName"], label: PERSON }, { attributes: ["userId"] }] },
  { match: /^xl\/tables\/[^/]*\.xml$/i, location: "other_part",
    texts: [{ attributes: ["name", "displayName"], skip: DEFAULT_TABLE_NAME, sanitize: tableName }] },
  // the worksheets' own relationships are read with their cells; every other part's external targets here
  { match: /(?:^|\/)_rels\/[^/]*\.rels$/i, location: "other_part", texts: [{ externalTargets: true }] },
  { match: /(?:^|\/)vbaProject\.bin$/i, location: "other_part", texts: [], note: "macros" },
];

/**
 * Parts that hold no personal data by their nature (structure, formatting, pictures): neither read
 * nor rewritten. Pictures may show data as pixels; Tuomin does not read images.
 */
export const INERT_PARTS: readonly RegExp[] = [
  /^\[Content_Types\]\.xml$/i,
  // by folder name, wherever the workbook lives (most in xl/, some writers elsewhere)
  /(?:^|\/)styles\.xml$/i,
  /(?:^|\/)theme\/[^/]+$/i,
  /(?:^|\/)calcChain\.xml$/i,
  /(?:^|\/)metadata\.xml$/i,
  /(?:^|\/)printerSettings\/[^/]+$/i,
  /(?:^|\/)media\/[^/]+$/i,
  /^customXml\/itemProps\d*\.xml$/i,
  /(?:^|\/)vbaProjectSignature[^/]*\.bin$/i,
  /\.(?:png|jpe?g|gif|bmp|emf|wmf|tiff?|svg|ico)$/i,
];

export const ruleFor = (name: string): PartRule | undefined => PART_RULES.find((r) => r.match.test(name));
export const isInert = (name: string): boolean => INERT_PARTS.some((r) => r.test(name));

/** A text a selector found, with the label that helps recognize it. */
export interface SelectedText {
  text: string;
  label?: string;
}

/** The texts a rule's selectors pick out of a part — exactly what `rewriteSelected` would rewrite. */
export function selectTexts(xml: string, selectors: readonly TextSelector[]): SelectedText[] {
  const out: SelectedText[] = [];
  rewriteSelected(xml, selectors, (text, label) => {
    out.push(label === undefined ? { text } : { text, label });
    return null;
  });
  return out;
}

/** Rewrite every text the selectors pick out; `f` returns the new text, or null to leave it. */
export function rewriteSelected(
  xml: string,
  selectors: readonly TextSelector[],
  f: (text: string, label: string | undefined) => string | null,
): string {
  for (const sel of selectors) {
    if ("properties" in sel) {
      xml = xml.replace(
        new RegExp(String.raw`(<(?:\w+:)?property\b[^>]*\sname="([^"]*)"[^>]*>)([\s\S]*?)(</(?:\w+:)?property>)`, "g"),
        (m, open: string, name: string, body: string, close: string) => {
          const inner = rewriteElementTexts(body, ANY_ELEMENT, (t) => f(t, decodeXmlText(name)));
          return inner === body ? m : open + inner + close;
        },
      );
    } else if ("externalTargets" in sel) {
      xml = xml.replace(/<(?:\w+:)?Relationship\b[^>]*>/g, (tag) =>
        /\sTargetMode="External"/.test(tag)
          ? tag.replace(/(\sTarget=")([^"]*)(")/, (m, pre: string, value: string, post: string) => {
              const target = decodeXmlText(value);
              const next = f(hyperlinkText(target), undefined);
              return next === null ? m : pre + escapeXml(maskedTarget(target, next)) + post;
            })
          : tag,
      );
    } else if ("elements" in sel) {
      xml = rewriteElementTexts(xml, sel.elements, (t) => (sel.skip?.test(t) ? null : f(t, sel.label)));
    } else {
      xml = rewriteAttributes(xml, sel.attributes, (t) => {
        if (sel.skip?.test(t)) return null;
        const next = f(t, sel.label);
        return next === null || !sel.sanitize ? next : sel.sanitize(next);
      });
    }
  }
  return xml;
}

/** For a part no rule knows: every element's text and every attribute's value. */
export const UNKNOWN_XML: readonly TextSelector[] = [{ elements: ANY_ELEMENT }, { attributes: ["[\\w:.-]+"] }];
