import { describe, expect, it } from "vitest";
import { ReadError, scanBytes } from "../../../core/src/index.js";
import {
  cfb,
  xlsMentioningEncryption,
  entityExpansion,
  inlineCell,
  minimalXlsx,
  sheet,
  sheetjsBook,
  zipBomb,
} from "../../fixtures/bad-inputs.js";
import fs from "node:fs";
import path from "node:path";

const example = fs.readFileSync(path.resolve(__dirname, "../../../examples/crm-export.xlsx"));

function reason(bytes: Uint8Array, name: string): string {
  try {
    scanBytes(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as ReadError).reason("zh") + " | " + (e as ReadError).code;
  }
  throw new Error("expected a ReadError");
}

describe("bad input gives a ReadError with a clear reason, never a crash", () => {
  it.each([
    ["not a zip", new TextEncoder().encode("客户名单,手机\n张三,13812345678\n"), "fake.xlsx", "not_zip"],
    ["a truncated zip", example.subarray(0, Math.floor(example.length / 2)), "half.xlsx", "truncated"],
    ["a zip cut inside its directory", example.subarray(0, example.length - 30), "cut.xlsx", "truncated"],
    ["an empty file", new Uint8Array(0), "empty.xlsx", "empty"],
    ["a password-protected workbook (CFB with EncryptionInfo)", cfb(true), "locked.xlsx", "encrypted"],
    ["a password-protected workbook whose CFB directory lies past 1 MiB", cfb(true, 3 << 20), "big.xlsx", "encrypted"],
    ["a legacy .xls container (CFB, a Workbook stream)", cfb(false), "old.xls", "legacy_xls"],
    ["a legacy .xls whose cells mention EncryptionInfo", xlsMentioningEncryption(), "old.xls", "legacy_xls"],
    ["a legacy .xls (real BIFF8 from SheetJS)", sheetjsBook("xls"), "old.xls", "legacy_xls"],
    ["an .xlsb (real, from SheetJS)", sheetjsBook("xlsb"), "book.xlsb", "xlsb"],
    ["an .xlsb renamed .xlsx", sheetjsBook("xlsb"), "book.xlsx", "xlsb"],
    ["XML entity expansion (billion laughs)", entityExpansion(), "lol.xlsx", "xml_entities"],
    ["a zip without a workbook", minimalXlsx(sheet(""), "<notAWorkbook/>"), "odd.xlsx", "not_workbook"],
    [
      "a sheet beyond Excel's 1,048,576 rows",
      minimalXlsx(sheet(`<row r="1048577">${inlineCell("A1048577", "x")}</row>`)),
      "long.xlsx",
      "too_many_rows",
    ],
    ["an unsupported extension", new Uint8Array([1, 2, 3]), "photo.jpg", "unsupported"],
  ])("%s", (_what, bytes, name, code) => {
    const r = reason(bytes as Uint8Array, name as string);
    expect(r.endsWith(`| ${code}`)).toBe(true);
    expect(r).not.toMatch(/\n|at .*\(/); // one line, no stack
  });

  it("stops a zip bomb early instead of inflating it", () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(2 << 20);
    const before = process.memoryUsage().rss;
    expect(reason(bomb, "bomb.xlsx")).toMatch(/bomb$/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 << 20);
  });
});

describe("edge cases that are valid scan fine", () => {
  it("a 32,767-character cell (Excel's maximum) with an ID at its end", () => {
    const long = "备注".repeat(16374) + "110101199003078670";
    expect(long.length).toBe(32766);
    const r = scanBytes(minimalXlsx(sheet(`<row r="1">${inlineCell("A1", long + "。")}</row>`)), "long-cell.xlsx");
    const f = r.findings.find((x) => x.type === "cn_resident_id")!;
    expect(f.cell).toBe("A1");
    expect(f.start).toBe(32748);
  });
  it("an empty workbook: one empty sheet, no findings", () => {
    const r = scanBytes(minimalXlsx(sheet("")), "empty-book.xlsx");
    expect(r.sheets).toEqual([{ name: "Sheet1", hidden: false, rows: 0, columns: [] }]);
    expect(r.findings).toEqual([]);
  });
});
