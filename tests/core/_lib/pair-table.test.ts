/** PairTable, PairSet and the word index: two-character keys looked up in place, the longest word first. */
import { describe, expect, it } from "vitest";
import { PairTable } from "../../../core/src/_lib/pair-table.js";
import { indexByFirstChar, PairSet, wordAt } from "../../../core/src/data/place-names.js";

describe("PairTable", () => {
  it("finds what was inserted, at a stable slot, and nothing else — also after growing", () => {
    const t = new PairTable(2);
    const pairs = Array.from({ length: 5000 }, (_, k) => [0x4e00 + (k % 97), 0x4e00 + Math.floor(k / 97)] as const);
    const slots = pairs.map(([a, b]) => t.insert(a, b));
    expect(new Set(slots.map((_, k) => t.find(...pairs[k]!))).size).toBe(5000);
    for (const [a, b] of pairs) expect(t.find(a, b)).toBeGreaterThanOrEqual(0);
    expect(t.find(0x4e00, 0x9fff)).toBe(-1);
    expect(t.find(0, 0)).toBe(-1);
    expect(t.insert(...pairs[7]!)).toBe(t.find(...pairs[7]!));
  });
});

describe("PairSet", () => {
  const s = new PairSet("代理周转");
  it.each([
    ["律师代理本案", 2, true],
    ["资金周转", 2, true],
    ["资金周转", 1, false],
    ["代", 0, false],
    ["代理", -1, false],
  ] as const)("%s at %i: %s", (text, i, want) => expect(s.has(text, i)).toBe(want));
});

describe("wordAt", () => {
  const index = indexByFirstChar(["张家", "张家港", "张家港市", "江苏"]);
  it.each([
    ["张家港市保税区", 0, "张家港市"],
    ["张家港保税区", 0, "张家港"],
    ["张家口", 0, "张家"],
    ["在江苏", 1, "江苏"],
    ["在江苏", 2, ""],
    ["江", 0, ""],
  ] as const)("%s at %i → %s", (text, i, want) => expect(wordAt(index, text, i)).toBe(want));
});
