/** The CLUENER2020 scorer on three hand-made lines in the set's format (the set itself is not committed). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreCluener } from "./cluener.js";

describe("scoreCluener", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cluener-")), "dev.json");
  fs.writeFileSync(
    file,
    [
      { text: "记者张伟报道，李娜介绍说这批货已到。", label: { name: { 张伟: [[2, 3]], 李娜: [[6, 7]] } } },
      { text: "红楼梦是四大名著之一。", label: { book: { 红楼梦: [[0, 2]] } } },
      { text: "Tony Liu和张伟确认了。", label: { name: { "Tony Liu": [[0, 7]], 张伟: [[9, 10]] } } },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n"),
  );
  const s = scoreCluener(file);
  it("counts Chinese-format name labels only (end offsets inclusive), and every sentence", () => {
    expect(s.sentences).toBe(3);
    expect(s.labels).toBe(3);
  });
  it("scores findings that overlap a label as found, others as false positives, Latin names as neither", () => {
    expect(s.missed).toEqual([]);
    expect(s.found).toBe(3);
    expect(s.findings).toBe(3); // Tony Liu is found but not scored; 红楼梦 is no name
    expect(s.falsePositives).toBe(0);
    expect([s.recall, s.precision]).toEqual([1, 1]);
  });
});

describe("scoreCluener on a copy kept as one JSON array (pretty-printed)", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cluener-")), "dev.json");
  fs.writeFileSync(file, JSON.stringify([{ text: "记者张伟报道。", label: { name: { 张伟: [[2, 3]] } } }], null, 2));
  it("reads the same records", () => {
    const s = scoreCluener(file);
    expect([s.sentences, s.labels, s.found]).toEqual([1, 1, 1]);
  });
});

describe("scoreCluener and references without a given name", () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cluener-")), "dev.json");
  fs.writeFileSync(file, JSON.stringify({ text: "福州高先生告诉记者。", label: {} }));
  it("counts 高先生 (flag surname_only) apart: neither a finding nor a false positive", () => {
    const s = scoreCluener(file);
    expect([s.findings, s.falsePositives, s.surnameOnly]).toEqual([0, 0, 1]);
  });
});
