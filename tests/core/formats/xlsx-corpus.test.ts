/**
 * Every real-world workbook in tests/data/corpus scans without a crash, and our streaming reader reads
 * the same sheets and the same text cells as SheetJS (a second, independent reader).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { scanBytes } from "../../../core/src/index.js";
import { openWorkbook } from "../../../core/src/formats/xlsx/package.js";
import { readSharedStrings, SharedStrings } from "../../../core/src/formats/xlsx/shared-strings.js";
import { readSheet } from "../../../core/src/formats/xlsx/sheet-reader.js";
import { a1 } from "../../../core/src/_lib/a1.js";
import { CORPUS } from "../../helpers/paths.js";

const dir = CORPUS;
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();

function ourCells(bytes: Uint8Array): Map<string, Map<string, string>> {
  const pkg = openWorkbook(bytes);
  const sst = pkg.sharedStringsPart ? readSharedStrings(pkg.zip, pkg.sharedStringsPart) : new SharedStrings();
  const out = new Map<string, Map<string, string>>();
  for (const s of pkg.sheets) {
    const cells = new Map<string, string>();
    if (s.isWorksheet)
      readSheet(pkg.zip, s.part, sst, (row, cs) =>
        cs.forEach((c, col) => {
          if (c != null) cells.set(a1(col, row), typeof c === "string" ? c : c.text);
        }),
      );
    out.set(s.name, cells);
  }
  return out;
}

describe("real-world workbooks (SheetJS test files: Excel, WPS, LibreOffice, Strict OOXML)", () => {
  it("the corpus is there", () => expect(files.length).toBeGreaterThanOrEqual(70));

  it.each(files)("%s scans without a crash", (f) => {
    const r = scanBytes(fs.readFileSync(path.join(dir, f)), f);
    expect(r.sheets.length).toBeGreaterThan(0);
    for (const x of r.findings) expect(x.end).toBeGreaterThan(x.start);
  });

  it.each(files)("%s: same sheets and text cells as SheetJS", (f) => {
    const bytes = fs.readFileSync(path.join(dir, f));
    const theirs = XLSX.read(bytes, { type: "buffer", cellFormula: false, cellHTML: false, bookVBA: false });
    const ours = ourCells(bytes);
    expect([...ours.keys()]).toEqual(theirs.SheetNames);
    for (const name of theirs.SheetNames) {
      const ws = theirs.Sheets[name];
      for (const [ref, cell] of Object.entries(ws)) {
        if (ref.startsWith("!") || (cell as XLSX.CellObject).t !== "s") continue;
        const v = String((cell as XLSX.CellObject).v ?? "");
        if (v === "") continue;
        // SheetJS keeps or folds CRLF depending on the writer; compare line breaks as LF on both sides
        const lf = (x: string | undefined) => x?.replace(/\r\n/g, "\n");
        expect(lf(ours.get(name)!.get(ref)), `${name}!${ref}`).toBe(lf(v));
      }
    }
  });
});

describe("hidden and very hidden sheets are read and flagged", () => {
  it("sheet_visibility.xlsx and its Strict OOXML twin", () => {
    for (const f of ["sheet_visibility.xlsx", "sheet_visibility_strict.xlsx"]) {
      const r = scanBytes(fs.readFileSync(path.join(dir, f)), f);
      expect(r.sheets.map((s) => [s.name, s.hidden])).toEqual([
        ["Visible", false],
        ["Hidden", true],
        ["VeryHidden", true],
      ]);
    }
  });
});

describe("SharedStrings stores the table compactly and returns every string by index", () => {
  it("across batch boundaries", () => {
    const t = new SharedStrings();
    const n = 70_000;
    for (let i = 0; i < n; i++) t.push(i % 7 === 0 ? "" : `客户${i}`);
    t.seal();
    expect(t.length).toBe(n);
    for (const i of [0, 1, 65535, 65536, 65537, n - 1]) expect(t.get(i)).toBe(i % 7 === 0 ? "" : `客户${i}`);
    expect(t.get(n)).toBeUndefined();
  });
});
