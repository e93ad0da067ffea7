/** A mask run killed mid-write leaves no partial output: the copy appears whole (temp file + rename) or not at all. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { makeWorkbook } from "../../../scripts/bench/make-workbook.js";
import { ROOT, tempDir } from "../../helpers/cli.js";

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
      expect(fs.readdirSync(dir).filter((f) => f.startsWith(`out-${ms}.xlsx`) && !f.endsWith(".jsonl"))).toEqual(
        fs.existsSync(out) ? [`out-${ms}.xlsx`] : [],
      );
    },
    60_000,
  );
});
