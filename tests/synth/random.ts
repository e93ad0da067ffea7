/** A small seeded PRNG (mulberry32), so generated test data is the same on every run. */
export class Rng {
  private s: number;
  constructor(seed = 20261129) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += this.int(0, 9);
    return s;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}
