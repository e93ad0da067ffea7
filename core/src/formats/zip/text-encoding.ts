import { ReadError } from "../errors.js";

/**
 * The decoder for a part's bytes, chosen as an XML reader does (XML 1.0 appendix F): a byte-order mark
 * first, then the byte pattern of `<?xml` in UTF-16 without a BOM, then the declaration's `encoding`.
 * `declared` is true when the text was not UTF-8, so its declaration must be rewritten if written back.
 */
export function textDecoderFor(head: Uint8Array, part: string): { decoder: TextDecoder; declared: boolean } {
  const [a, b, c, d] = head;
  const make = (label: string) => ({ decoder: new TextDecoder(label, { fatal: false }), declared: true });
  if (a === 0xef && b === 0xbb && c === 0xbf) return { decoder: new TextDecoder("utf-8"), declared: false };
  if (a === 0xff && b === 0xfe) return make("utf-16le");
  if (a === 0xfe && b === 0xff) return make("utf-16be");
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return make("utf-16le");
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return make("utf-16be");
  // ASCII-compatible: the declaration, if any, names the encoding
  const decl = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
    String.fromCharCode(...head.subarray(0, 200)),
  );
  const label = decl?.[1].toLowerCase();
  if (!label || label === "utf-8" || label === "utf8") return { decoder: new TextDecoder("utf-8"), declared: false };
  // UTF-16 declared but bytes that are ASCII-compatible: a mislabelled part; read it as UTF-8, as Excel does
  if (label.startsWith("utf-16")) return { decoder: new TextDecoder("utf-8"), declared: true };
  try {
    return make(label);
  } catch {
    throw new ReadError("corrupt_xml", `${part}: encoding ${label}`);
  }
}
