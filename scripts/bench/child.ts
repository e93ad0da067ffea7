/**
 * One measured run, in its own process so peak RSS is its own: `tsx child.ts <tuomin|sheetjs|exceljs> FILE`.
 * Prints {"ms":…, "maxRssMb":…, "cells"|"findings":…} as JSON.
 */
import fs from "node:fs";

const [mode, file] = process.argv.slice(2);
const t0 = performance.now();
let extra: Record<string, number> = {};
if (mode === "tuomin") {
  const { scanBytes } = await import("@tuomin/core");
  const r = scanBytes(fs.readFileSync(file), file);
  extra = { findings: r.findings.length };
} else if (mode === "sheetjs") {
  const XLSX = (await import("xlsx")).default;
  const wb = XLSX.read(fs.readFileSync(file), { type: "buffer" });
  extra = { cells: Object.keys(wb.Sheets[wb.SheetNames[0]]).length };
} else if (mode === "exceljs") {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  extra = { rows: wb.worksheets[0].rowCount };
} else if (mode === "exceljs-rw") {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await wb.xlsx.writeFile(file + ".exceljs-copy.xlsx");
  extra = { rows: wb.worksheets[0].rowCount };
} else throw new Error(`unknown mode ${mode}`);
const ms = performance.now() - t0;
console.log(
  JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra }),
);
