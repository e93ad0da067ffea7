/**
 * A mask run killed mid-write leaves no partial output: the copy appears whole (temp file + rename) or not
 * at all. What a killed run cannot clean up (its temp files, the log's lock) the next run sweeps away.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook } from "../../../scripts/bench/make-workbook.js";
import { ROOT, tempDir, tuomin } from "../../helpers/cli.js";

describe("tuomin mask is atomic", () => {
  let dir: string, input: string;
  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, "big.xlsx");
    await makeWorkbook(input, 8000);
  }, 120_000);

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
