/**
 * mask and verify agree: after `tuomin mask`, `tuomin verify` of the output finds nothing the policy should have
 * changed — on the realistic set (notes and a CRM export written independently of our rules). What the
 * standard mask keeps on purpose (李总, a birth year alone) is counted only with --strict, and the strict
 * mask leaves nothing even then.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, tuomin } from "../../helpers/cli.js";
import { REALISTIC } from "../../eval/realistic.js";
import { notesCorpus } from "../../synth/notes.js";

describe.each(["notes.csv", "crm-export.xlsx"])("mask then verify on %s", (file) => {
  const dir = tempDir();
  const input = path.join(REALISTIC, file);
  it("standard: verify passes, saying how much the mask kept on purpose", () => {
    const out = path.join(dir, `standard-${file}`);
    const m = tuomin(["mask", input, "-o", out, "--key", path.join(dir, "k")]);
    expect(m.code, m.stderr).toBe(0);
    const v = tuomin(["verify", out]);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toMatch(/另有 \d+ 处为标准脱敏有意保留/);
    expect(tuomin(["verify", out, "--strict"]).code).toBe(3);
  });
  it("strict: verify --strict passes", () => {
    const out = path.join(dir, `strict-${file}`);
    expect(tuomin(["mask", input, "-o", out, "--level", "strict", "--key", path.join(dir, "k")]).code).toBe(0);
    const v = tuomin(["verify", out, "--strict"]);
    expect(v.code, v.stdout).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});

/**
 * The same on the synthetic CRM notes (tests/synth), a note per row and all of them in one cell: what a mask
 * leaves (云LF****8, 北戴河新区********) must not read as something new, and a long cell is masked whole.
 */
describe("mask then verify on generated notes", () => {
  const dir = tempDir();
  const { lines } = notesCorpus(300_000, 11);
  const clean = lines.map((l) => l.replace(/[\r\n",]/g, " "));
  const files = {
    "a note per row": ["备注", ...clean].join("\n") + "\n",
    "all notes in one cell": `备注\n"${clean.join(" ")}"\n`,
  };
  it.each(Object.entries(files))("%s: verify passes", (name, csv) => {
    const input = path.join(dir, `${name}.csv`);
    fs.writeFileSync(input, csv);
    const out = path.join(dir, `masked-${name}.csv`);
    const m = tuomin(["mask", input, "-o", out, "--key", path.join(dir, "k")]);
    expect(m.code, m.stderr).toBe(0);
    const v = tuomin(["verify", out]);
    expect(v.code, v.stdout).toBe(0);
  });
});
