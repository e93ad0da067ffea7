/**
 * What a CFB (OLE2 compound file) container holds, by the names in its directory — enough to tell a
 * password-protected OOXML workbook (EncryptionInfo, EncryptedPackage) from a legacy binary .xls. The
 * directory is found through the header and the FAT (MS-CFB §2.2–2.6) wherever it lies in the file; every
 * chain is bounded and checked, so a hostile container cannot loop or read out of range.
 */

const FREE_OR_END = 0xfffffffa; // sector numbers from here up are markers (end of chain, free, FAT, DIFAT)
const HEADER_DIFAT = 109;

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

/** The names of the storages and streams in a CFB container's directory, or null if it is malformed. */
export function cfbStreamNames(b: Uint8Array): string[] | null {
  if (b.length < 512) return null;
  const shift = u16(b, 0x1e);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const sectors = Math.floor(b.length / size) - 1;
  /** where a whole sector starts (sector 0 follows the header) */
  const at = (s: number): number | null => (s < sectors ? (s + 1) * size : null);
  // the FAT's own sectors: 109 in the header, then the DIFAT chain
  const fatCount = u32(b, 0x2c);
  if (fatCount > sectors) return null;
  const fat: number[] = [];
  for (let i = 0; i < HEADER_DIFAT && fat.length < fatCount; i++) fat.push(u32(b, 0x4c + i * 4));
  const perSector = size / 4;
  const seen = new Set<number>();
  for (let d = u32(b, 0x44); fat.length < fatCount && d < FREE_OR_END; d = u32(b, at(d)! + size - 4)) {
    if (seen.has(d) || at(d) === null) return null;
    seen.add(d);
    const o = at(d)!;
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(u32(b, o + i * 4));
  }
  if (fat.length < fatCount) return null;
  const next = (s: number): number | null => {
    const fs = fat[Math.floor(s / perSector)];
    const o = fs === undefined ? null : at(fs);
    return o === null ? null : u32(b, o + (s % perSector) * 4);
  };
  // the directory: 128-byte entries along its chain
  const names: string[] = [];
  const visited = new Set<number>();
  for (let s: number | null = u32(b, 0x30); s !== null && s < FREE_OR_END; s = next(s)) {
    const o = at(s);
    if (o === null || visited.has(s)) return null;
    visited.add(s);
    for (let e = o; e < o + size; e += 128) {
      const len = u16(b, e + 0x40);
      const type = b[e + 0x42];
      if (type === 0 || len < 2 || len > 64) continue; // unused entry
      let name = "";
      for (let i = 0; i < len / 2 - 1; i++) name += String.fromCharCode(u16(b, e + i * 2));
      names.push(name);
    }
  }
  return names;
}
