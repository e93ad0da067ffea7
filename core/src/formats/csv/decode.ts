export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * Decode a text file the way staff receive them: UTF-8 with or without BOM, UTF-16 (BOM, or the zero
 * bytes of mostly-ASCII text), else GB18030 — what Excel in a Chinese locale writes for "CSV" (a superset
 * of GBK and GB2312). UTF-8 is tried strictly first: valid UTF-8 is almost never meant as GBK.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenZero = 0,
    oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  if (n >= 4 && oddZero > n / 8 && evenZero < n / 64)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le", bom: false };
  if (n >= 4 && evenZero > n / 8 && oddZero < n / 64)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be", bom: false };
  // mostly-Chinese UTF-16 without a BOM has few zero bytes: judge it by what its code units would be
  if (n >= 16 && utf16Plausibility(bytes, n, 0) >= 0.9)
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le", bom: false };
  if (n >= 16 && utf16Plausibility(bytes, n, 1) >= 0.9)
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be", bom: false };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030", bom: false };
  }
}

/**
 * The share of the first `n` bytes' 16-bit units (the low byte at offset `lowAt`: 0 little-endian,
 * 1 big-endian) that a Chinese table would hold: printable ASCII, tab and line breaks, CJK ideographs,
 * CJK punctuation, full-width forms. UTF-8 or GB18030 bytes read as UTF-16 score about a third.
 */
function utf16Plausibility(bytes: Uint8Array, n: number, lowAt: 0 | 1): number {
  let ok = 0;
  for (let i = 0; i < n; i += 2) {
    const u = bytes[i + lowAt] | (bytes[i + 1 - lowAt] << 8);
    if (
      (u >= 0x20 && u <= 0x7e) ||
      u === 0x09 ||
      u === 0x0a ||
      u === 0x0d ||
      (u >= 0x4e00 && u <= 0x9fff) ||
      (u >= 0x3000 && u <= 0x303f) ||
      (u >= 0xff00 && u <= 0xffef)
    )
      ok++;
  }
  return ok / (n / 2);
}
