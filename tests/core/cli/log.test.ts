import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lineHash } from "../../../core/src/index.js";
import { EXAMPLE, tempDir, tuomin } from "../../helpers/cli.js";

describe("tuomin log verify / export", () => {
  let dir: string, log: string, final: string;
  beforeAll(() => {
    dir = tempDir();
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "o.xlsx"), "--key", path.join(dir, "k")]);
    log = path.join(dir, "o.xlsx.tuomin-log.jsonl");
    final = /最终哈希: ([0-9a-f]{64})/.exec(r.stdout)![1];
  });
  const variant = (f: (lines: string[]) => string[]) => {
    const p = path.join(dir, `v${Math.random().toString(36).slice(2)}.jsonl`);
    fs.writeFileSync(p, f(fs.readFileSync(log, "utf8").trimEnd().split("\n")).join("\n") + "\n");
    return p;
  };
  it("exits 0 on an intact log, with the final hash", () => {
    const r = tuomin(["log", "verify", log, "--final", final]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(final);
  });
  it.each([
    [
      "an edit",
      (l: string[]) => {
        l[5] = l[5].replace('"mask"', '"delete"');
        return l;
      },
      6,
    ],
    [
      "a re-hashed edit",
      (l: string[]) => {
        const o = JSON.parse(l[5]);
        o.after = "x";
        o.hash = lineHash(o);
        l[5] = JSON.stringify(o);
        return l;
      },
      7,
    ],
    [
      "a deletion",
      (l: string[]) => {
        l.splice(5, 1);
        return l;
      },
      6,
    ],
    [
      "a reordering",
      (l: string[]) => {
        [l[5], l[6]] = [l[6], l[5]];
        return l;
      },
      6,
    ],
    [
      "an insertion",
      (l: string[]) => {
        l.splice(5, 0, l[9]);
        return l;
      },
      6,
    ],
  ])("exits 4 naming the first bad line after %s", (_w, f, line) => {
    const r = tuomin(["log", "verify", variant(f)]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`第 ${line} 行`));
  });
  it("exits 4 on a truncated tail when given the final hash", () => {
    expect(tuomin(["log", "verify", variant((l) => l.slice(0, -3)), "--final", final]).code).toBe(4);
  });
  it("a second run appends to the chain, which still verifies", () => {
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "o2.xlsx"), "--log", log, "--key", path.join(dir, "k")]);
    expect(r.code).toBe(0);
    expect(tuomin(["log", "verify", log]).code).toBe(0);
    expect(
      fs
        .readFileSync(log, "utf8")
        .split("\n")
        .filter((l) => l.includes('"kind":"header"')),
    ).toHaveLength(1);
  });
  it("exports CSV for auditors", () => {
    const r = tuomin(["log", "export", log, "--csv"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\r\n");
    expect(rows[0].startsWith("seq,ts,actor,host,file,sheet,cell")).toBe(true);
    expect(rows.length).toBeGreaterThan(600);
  });
});
