/**
 * A mask run killed mid-write leaves no partial output: the copy appears whole (temp file + rename) or not
 * at all. A run stopped by Ctrl-C, SIGTERM or SIGHUP removes what it staged and leaves the log as it was;
 * what a run killed outright (SIGKILL) cannot clean up — its temp files, the log's lock — the next run
 * sweeps away.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook } from "../../../scripts/bench/make-workbook.js";
import { EXAMPLE, ROOT, tempDir, tuomin } from "../../helpers/cli.js";

let dir: string, input: string;
beforeAll(async () => {
  dir = tempDir();
  input = path.join(dir, "big.xlsx");
  await makeWorkbook(input, 8000);
}, 120_000);

describe("tuomin mask is atomic", () => {
  it.each([150, 600, 1200, 2000])(
    "killed after %i ms: OUT is absent or complete",
    async (ms) => {
      const out = path.join(dir, `out-${ms}.xlsx`);
      const child = spawn(
        process.execPath,
        [path.join(ROOT, "core/bin/tuomin.js"), "mask", input, "-o", out, "--key", path.join(dir, "k")],
        { stdio: "ignore" },
      );
      await new Promise((r) => setTimeout(r, ms));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("exit", r));
      if (fs.existsSync(out)) expect(Object.keys(unzipSync(fs.readFileSync(out)))).toContain("xl/workbook.xml");
      const outputs = (f: string) => f.startsWith(`out-${ms}.xlsx`) && !/\.jsonl(\.lock)?$/.test(f);
      expect(fs.readdirSync(dir).filter(outputs)).toEqual(fs.existsSync(out) ? [`out-${ms}.xlsx`] : []);
      // the next run to the same output and log takes over the stale lock and sweeps the temp files
      const again = tuomin(["mask", input, "-o", out, "--force", "--key", path.join(dir, "k")]);
      expect(again.code).toBe(0);
      expect(
        fs
          .readdirSync(dir)
          .filter((f) => f.includes(`out-${ms}.xlsx`))
          .sort(),
      ).toEqual([`out-${ms}.xlsx`, `out-${ms}.xlsx.tuomin-log.jsonl`]);
    },
    60_000,
  );
});

/** Start `tuomin mask`, wait until it is writing (its staged log exists), then send `signal`. */
async function maskAndSignal(
  out: string,
  log: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "core/bin/tuomin.js"), "mask", input, "-o", out, "--log", log, "--key", path.join(dir, "k")],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const staged = path.join(path.dirname(log), `.${path.basename(log)}.${child.pid}.tmp`);
  for (let i = 0; i < 1000 && !fs.existsSync(staged); i++) await new Promise((r) => setTimeout(r, 10));
  expect(fs.existsSync(staged)).toBe(true); // still running: the signal lands mid-run
  child.kill(signal);
  const code = await new Promise<number | null>((r) => child.on("exit", r));
  return { code, stderr };
}

describe("a mask run stopped by a signal leaves nothing and tells the user", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const)(
    "%s mid-run: exit %i, no output, no temp file, no lock, one line on stderr",
    async (signal, code) => {
      const out = path.join(dir, `sig-${signal}.xlsx`);
      const r = await maskAndSignal(out, `${out}.tuomin-log.jsonl`, signal);
      expect(r.code).toBe(code);
      expect(r.stderr).toBe("tuomin: 已中断:未写出任何文件,变更记录保持原样\n");
      expect(fs.readdirSync(dir).filter((f) => f.includes(`sig-${signal}`))).toEqual([]);
    },
    60_000,
  );

  it("an existing change log is left byte for byte as it was, and still verifies", async () => {
    const log = path.join(dir, "shared-log.jsonl");
    const key = path.join(dir, "k");
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "first.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const before = fs.readFileSync(log);
    const r = await maskAndSignal(path.join(dir, "second.xlsx"), log, "SIGTERM");
    expect(r.code).toBe(143);
    expect(fs.readFileSync(log).equals(before)).toBe(true);
    expect(
      fs.readdirSync(dir).filter((f) => f.startsWith("second") || f.startsWith(".shared-log") || f.endsWith(".lock")),
    ).toEqual([]);
    expect(tuomin(["log", "verify", log]).code).toBe(0);
  }, 60_000);
});
