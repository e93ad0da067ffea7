/**
 * An open-addressing hash table of two-UTF-16-code-unit keys (a, b), in typed arrays: the word lexicons ask
 * "is text[i..i+2) a key?" millions of times per MB of text, and a Map or Set keyed by numbers is several
 * times slower (a pair does not fit a small integer, so each lookup hashes a heap number).
 */
export class PairTable {
  private keys: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.mask = size - 1;
  }

  /** the slot of (a, b), added if absent: a dense index 0…size-1, stable until the table grows */
  insert(a: number, b: number): number {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = ((a << 16) | b) >>> 0;
    for (let s = hash(key) & this.mask; ; s = (s + 1) & this.mask) {
      if (this.keys[s] === key) return s;
      if (this.keys[s] === 0) {
        this.keys[s] = key;
        this.count++;
        return s;
      }
    }
  }

  /** the slot of (a, b), or -1 */
  find(a: number, b: number): number {
    const key = ((a << 16) | b) >>> 0;
    if (key === 0) return -1;
    for (let s = hash(key) & this.mask; ; s = (s + 1) & this.mask) {
      const k = this.keys[s]!;
      if (k === key) return s;
      if (k === 0) return -1;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Uint32Array(old.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (const k of old) if (k !== 0) this.insert(k >>> 16, k & 0xffff);
  }
}

const hash = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 15;
