import { Inflate } from "fflate";
import { cfbStreamNames } from "../cfb/stream-names.js";
import { Crc32 } from "../../_lib/crc32.js";
import { ReadError } from "../errors.js";
import { textDecoderFor } from "./text-encoding.js";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  crc: number;
  /** where the entry's compressed data starts (after its local header) */
  dataStart: number;
}

export interface ZipLimits {
  /** most bytes one entry may inflate to (default 1 GiB) */
  maxEntryBytes: number;
  /** most bytes all entries read may inflate to together (default 4 GiB) */
  maxTotalBytes: number;
  /**
   * Once an entry has inflated to `after` bytes, the largest allowed ratio of bytes produced to bytes
   * consumed so far. Real sheets compress 5–50×, SheetJS's 57 MB string stress test 121×; deflate of
   * one repeated byte reaches ~230× at level 1 and ~1,030× at level 9.
   */
  ratioLimits: readonly { after: number; ratio: number }[];
  /**
   * An entry that declares more than `bombSize` bytes at more than `bombRatio`× its compressed size is
   * refused before anything is inflated. Declared sizes can be trusted as a bound: an entry inflating to
   * more than it declared is refused as damaged the moment it does.
   */
  bombSize: number;
  bombRatio: number;
  /** most entries a package may list (default 100,000; real workbooks have tens to a few thousand) */
  maxEntries: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntryBytes: 1 << 30,
  maxTotalBytes: 4 * 2 ** 30,
  ratioLimits: [{ after: 16 << 20, ratio: 500 }],
  bombSize: 128 << 20,
  bombRatio: 100,
  maxEntries: 100_000,
};

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;
const utf8 = new TextDecoder("utf-8");

/** Magic numbers of the containers we meet instead of a zip: CFB (encrypted OOXML, legacy .xls). */
export function sniff(bytes: Uint8Array): "zip" | "cfb" | "other" {
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)
  )
    return "zip";
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return "cfb";
  return "other";
}

/**
 * A CFB container whose directory names EncryptionInfo or EncryptedPackage is a password-protected OOXML
 * file; otherwise a legacy binary (.xls). A container too damaged to read its directory is searched
 * whole for the name.
 */
export function cfbKind(bytes: Uint8Array): "encrypted" | "legacy" {
  const names = cfbStreamNames(bytes);
  if (names) return names.some((n) => n === "EncryptionInfo" || n === "EncryptedPackage") ? "encrypted" : "legacy";
  const needle = "EncryptionInfo";
  outer: for (
    let i = bytes.indexOf(0x45);
    i >= 0 && i + needle.length * 2 <= bytes.length;
    i = bytes.indexOf(0x45, i + 1)
  ) {
    for (let k = 0; k < needle.length; k++) {
      if (bytes[i + k * 2] !== needle.charCodeAt(k) || bytes[i + k * 2 + 1] !== 0) continue outer;
    }
    return "encrypted";
  }
  return "legacy";
}

/**
 * A zip archive read from memory: the central directory is parsed up front; entries inflate on demand,
 * streamed in chunks, with caps on size and ratio so a zip bomb stops early instead of filling memory.
 */
export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_LIMITS,
  ) {
    if (bytes.length === 0) throw new ReadError("empty");
    const kind = sniff(bytes);
    if (kind === "cfb") throw new ReadError(cfbKind(bytes) === "encrypted" ? "encrypted" : "legacy_xls");
    if (kind !== "zip") throw new ReadError("not_zip");
    this.readDirectory();
  }

  private readDirectory(): void {
    const b = this.bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ReadError("truncated");
    let count = u16(b, eocd + 10);
    let cdOffset = u32(b, eocd + 16);
    if (cdOffset === 0xffffffff || count === 0xffff) {
      const loc = eocd - 20;
      if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new ReadError("truncated");
      const z64 = u64(b, loc + 8);
      if (z64 + 56 > b.length || u32(b, z64) !== 0x06064b50) throw new ReadError("truncated");
      count = u64(b, z64 + 32);
      cdOffset = u64(b, z64 + 48);
    }
    if (count > this.limits.maxEntries) throw new ReadError("too_large", `${count} entries`);
    const seen = new Set<string>();
    let declared = 0;
    let p = cdOffset;
    for (let n = 0; n < count; n++) {
      if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new ReadError("truncated");
      const flags = u16(b, p + 8),
        method = u16(b, p + 10);
      let compressedSize = u32(b, p + 20),
        size = u32(b, p + 24);
      const nameLen = u16(b, p + 28),
        extraLen = u16(b, p + 30),
        commentLen = u16(b, p + 32);
      let localOffset = u32(b, p + 42);
      const name = utf8.decode(b.subarray(p + 46, p + 46 + nameLen));
      // zip64 extended information
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = u16(b, e),
          len = u16(b, e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = u64(b, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(b, q);
            q += 8;
          }
          if (localOffset === 0xffffffff) {
            localOffset = u64(b, q);
          }
        }
        e += 4 + len;
      }
      const crc = u32(b, p + 16);
      const key = name.replace(/\\/g, "/");
      // two entries of one name: readers disagree on which one counts (Tuomin would read one, Excel or
      // LibreOffice the other), so the package is refused as ambiguous — part names are case-insensitive (OPC)
      const low = key.toLowerCase();
      if (seen.has(low)) throw new ReadError("ambiguous", key);
      seen.add(low);
      const ratio = size / Math.max(1, compressedSize);
      declared += size;
      if (size > this.limits.bombSize && ratio > this.limits.bombRatio) throw new ReadError("bomb", key);
      if (size > this.limits.maxEntryBytes || declared > this.limits.maxTotalBytes)
        throw new ReadError("too_large", key);
      this.entries.set(key, { name, method, flags, compressedSize, size, localOffset, crc, dataStart: 0 });
      p += 46 + nameLen + extraLen + commentLen;
    }
    this.checkLocalHeaders(cdOffset);
  }

  /**
   * Each central entry must point at its own local header, of the same name, and no two entries' data may
   * overlap (as Python's zipfile checks): a directory of many entries sharing one compressed stream is a
   * bomb that would otherwise inflate the same data again and again.
   */
  private checkLocalHeaders(cdOffset: number): void {
    const b = this.bytes;
    const spans: [number, number, string][] = [];
    for (const [key, e] of this.entries) {
      const lh = e.localOffset;
      if (lh + 30 > b.length || u32(b, lh) !== 0x04034b50) throw new ReadError("truncated", key);
      const nameLen = u16(b, lh + 26);
      const localName = utf8.decode(b.subarray(lh + 30, lh + 30 + nameLen));
      if (localName !== e.name) throw new ReadError("ambiguous", `${key} ≠ ${localName}`);
      e.dataStart = lh + 30 + nameLen + u16(b, lh + 28);
      const end = e.dataStart + e.compressedSize;
      if (end > b.length) throw new ReadError("truncated", key);
      spans.push([lh, end, key]);
    }
    spans.sort((x, y) => x[0] - y[0]);
    for (let i = 0; i < spans.length; i++) {
      const next = i + 1 < spans.length ? spans[i + 1][0] : cdOffset;
      if (spans[i][1] > next) throw new ReadError("bomb", `${spans[i][2]}: overlapping entries`);
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Finds an entry ignoring case (some writers differ in the case of part names). */
  find(name: string): string | undefined {
    if (this.entries.has(name)) return name;
    const low = name.toLowerCase();
    for (const k of this.entries.keys()) if (k.toLowerCase() === low) return k;
    return undefined;
  }

  /**
   * Inflate an entry, handing each chunk to `onChunk`. Throws ReadError on encryption, damage or a bomb.
   * The ratio check divides what was produced by what was consumed so far, so a bomb stops within its
   * first megabytes; the size and CRC-32 the directory declares must match what came out.
   */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) throw new ReadError("truncated", name);
    if (entry.flags & 1) throw new ReadError("encrypted");
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const crc = new Crc32();
    let produced = 0;
    let consumed = 0;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      this.inflatedTotal += chunk.length;
      if (produced > entry.size) throw new ReadError("corrupt_zip", `${name}: more data than declared`);
      if (produced > this.limits.maxEntryBytes || this.inflatedTotal > this.limits.maxTotalBytes)
        throw new ReadError("too_large", name);
      for (const { after, ratio } of this.limits.ratioLimits)
        if (produced > after && produced / Math.max(1, consumed) > ratio) throw new ReadError("bomb", name);
      crc.update(chunk);
      if (chunk.length) onChunk(chunk);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ReadError("corrupt_zip", `${name}: stored size differs`);
      consumed = data.length;
      take(data);
    } else if (entry.method === 8) {
      let ended = false;
      const inflate = new Inflate((chunk, final) => {
        take(chunk);
        if (final) ended = true;
      });
      // small steps keep one push's output (≤ ~1,000× its input for deflate) bounded
      const STEP = 1 << 14;
      try {
        for (let i = 0; i < data.length && !ended; i += STEP) {
          consumed = Math.min(data.length, i + STEP);
          inflate.push(data.subarray(i, consumed), consumed >= data.length);
        }
      } catch (err) {
        // fflate's own errors carry a numeric code; anything else came from our callback and goes on
        const fromInflater = err instanceof Error && typeof (err as { code?: unknown }).code === "number";
        if (!fromInflater) throw err;
        throw new ReadError("corrupt_zip", `${name}: deflate data damaged`);
      }
      if (!ended) throw new ReadError("truncated", name);
    } else throw new ReadError("unsupported", `${name}: compression ${entry.method}`);
    if (produced !== entry.size) throw new ReadError("corrupt_zip", `${name}: size differs from the directory`);
    if (crc.digest() !== entry.crc) throw new ReadError("corrupt_zip", `${name}: CRC-32 mismatch`);
  }

  /** The first `n` bytes of an entry (fewer if it is shorter), inflating no more than needed. */
  head(name: string, n: number): Uint8Array {
    const out = new Uint8Array(n);
    let got = 0;
    const enough = new Error("enough");
    try {
      this.stream(name, (c) => {
        const k = Math.min(n - got, c.length);
        out.set(c.subarray(0, k), got);
        got += k;
        if (got >= n) throw enough;
      });
    } catch (e) {
      if (e !== enough) throw e;
    }
    return out.subarray(0, got);
  }

  /** A whole entry's bytes. */
  entryBytes(name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let n = 0;
    this.stream(name, (c) => {
      chunks.push(c.slice());
      n += c.length;
    }); // copies: the inflater reuses its buffer
    const out = new Uint8Array(n);
    let p = 0;
    for (const c of chunks) {
      out.set(c, p);
      p += c.length;
    }
    return out;
  }

  /**
   * A whole entry as text (small parts: workbook, rels, properties), decoded by its BOM or XML declaration
   * (UTF-8, UTF-16LE/BE, …); a declaration naming another encoding is rewritten to UTF-8, so text that is
   * changed and written back (always UTF-8) stays well-formed.
   */
  text(name: string): string {
    let s = "";
    this.textChunks(name, (t) => {
      s += t;
    });
    return s;
  }

  /** A whole entry as text, chunk by chunk (large parts: sheets, shared strings); see `text`. */
  textChunks(name: string, onText: (s: string) => void): void {
    const st: { dec: TextDecoder | null; head: Uint8Array } = { dec: null, head: new Uint8Array(0) };
    const start = (bytes: Uint8Array) => {
      const d = textDecoderFor(bytes, name);
      st.dec = d.decoder;
      const s = d.decoder.decode(bytes, { stream: true });
      onText(d.declared ? s.replace(/^(\s*<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, "$1UTF-8$2") : s);
    };
    this.stream(name, (c) => {
      if (st.dec) {
        const s = st.dec.decode(c, { stream: true });
        if (s) onText(s);
        return;
      }
      // enough of the start to see a BOM and the XML declaration (copied: the inflater reuses its buffer)
      const joined = new Uint8Array(st.head.length + c.length);
      joined.set(st.head);
      joined.set(c, st.head.length);
      if (joined.length < 256) st.head = joined;
      else start(joined);
    });
    if (!st.dec) start(st.head);
    const tail = st.dec!.decode();
    if (tail) onText(tail);
  }
}
