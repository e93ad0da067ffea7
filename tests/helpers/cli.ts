import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { EXAMPLE, ROOT } from "./paths.js";

export { EXAMPLE, ROOT };

/** Run the built `tuomin` CLI (npm test builds it first). */
export function tuomin(
  args: string[],
  opts: {
    cwd?: string;
    /** kill it after this long (a guard against runaway work, not a measurement) */ killAfterMs?: number;
  } = {},
): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, "core/bin/tuomin.js"), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    maxBuffer: 256 << 20,
    timeout: opts.killAfterMs,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "tuomin-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
