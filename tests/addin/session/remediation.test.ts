import { readFileSync } from "node:fs";
import { DEFAULT_THRESHOLD, scanText, verifyLog, type WorkbookPort } from "@tuomin/core";
import { beforeEach, describe, expect, it } from "vitest";
import { LocalDetector } from "../../../addin/src/session/detection.js";
import { planChanges, previewPairs, type Choices } from "../../../addin/src/session/plan.js";
import { Remediation } from "../../../addin/src/session/remediation.js";
import { LOG_SHEET, scanWorkbook } from "../../../addin/src/session/scan-workbook.js";
import { MemoryWorkbook } from "../../../addin/src/harness/memory-workbook.js";

const EXAMPLE = readFileSync(new URL("../../../examples/crm-export.xlsx", import.meta.url));
const KEY = new Uint8Array(32).fill(7);
const PKEY = new Uint8Array(32).fill(9);
const STANDARD: Choices = { level: "standard", byType: {}, byColumn: {} };

function open(): MemoryWorkbook {
  return MemoryWorkbook.fromXlsx(EXAMPLE, "crm-export.xlsx");
}
const snapshot = (wb: MemoryWorkbook) => JSON.stringify(wb.sheets.filter((s) => s.name !== LOG_SHEET));
const allText = (wb: MemoryWorkbook) =>
  wb.sheets.flatMap((s) => s.rows.flatMap((r) => (r ?? []).map((c) => (c ? String(c.value) : ""))));

describe("scanWorkbook over a WorkbookPort", () => {
  it("scans every sheet, hidden ones marked, columns sensitive first", async () => {
    const wb = open();
    const scan = await scanWorkbook(wb, new LocalDetector(), "workbook");
    expect(scan.sheets.map((s) => s.name)).toEqual(["客户名单", "订单记录", "跟进记录", "企业客户", "备份"]);
    const customers = scan.sheets[0];
    expect(customers.columns[0].type).toBe("cn_resident_id");
    expect(customers.columns.map((c) => `${c.letter}:${c.type}`)).toEqual(
      expect.arrayContaining(["B:person_name", "D:cn_resident_id", "E:phone_mobile", "F:email", "G:address"]),
    );
    expect(customers.columns.find((c) => c.letter === "E")!.counts.phone_mobile).toBe(60);
    const backup = scan.sheets[4];
    expect(backup.visibility).toBe("hidden");
    expect(backup.hits.every((h) => h.findings.every((f) => f.flags.includes("hidden_sheet")))).toBe(true);
    expect(scan.damagedNumbers).toBeGreaterThan(0);
    expect(scan.totals[0].type).toBe("cn_resident_id");
  });

  it("scans only the selection, clipped to the used range", async () => {
    const wb = open();
    wb.selected = { sheet: "客户名单", top: 0, left: 4, rows: 1_048_576, cols: 1 };
    const scan = await scanWorkbook(wb, new LocalDetector(), "selection");
    expect(scan.sheets).toHaveLength(1);
    expect(scan.sheets[0].block).toEqual({ sheet: "客户名单", top: 0, left: 4, rows: 61, cols: 1 });
    expect(new Set(scan.sheets[0].hits.map((h) => h.col))).toEqual(new Set([4]));
    expect(scan.sheets[0].hits).toHaveLength(60);
  });

  it("shrinks a refused read and still scans every row", async () => {
    const wb = new MemoryWorkbook(open().sheets, "x.xlsx", 4_000);
    const shrinks: number[] = [];
    const scan = await scanWorkbook(wb, new LocalDetector(), "sheet", { onShrink: (n) => shrinks.push(n) });
    expect(shrinks.length).toBeGreaterThan(0);
    expect(wb.stats.refused).toBe(shrinks.length);
    expect(scan.sheets[0].hits.filter((h) => h.col === 4)).toHaveLength(60);
  });

  it("stops when cancelled", async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(scanWorkbook(open(), new LocalDetector(), "workbook", { signal: ctl.signal })).rejects.toThrow();
  });
});

describe("Remediation: apply, log, undo", () => {
  let wb: MemoryWorkbook;
  let port: WorkbookPort;
  beforeEach(() => {
    wb = open();
    port = wb;
  });

  it("masks every personal value, keeps formulas, fills the 脱敏记录 sheet and a verifiable log", async () => {
    const scan = await scanWorkbook(port, new LocalDetector(), "workbook");
    const originals = scan.sheets.flatMap((s) =>
      s.hits
        .filter((h) => !h.formula)
        .flatMap((h) => h.findings.filter((f) => f.sensitivity !== "organization").map((f) => f.text)),
    );
    const formulasBefore = wb.sheet("订单记录").rows.map((r) => r?.[7]?.formula);
    const plan = planChanges(scan, STANDARD, PKEY);
    const r = await new Remediation(port, { actor: "小李", file: "crm-export.xlsx", logKey: KEY }).apply(plan);
    expect(r.cells).toBe(plan.cells.length);
    expect(r.skipped).toBe(0);
    // formulas untouched
    expect(wb.sheet("订单记录").rows.map((r) => r?.[7]?.formula)).toEqual(formulasBefore);
    expect(formulasBefore.filter(Boolean)).toHaveLength(60);
    // nothing personal is left in any value (the log sheet included)
    const texts = allText(wb).join("\n");
    for (const o of originals) expect(texts).not.toContain(o);
    const left = wb.sheets
      .filter((s) => s.name !== LOG_SHEET)
      .flatMap((s) =>
        s.rows.flatMap((row) =>
          (row ?? []).flatMap((c) =>
            c && !c.formula ? scanText(String(c.value), { threshold: DEFAULT_THRESHOLD }) : [],
          ),
        ),
      )
      .filter((f) => f.sensitivity !== "organization");
    expect(left.map((f) => `${f.type}:${f.text}`)).toEqual([]);
    // masked numbers became text cells
    const damaged = wb
      .sheet("备份")
      .rows.flatMap((row) => row ?? [])
      .filter((c) => c?.numberFormat === "@");
    expect(damaged.length).toBeGreaterThan(0);
    // the log sheet: header + one row per entry, no original
    const log = wb.sheet(LOG_SHEET);
    expect(log.rows[0]!.map((c) => c!.value)).toEqual([
      "时间",
      "操作人",
      "工作表",
      "单元格",
      "类型",
      "操作",
      "脱敏前(已遮盖)",
      "脱敏后",
      "序号",
    ]);
    expect(log.rows.length - 1).toBe(r.values);
    expect(log.rows[1]![1]!.value).toBe("小李");
    // the JSONL log in the data part verifies, holds no original, and ends with the reported hash
    const v = verifyLog(wb.logText(), r.finalHash);
    expect(v).toMatchObject({ ok: true, entries: r.values });
    for (const o of originals) expect(wb.logText()).not.toContain(o);
  });

  it("undo restores every cell, its number format, and removes the log rows and entries", async () => {
    const before = snapshot(wb);
    const scan = await scanWorkbook(port, new LocalDetector(), "workbook");
    const rem = new Remediation(port, { actor: "小李", file: "crm-export.xlsx", logKey: KEY });
    await rem.apply(planChanges(scan, STANDARD, PKEY));
    expect(snapshot(wb)).not.toBe(before);
    expect(rem.canUndo).toBe(true);
    await rem.undo();
    expect(snapshot(wb).replace(/,"numberFormat":"General"/g, "")).toBe(before);
    expect(wb.sheet(LOG_SHEET).rows).toHaveLength(1);
    expect(wb.logParts).toEqual([]);
    expect(rem.canUndo).toBe(false);
  });

  it("a second apply continues the same log; a cell edited after the scan is skipped", async () => {
    const rem = new Remediation(port, { actor: "小李", file: "crm-export.xlsx", logKey: KEY });
    const scan1 = await scanWorkbook(port, new LocalDetector(), "sheet");
    const phones = {
      ...STANDARD,
      byType: {},
      byColumn: { "客户名单!E": { action: "mask" as const, level: "strict" as const } },
    };
    const onlyPhones = planChanges(scan1, phones, PKEY);
    onlyPhones.cells = onlyPhones.cells.filter((c) => c.col === 4);
    const first = await rem.apply(onlyPhones);
    expect(first.cells).toBe(60);
    const scan2 = await scanWorkbook(port, new LocalDetector(), "workbook");
    wb.sheet("客户名单").rows[1]![1] = { value: "改过的内容" };
    const second = await rem.apply(planChanges(scan2, STANDARD, PKEY));
    expect(second.skipped).toBe(1);
    expect(wb.cell("客户名单", 1, 1)!.value).toBe("改过的内容");
    const v = verifyLog(wb.logText(), second.finalHash);
    expect(v).toMatchObject({ ok: true, entries: first.values + second.values });
    expect(
      wb
        .logText()
        .split("\n")
        .filter((l) => l.includes('"kind":"header"')),
    ).toHaveLength(1);
  });

  it("retains what the user retains, pseudonymizes consistently, deletes by column", async () => {
    const scan = await scanWorkbook(port, new LocalDetector(), "workbook");
    const choices: Choices = {
      level: "standard",
      byType: {
        bank_card: { action: "retain", basis: "会计档案管理办法", period: "30年" },
        phone_mobile: { action: "pseudonymize" },
      },
      byColumn: { "客户名单!F": { action: "delete" } },
    };
    const plan = planChanges(scan, choices, PKEY);
    expect(plan.retained).toBeGreaterThan(0);
    expect(plan.cells.some((c) => c.changes.some((v) => v.finding.type === "bank_card"))).toBe(false);
    const cards = scan.sheets.flatMap((s) =>
      s.hits
        .filter((h) => h.findings.some((f) => f.type === "bank_card"))
        .map((h) => [s.name, h.row, h.col, h.text] as const),
    );
    expect(cards.length).toBeGreaterThan(10);
    await new Remediation(port, { actor: "小李", file: "x.xlsx", logKey: KEY }).apply(plan);
    // retained: every bank card cell still reads as it did
    for (const [sheet, row, col, text] of cards) {
      const v = wb.cell(sheet, row, col)!.value;
      expect(typeof v === "number" ? v === Number(text) : v === text).toBe(true);
    }
    // deleted by column
    expect(
      wb
        .sheet("客户名单")
        .rows.slice(1, 61)
        .every((r) => r?.[5] === undefined),
    ).toBe(true);
    // pseudonymized consistently: equal phones get equal tokens, and no phone is left
    const phones = wb
      .sheet("客户名单")
      .rows.slice(1, 61)
      .map((r) => String(r![4]!.value));
    expect(phones.every((p) => /^[A-Z_]*[0-9a-zA-Z_-]+$/.test(p) && !/^1\d{10}$/.test(p))).toBe(true);
    const pairs = previewPairs(planChanges(scan, choices, PKEY));
    expect(pairs.length).toBe(5);
    expect(new Set(pairs.map((p) => p.type)).size).toBe(5);
    for (const p of pairs)
      for (const o of scan.sheets.flatMap((s) => s.hits.flatMap((h) => h.findings.map((f) => f.text)))) {
        if (o.length >= 4) expect(p.before).not.toContain(o);
      }
  });

  it("a workbook saved by the harness and opened again continues the same log; another key starts its own", async () => {
    const { writeXlsx } = await import("../../../addin/src/harness/write-xlsx.js");
    const rem = new Remediation(port, { actor: "小李", file: "x.xlsx", logKey: KEY });
    const scan = await scanWorkbook(port, new LocalDetector(), "sheet");
    const plan = planChanges(scan, STANDARD, PKEY);
    plan.cells = plan.cells.filter((c) => c.col === 4);
    const first = await rem.apply(plan);
    const reopened = MemoryWorkbook.fromXlsx(writeXlsx(wb.sheets, wb.logParts), "x.xlsx");
    expect(reopened.logText()).toBe(wb.logText());
    const again = await scanWorkbook(reopened, new LocalDetector(), "workbook");
    expect(again.sheets.map((s) => s.name)).not.toContain(LOG_SHEET);
    const second = await new Remediation(reopened, { actor: "小李", file: "x.xlsx", logKey: KEY }).apply(
      planChanges(again, STANDARD, PKEY),
    );
    expect(verifyLog(reopened.logText(), second.finalHash)).toMatchObject({
      ok: true,
      entries: first.values + second.values,
    });
    const other = new Uint8Array(32).fill(1);
    const third = await new Remediation(reopened, { actor: "王经理", file: "x.xlsx", logKey: other }).apply({
      cells: [{ sheet: "客户名单", row: 1, col: 0, before: "KH10001", after: "KH*****", numeric: false, changes: [] }],
      retained: 0,
      formulaCells: 0,
    });
    expect(third.values).toBe(0);
  });

  it("batches a large apply under the host's payload limit and spills the log sheet past Excel's last row", async () => {
    const small = new MemoryWorkbook(open().sheets, "x.xlsx", 60_000);
    const scan = await scanWorkbook(small, new LocalDetector(), "workbook");
    const r = await new Remediation(small, { actor: "小李", file: "x.xlsx", logKey: KEY }).apply(
      planChanges(scan, STANDARD, PKEY),
    );
    expect(r.values).toBeGreaterThan(500);
    expect(small.logParts.length).toBeGreaterThan(1);
    expect(verifyLog(small.logText(), r.finalHash).ok).toBe(true);
    const { appendInBatches } = await import("../../../addin/src/session/write-batches.js");
    const full = new MemoryWorkbook([{ name: LOG_SHEET, visibility: "visible", rows: [], comments: [] }], "x.xlsx");
    full.sheet(LOG_SHEET).rows[1_048_574] = [{ value: "x" }];
    const spilled = await appendInBatches(full, LOG_SHEET, ["时间"], [["a"], ["b"], ["c"]]);
    expect(spilled).toEqual([
      { sheet: LOG_SHEET, rows: 1 },
      { sheet: `${LOG_SHEET} (2)`, rows: 2 },
    ]);
    expect(full.sheet(`${LOG_SHEET} (2)`).rows.map((row) => row?.[0]?.value)).toEqual(["时间", "b", "c"]);
  });
});
