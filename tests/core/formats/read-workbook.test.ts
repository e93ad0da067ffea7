/** readWorkbook: a whole workbook in memory, as the add-in's harness opens one. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../core/src/index.js";
import { EXAMPLE } from "../../helpers/cli.js";
import fs from "node:fs";
import path from "node:path";
import { CORPUS } from "../../helpers/paths.js";

async function book(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("客户");
  a.addRow(["姓名", "手机", "金额", "含税"]);
  a.addRow(["张三", 13912345678, 100, { formula: "C2*1.13", result: 113 }]);
  a.getCell("B2").note = "客户说晚上再打";
  const b = wb.addWorksheet("备份");
  b.state = "veryHidden";
  b.getCell("C5").value = "11010519491231002X";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbook", () => {
  it("reads every sheet with its visibility, cells by 0-based row and column, formulas with their text, comments", async () => {
    const { sheets } = readWorkbook(await book());
    expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["客户", "visible"],
      ["备份", "veryHidden"],
    ]);
    const [a, b] = sheets;
    expect(a.rows[0]).toEqual(["姓名", "手机", "金额", "含税"]);
    expect(a.rows[1][0]).toBe("张三");
    expect(a.rows[1][1]).toEqual({ text: "13912345678", numeric: true, formula: false });
    expect(a.rows[1][3]).toEqual({ text: "113", numeric: true, formula: true, f: "C2*1.13" });
    expect(a.comments).toEqual([{ row: 1, col: 1, text: "客户说晚上再打" }]);
    expect(b.rows[4][2]).toBe("11010519491231002X");
    expect(b.rows[0]).toBeUndefined();
  });

  it("counts the pivot tables and charts that cache old values", () => {
    const corpus = (f: string) => readWorkbook(new Uint8Array(fs.readFileSync(path.join(CORPUS, f))));
    expect(corpus("pivot_table_named_range.xlsx").pivotTables).toBeGreaterThan(0);
    expect(readWorkbook(new Uint8Array(fs.readFileSync(EXAMPLE)))).toMatchObject({ pivotTables: 0, charts: 0 });
  });

  it("reads the bundled example: five sheets, the hidden backup, 60 formulas", () => {
    const { sheets } = readWorkbook(new Uint8Array(fs.readFileSync(EXAMPLE)));
    expect(sheets.map((s) => s.name)).toEqual(["客户名单", "订单记录", "跟进记录", "企业客户", "备份"]);
    expect(sheets[4].visibility).toBe("hidden");
    const formulas = sheets[1].rows.flatMap((r) => r ?? []).filter((c) => typeof c === "object" && c?.formula && c.f);
    expect(formulas).toHaveLength(60);
  });
});
