/** CRC-32 (IEEE 802.3, as zip uses it), table-driven; fflate keeps its own private. */
const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** Feed chunks with `update`, read the checksum with `digest` (an unsigned 32-bit number). */
export class Crc32 {
  private c = -1;
  update(b: Uint8Array): void {
    let c = this.c;
    for (let i = 0; i < b.length; i++) c = TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
    this.c = c;
  }
  digest(): number {
    return (this.c ^ -1) >>> 0;
  }
}
