import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const hasSoffice = (): boolean => spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

/** Convert workbooks' first sheets to UTF-8 CSV with LibreOffice headless (one process for all files). */
export function sofficeToCsv(files: string[], outDir: string, profileDir: string): Map<string, string> {
  const r = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profileDir}`,
      "--headless",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      outDir,
      ...files,
    ],
    { encoding: "utf8", timeout: 600_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const out = new Map<string, string>();
  for (const f of files) {
    const csv = path.join(outDir, path.basename(f).replace(/\.xls[xm]$/i, ".csv"));
    if (fs.existsSync(csv)) out.set(f, fs.readFileSync(csv, "utf8"));
  }
  return out;
}
