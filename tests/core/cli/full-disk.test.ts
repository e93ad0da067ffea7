/**
 * A disk that fills up while `tuomin mask` writes (issue 10): a real small filesystem (tmpfs), not a
 * stub. Whatever runs out — the output, the change log, the report — the run exits 2 with one line naming
 * the user's path and saying the disk is full; no partial output, no temp file is left, an existing log is
 * unchanged and still verifies, the input is untouched. Mounting needs root (CI runs as root); elsewhere
 * these tests are skipped and say so.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE, tempDir, tuomin } from "../../helpers/cli.js";

const mounts: string[] = [];

/** A fresh tmpfs of `kb` KiB, or null when this machine does not let us mount one. */
function smallDisk(kb: number): string | null {
  const dir = tempDir("tuomin-full-disk-");
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${kb}k`, "tmpfs", dir], { stdio: "ignore" });
  } catch {
    return null;
  }
  mounts.push(dir);
  return dir;
}

const canMount = process.getuid?.() === 0 && smallDisk(16) !== null;

afterAll(() => {
  for (const m of mounts) execFileSync("umount", [m]);
});

const key = () => {
  const dir = tempDir();
  const f = path.join(dir, "k");
  fs.writeFileSync(f, "ab".repeat(32) + "\n", { mode: 0o600 });
  return f;
};

describe.skipIf(!canMount)("a disk that fills up while mask writes (a real tmpfs)", () => {
  let k: string, exampleBefore: Buffer;
  beforeAll(() => {
    k = key();
    exampleBefore = fs.readFileSync(EXAMPLE);
  });
  afterAll(() => expect(fs.readFileSync(EXAMPLE).equals(exampleBefore)).toBe(true));

  it("the log runs out of room: exit 2 naming the log, nothing left on the disk", () => {
    const disk = smallDisk(64)!; // the example's log is ≈ 330 KB
    const out = path.join(disk, "out.xlsx");
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--key", k]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tuomin: ${out}.tuomin-log.jsonl: 磁盘空间不足,未写入(输入文件未改动)\n`);
    expect(fs.readdirSync(disk)).toEqual([]);
  });

  it("the output runs out of room (the log on another disk): exit 2 naming the output, no log written", () => {
    const disk = smallDisk(16)!; // the masked example is ≈ 28 KB
    const elsewhere = tempDir();
    const out = path.join(disk, "out.xlsx");
    const log = path.join(elsewhere, "changes.jsonl");
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--log", log, "--key", k, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tuomin: ${out}: no space left on the disk; nothing written (the input is unchanged)\n`);
    expect(fs.readdirSync(disk)).toEqual([]);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it("an existing log on a disk with room for only part of the next run: the log is byte for byte as it was", () => {
    const disk = smallDisk(512)!; // room for one run (≈ 360 KB), not for two
    const log = path.join(disk, "changes.jsonl");
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(disk, "a.xlsx"), "--log", log, "--key", k]).code).toBe(0);
    const before = fs.readFileSync(log);
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(disk, "b.xlsx"), "--log", log, "--key", k]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tuomin: ${log}: 磁盘空间不足,未写入(输入文件未改动)\n`);
    expect(fs.readFileSync(log).equals(before)).toBe(true);
    expect(fs.readdirSync(disk).sort()).toEqual(["a.xlsx", "changes.jsonl"]);
    expect(tuomin(["log", "verify", log]).code).toBe(0);
  });

  it("the report does not fit (on its own small disk): exit 2 naming it, neither the output nor the log committed", () => {
    const disk = smallDisk(4)!; // one page: the report (≈ 5 KB) needs two
    const elsewhere = tempDir();
    const report = path.join(disk, "r.html");
    const out = path.join(elsewhere, "out.xlsx");
    const log = path.join(elsewhere, "changes.jsonl");
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--log", log, "--key", k, "--report", report]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tuomin: ${report}: 磁盘空间不足,未写入(输入文件未改动)\n`);
    expect(fs.readdirSync(disk)).toEqual([]);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  it.each([
    ["scan --report", (d: string) => ["scan", EXAMPLE, "--report", path.join(d, "r.html")], "r.html"],
    ["log export -o", (d: string) => ["log", "export", exampleLog(), "--csv", "-o", path.join(d, "x.csv")], "x.csv"],
  ])("%s onto a full disk: exit 2, one line naming the file", (_, args, name) => {
    const disk = smallDisk(4)!;
    const r = tuomin(args(disk));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`tuomin: ${path.join(disk, name)}: 磁盘空间不足,未写入(输入文件未改动)\n`);
    expect(fs.readdirSync(disk)).toEqual([]);
  });
});

let log: string | undefined;
/** A change log of the example, made once. */
function exampleLog(): string {
  if (log) return log;
  const d = tempDir();
  log = path.join(d, "l.jsonl");
  expect(tuomin(["mask", EXAMPLE, "-o", path.join(d, "o.xlsx"), "--log", log, "--key", key()]).code).toBe(0);
  return log;
}
