import { Inflate } from "fflate";
import { ReadError } from "../errors.js";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipLimits {
  /** most bytes one entry may inflate to (default 1 GiB) */
  maxEntryBytes: number;
  /** most bytes all entries read may inflate to together (default 4 GiB) */
  maxTotalBytes: number;
  /** above `ratioFloor` bytes, the largest allowed inflated/compressed ratio (default 500; real sheets compress 5–50×) */
  maxRatio: number;
  ratioFloor: number;
}

export const DEFAULT_LIMITS: ZipLimits = {
  maxEntryBytes: 1 << 30,
  maxTotalBytes: 4 * 2 ** 30,
  maxRatio: 500,
  ratioFloor: 16 << 20,
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

/** A CFB container holding "EncryptionInfo" is a password-protected OOXML file; otherwise a legacy binary (.xls). */
export function cfbKind(bytes: Uint8Array): "encrypted" | "legacy" {
  const needle = "EncryptionInfo";
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i++) {
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
      this.entries.set(name.replace(/\\/g, "/"), { name, method, flags, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
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

  /** Inflate an entry, handing each chunk to `onChunk`. Throws ReadError on encryption, damage or a bomb. */
  stream(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) throw new ReadError("truncated", name);
    if (entry.flags & 1) throw new ReadError("encrypted");
    const b = this.bytes;
    const lh = entry.localOffset;
    if (lh + 30 > b.length || u32(b, lh) !== 0x04034b50) throw new ReadError("truncated", name);
    const start = lh + 30 + u16(b, lh + 26) + u16(b, lh + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) throw new ReadError("truncated", name);
    const data = b.subarray(start, end);
    let produced = 0;
    const check = (n: number) => {
      produced += n;
      this.inflatedTotal += n;
      if (produced > this.limits.maxEntryBytes || this.inflatedTotal > this.limits.maxTotalBytes)
        throw new ReadError("too_large", name);
      if (produced > this.limits.ratioFloor && produced / Math.max(1, entry.compressedSize) > this.limits.maxRatio)
        throw new ReadError("bomb", name);
    };
    if (entry.method === 0) {
      check(data.length);
      onChunk(data);
      return;
    }
    if (entry.method !== 8) throw new ReadError("unsupported", `${name}: compression ${entry.method}`);
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      check(chunk.length);
      if (chunk.length) onChunk(chunk);
      if (final) ended = true;
    });
    const STEP = 1 << 16;
    try {
      for (let i = 0; i < data.length; i += STEP)
        inflate.push(data.subarray(i, Math.min(data.length, i + STEP)), i + STEP >= data.length);
    } catch (err) {
      if (err instanceof ReadError) throw err;
      throw new ReadError("truncated", name);
    }
    if (!ended) throw new ReadError("truncated", name);
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

  /** A whole entry as text (small parts: workbook, rels, properties). */
  text(name: string): string {
    const dec = new TextDecoder("utf-8");
    let s = "";
    this.stream(name, (c) => {
      s += dec.decode(c, { stream: true });
    });
    return s + dec.decode();
  }

  /** A whole entry as text, chunk by chunk (large parts: sheets, shared strings). */
  textChunks(name: string, onText: (s: string) => void): void {
    const dec = new TextDecoder("utf-8");
    this.stream(name, (c) => {
      const s = dec.decode(c, { stream: true });
      if (s) onText(s);
    });
    const tail = dec.decode();
    if (tail) onText(tail);
  }
}
