/**
 * Every real-world workbook of tests/data/corpus masks to a file that SheetJS, ExcelJS and LibreOffice
 * open, with the same sheets and every cell that held no personal data unchanged; corrupted copies give
 * a clear error, never a crash.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { maskXlsx } from "../../../core/src/formats/xlsx/mask-xlsx.js";
import { DEFAULT_POLICY, ReadError, scanBytes } from "../../../core/src/index.js";
import { EXAMPLE, tempDir } from "../../helpers/cli.js";
import { CORPUS } from "../../helpers/paths.js";
import { hasSoffice, sofficeToCsv } from "../../helpers/libreoffice.js";

const dir = CORPUS;
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();
const ctx = { policy: DEFAULT_POLICY, level: "standard" as const, pseudonymKey: new Uint8Array(32).fill(1) };
const out = tempDir("tuomin-corpus-");
const results = new Map<string, ReturnType<typeof maskXlsx>>();

beforeAll(() => {
  for (const f of files) {
    const r = maskXlsx(fs.readFileSync(path.join(dir, f)), ctx);
    results.set(f, r);
    fs.writeFileSync(path.join(out, f), r.bytes);
  }
});

describe("real-world workbooks mask to files other readers open", () => {
  it.each(files)("%s: nothing personal is left (the handover check passes)", (f) => {
    const left = scanBytes(results.get(f)!.bytes, f).findings.filter((x) => x.sensitivity !== "organization");
    expect(left.map((x) => `${x.location} ${x.part ?? ""} ${x.type}`)).toEqual([]);
  });

  it.each(files)("%s: SheetJS sees the same sheets and unchanged cells", (f) => {
    const a = XLSX.read(fs.readFileSync(path.join(dir, f)), { cellFormula: true });
    const b = XLSX.read(fs.readFileSync(path.join(out, f)), { cellFormula: true });
    expect(b.SheetNames).toEqual(a.SheetNames);
    const changed = new Set(
      results
        .get(f)!
        .changes.filter((c) => c.location === "value")
        .map((c) => `${c.sheet}!${c.cell}`),
    );
    for (const name of a.SheetNames)
      for (const [ref, cell] of Object.entries(a.Sheets[name])) {
        if (ref.startsWith("!") || changed.has(`${name}!${ref}`)) continue;
        const x = cell as XLSX.CellObject,
          y = b.Sheets[name][ref] as XLSX.CellObject | undefined;
        if (x.f) expect(y?.f, `${name}!${ref}`).toBe(x.f);
        else expect(y?.v, `${name}!${ref}`).toEqual(x.v);
      }
  });

  it.each(files)("%s: ExcelJS opens it whenever it opens the original", async (f) => {
    const load = async (p: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(fs.readFileSync(p) as unknown as ExcelJS.Buffer);
      return wb.worksheets.map((w) => w.name);
    };
    let original: string[] | null = null;
    try {
      original = await load(path.join(dir, f));
    } catch {
      /* ExcelJS cannot read some originals (e.g. Strict OOXML); nothing to compare */
    }
    if (original) expect(await load(path.join(out, f))).toEqual(original);
  });
});

describe.runIf(hasSoffice() || process.env.CI)("LibreOffice headless opens every masked workbook", () => {
  it("converts the first sheet of each to CSV, with the masked values of the example", () => {
    const ex = maskXlsx(fs.readFileSync(EXAMPLE), ctx);
    fs.writeFileSync(path.join(out, "example-masked.xlsx"), ex.bytes);
    const targets = [...files.map((f) => path.join(out, f)), path.join(out, "example-masked.xlsx")];
    const csv = sofficeToCsv(targets, path.join(out, "csv"), path.join(out, "lo-profile"));
    expect([...csv.keys()].length).toBe(targets.length);
    const first = csv.get(path.join(out, "example-masked.xlsx"))!.split("\n");
    expect(first[0]).toContain("身份证号");
    expect(first[1]).toMatch(/,"?[^,"]\*+"?,/); // the name column masked
    expect(first[1]).toMatch(/\d\*{15}[\dX]{2}/); // the ID masked
  }, 600_000);
});

describe("corrupted workbooks give a clear error, never a crash", () => {
  const original = fs.readFileSync(EXAMPLE);
  it("random byte changes and truncations (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat(original.length)),
        (flips, cut) => {
          const bytes = Uint8Array.from(original);
          for (const [i, v] of flips) bytes[i] = v;
          const input = cut === null ? bytes : bytes.subarray(0, cut);
          try {
            const r = maskXlsx(input, ctx);
            expect(r.bytes.length).toBeGreaterThan(0);
          } catch (e) {
            expect(e, String(e)).toBeInstanceOf(ReadError);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
