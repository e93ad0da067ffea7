import fs from "node:fs";
import path from "node:path";
import { SCANNABLE_EXTENSIONS } from "../formats/scan-file.js";

/**
 * Expand the PATH arguments: files as given (any extension: an unsupported one gets a clear error),
 * folders searched recursively for the formats `tuomin scan` reads, in a stable order. Excel's lock
 * files (~$name.xlsx) are skipped.
 */
export function collectFiles(args: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [],
    missing: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (
        e.isFile() &&
        !e.name.startsWith("~$") &&
        SCANNABLE_EXTENSIONS.some((x) => e.name.toLowerCase().endsWith(x))
      )
        files.push(p);
    }
  };
  for (const a of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, missing };
}
