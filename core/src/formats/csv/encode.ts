import iconv from "iconv-lite";
import type { TextEncodingName } from "./decode.js";

/** Encode text back into the encoding it was read in, with the BOM it had. */
export function encodeText(text: string, encoding: TextEncodingName, bom: boolean): Uint8Array {
  if (encoding === "utf-8") {
    const body = new TextEncoder().encode(text);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}
