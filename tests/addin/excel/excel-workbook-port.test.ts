import { verifyLog } from "@tuomin/core";
import { beforeEach, describe, expect, it } from "vitest";
import {
  ExcelWorkbookPort,
  excelText,
  fromPartXml,
  parseAddress,
} from "../../../addin/src/excel/excel-workbook-port.js";
import { LocalDetector } from "../../../addin/src/session/detection.js";
import { planChanges } from "../../../addin/src/session/plan.js";
import { readInChunks } from "../../../addin/src/session/read-chunks.js";
import { Remediation } from "../../../addin/src/session/remediation.js";
import { LOG_SHEET, scanWorkbook } from "../../../addin/src/session/scan-workbook.js";
import { FakeExcel } from "../../helpers/excel-mock.js";

const KEY = new Uint8Array(32).fill(3);

function customers(n: number): (string | number | null | { f: string; v: number | string })[][] {
  const rows: (string | number | null | { f: string; v: number | string })[][] = [
    ["姓名", "手机", "身份证号", "金额", "含税"],
  ];
  for (let i = 0; i < n; i++) {
    const phone = `1391234${String(i % 10000).padStart(4, "0")}`;
    rows.push([
      `张${"伟芳娜敏静"[i % 5]}${"一二三四五六七八九十"[i % 10]}`,
      Number(phone),
      "11010519491231002X",
      100 + i,
      { f: `D${i + 2}*1.13`, v: (100 + i) * 1.13 },
    ]);
  }
  return rows;
}

describe("ExcelWorkbookPort over office-addin-mock", () => {
  let fake: FakeExcel;
  let port: ExcelWorkbookPort;
  beforeEach(() => {
    fake = new FakeExcel();
    port = new ExcelWorkbookPort(fake.api());
  });

  it("lists sheets with their visibility and used range", async () => {
    fake.addSheet("客户", customers(3));
    fake.addSheet(
      "备份",
      [
        [null, null],
        [null, "x"],
      ],
      "VeryHidden",
    );
    fake.addSheet("空", []);
    expect(await port.listSheets()).toEqual([
      { name: "客户", visibility: "visible", top: 0, left: 0, rows: 4, cols: 5 },
      { name: "备份", visibility: "veryHidden", top: 1, left: 1, rows: 1, cols: 1 },
      { name: "空", visibility: "visible", top: 0, left: 0, rows: 0, cols: 0 },
    ]);
  });

  it("reads a block in one sync: numbers flagged, formulas flagged with their text, empty cells null", async () => {
    fake.addSheet("客户", [["a", 13912345678, true, null, { f: "A1&B1", v: "a13912345678" }]]);
    const syncs = fake.syncs;
    expect(await port.readBlock({ sheet: "客户", top: 0, left: 0, rows: 1, cols: 5 })).toEqual([
      [
        "a",
        { text: "13912345678", numeric: true },
        "TRUE",
        null,
        { text: "a13912345678", numeric: false, formula: true, f: "A1&B1" },
      ],
    ]);
    expect(fake.syncs - syncs).toBe(1);
  });

  it("reads in chunks of 5,000 rows, one sync each", async () => {
    fake.addSheet("客户", customers(11_999));
    const chunks: number[] = [];
    for await (const c of readInChunks(port, { sheet: "客户", top: 0, left: 0, rows: 12_000, cols: 5 }))
      chunks.push(c.rows.length);
    expect(chunks).toEqual([5000, 5000, 2000]);
    expect(fake.reads.map((r) => r.rows)).toEqual([5000, 5000, 2000]);
    expect(fake.syncs).toBe(3);
  });

  it("shrinks a chunk Excel refuses as too large and retries until every row is read", async () => {
    fake.addSheet("客户", customers(9_999));
    fake.limitCells = 8_000; // 1,600 rows of 5 columns
    const sizes: number[] = [];
    let rows = 0;
    for await (const c of readInChunks(
      port,
      { sheet: "客户", top: 0, left: 0, rows: 10_000, cols: 5 },
      { onShrink: (n) => sizes.push(n) },
    ))
      rows += c.rows.length;
    expect(rows).toBe(10_000);
    expect(sizes).toEqual([2500, 1250]);
    expect(fake.refused).toBe(2);
    expect(Math.max(...fake.reads.filter((r, i) => i >= 2).map((r) => r.rows))).toBe(1250);
  });

  it("a refusal at one row is an error, not an endless loop", async () => {
    fake.addSheet("客户", customers(3));
    fake.limitCells = 1;
    const read = async () => {
      for await (const _ of readInChunks(port, { sheet: "客户", top: 0, left: 0, rows: 4, cols: 5 })) void _;
    };
    await expect(read()).rejects.toThrow(/payload/i);
  });

  it("writes only the changed cells: null holes elsewhere, the text format first for numbers, previous values returned", async () => {
    fake.addSheet("客户", customers(5));
    const prev = await port.writeCells("客户", [
      { row: 1, col: 0, value: "张*" },
      { row: 3, col: 1, value: "139****0002", numberFormat: "@" },
    ]);
    expect(prev).toEqual([
      { row: 1, col: 0, value: "张伟一", numberFormat: "General" },
      { row: 3, col: 1, value: 13912340002, numberFormat: "General" },
    ]);
    expect(fake.writes).toHaveLength(1);
    const w = fake.writes[0];
    expect(w).toMatchObject({ top: 1, left: 0 });
    expect(w.values).toEqual([
      ["张*", null],
      [null, null],
      [null, "139****0002"],
    ]);
    expect(w.numberFormat).toEqual([
      [null, null],
      [null, null],
      [null, "@"],
    ]);
    expect(fake.cell("客户", 3, 1)).toEqual({ value: "139****0002", numberFormat: "@" });
    expect(fake.cell("客户", 2, 1)!.value).toBe(13912340001);
  });

  it("keeps text as text: a leading apostrophe where Excel would read a formula, a number or a date", () => {
    expect(
      ["=1+1", "+86 138****5678", "-", "@x", "2024-01-01", "1985", "12 34", "张*", "138****5678", ""].map(excelText),
    ).toEqual(["'=1+1", "'+86 138****5678", "'-", "'@x", "'2024-01-01", "'1985", "'12 34", "张*", "138****5678", ""]);
  });

  it("masking through the adapter leaves every formula as it was and logs to the 脱敏记录 sheet", async () => {
    fake.addSheet("客户", customers(300));
    const formulas = [...fake.sheet("客户").cells].filter(([, c]) => c.formula).map(([k, c]) => `${k}=${c.formula}`);
    const scan = await scanWorkbook(port, new LocalDetector(), "workbook");
    const plan = planChanges(scan, { level: "standard", byType: {}, byColumn: {} }, KEY);
    const rem = new Remediation(port, { actor: "测试员", file: "客户.xlsx", logKey: KEY });
    const r = await rem.apply(plan);
    expect(r.cells).toBe(900);
    expect([...fake.sheet("客户").cells].filter(([, c]) => c.formula).map(([k, c]) => `${k}=${c.formula}`)).toEqual(
      formulas,
    );
    // no write touched column E (the formulas)
    for (const w of fake.writes.filter((x) => x.sheet === "客户"))
      for (const row of w.values ?? []) expect(row[4 - w.left] ?? null).toBeNull();
    const log = fake.sheet(LOG_SHEET);
    expect(fake.cell(LOG_SHEET, 0, 0)).toMatchObject({ value: "时间", bold: true });
    expect(log.frozenRows).toBe(1);
    expect(fake.used(log)!.rowCount).toBe(1 + r.values);
    expect(fake.cell(LOG_SHEET, 1, 1)!.value).toBe("测试员");
    const jsonl = fake.parts
      .map((p) => fromPartXml(p.xml)!)
      .sort((a, b) => a.seq - b.seq)
      .map((p) => p.text)
      .join("");
    expect(verifyLog(jsonl, r.finalHash)).toMatchObject({ ok: true, entries: r.values });
    expect(await rem.exportLog()).toBe(jsonl);
    // undo puts values, formats, log rows and the part back
    await rem.undo();
    expect(fake.cell("客户", 1, 1)).toEqual({ value: 13912340000, numberFormat: "General" });
    expect(fake.used(log)!.rowCount).toBe(1);
    expect(fake.parts).toEqual([]);
  });

  it("appends to an existing log sheet after its last row", async () => {
    fake.addSheet(LOG_SHEET, [["时间"], ["t1"], ["t2"]]);
    await port.appendRows(LOG_SHEET, ["时间"], [["2026-11-29 10:00:00"], ["x"]]);
    expect(fake.cell(LOG_SHEET, 3, 0)!.value).toBe("2026-11-29 10:00:00");
    expect(fake.cell(LOG_SHEET, 4, 0)!.value).toBe("x");
    await port.removeLastRows(LOG_SHEET, 2);
    expect(fake.used(fake.sheet(LOG_SHEET))!.rowCount).toBe(3);
  });

  it("highlights cells and restores their previous fills, none included", async () => {
    fake.addSheet("客户", customers(2));
    fake.cell("客户", 1, 1)!.fill = "#00B0F0";
    const prev = await port.setFills("客户", [
      { row: 1, col: 0, color: "#FFF2CC" },
      { row: 1, col: 1, color: "#FFF2CC" },
    ]);
    expect(prev).toEqual([
      { row: 1, col: 0, color: null },
      { row: 1, col: 1, color: "#00B0F0" },
    ]);
    expect(fake.cell("客户", 1, 0)!.fill).toBe("#FFF2CC");
    await port.setFills("客户", prev);
    expect(fake.cell("客户", 1, 0)!.fill).toBeUndefined();
    expect(fake.cell("客户", 1, 1)!.fill).toBe("#00B0F0");
  });

  it("lists comments with their cells, counts pivot tables, refreshes them, selects a cell", async () => {
    fake.addSheet("客户 名单", customers(1));
    fake.comments.push({ sheet: "客户 名单", address: "'客户 名单'!C2", content: "客户手机 13912345678" });
    fake.pivotTables = 2;
    expect(await port.comments()).toEqual([{ sheet: "客户 名单", row: 1, col: 2, text: "客户手机 13912345678" }]);
    expect(await port.cachedObjects()).toEqual({ pivotTables: 2, charts: 0 });
    await port.refreshCachedObjects();
    expect(fake.refreshed).toBe(1);
    await port.selectCell("客户 名单", 4, 2);
    expect(fake.selected).toEqual({ sheet: "客户 名单", row: 4, col: 2 });
  });

  it("keeps the change log in custom XML parts: added, read back in order (a few per request), removed", async () => {
    fake.addSheet("客户", []);
    expect(await port.readLogParts()).toEqual([]);
    const ids: string[] = [];
    for (let i = 6; i >= 1; i--)
      ids.push(await port.addLogPart({ seq: i, keyId: "k1:abcd", text: `{"n":${i},"x":"<&>\""}\n` }));
    const before = fake.syncs;
    const parts = await port.readLogParts();
    expect(parts.map((p) => p.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parts[0]).toEqual({ id: ids[5], seq: 1, keyId: "k1:abcd", text: '{"n":1,"x":"<&>\""}\n' });
    expect(fake.syncs - before).toBe(3); // the list, then two batches of at most four parts
    await port.removeLogParts([ids[0], ids[1]]);
    expect((await port.readLogParts()).map((p) => p.seq)).toEqual([1, 2, 3, 4]);
  });

  it("parses Excel addresses, quoted sheet names included", () => {
    expect(parseAddress("Sheet1!A1")).toEqual({ sheet: "Sheet1", row: 0, col: 0 });
    expect(parseAddress("'客户''s 名单'!$AB$12")).toEqual({ sheet: "客户's 名单", row: 11, col: 27 });
    expect(parseAddress("nonsense")).toBeNull();
  });
});
