import { decodeXmlText, ELEMENT_TEXT } from "../xml.js";

/** Escape text for an XML element or attribute value. */
export const escapeXml = (s: string): string =>
  s
    .replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
    .replace(
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
    );

/** Rewrite the text of every element named `tag` (any prefix) that holds plain text; `f` returns the new text or null. */
export function rewriteElementTexts(
  xml: string,
  tags: readonly string[],
  f: (text: string, tag: string) => string | null,
): string {
  const re = new RegExp(`(<(?:\\w+:)?(${tags.join("|")})(?:\\s[^>]*)?>)(${ELEMENT_TEXT})(</(?:\\w+:)?\\2>)`, "g");
  return xml.replace(re, (m, open: string, tag: string, body: string, close: string) => {
    const next = f(decodeXmlText(body), tag);
    return next === null ? m : open + escapeXml(next) + close;
  });
}

/** Rewrite the values of the named attributes; `f` returns the new value or null. */
export function rewriteAttributes(
  xml: string,
  names: readonly string[],
  f: (value: string, name: string) => string | null,
): string {
  const re = new RegExp(`(\\s(${names.join("|")})=")([^"]*)(")`, "g");
  return xml.replace(re, (m, pre: string, name: string, value: string, post: string) => {
    const next = f(decodeXmlText(value), name);
    return next === null ? m : pre + escapeXml(next) + post;
  });
}
