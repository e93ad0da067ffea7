/**
 * The add-in's session over every real-world workbook of tests/data/corpus, opened as the harness opens
 * them: scan, apply the default policy, and find nothing personal left in any value it may write (formula
 * cells and comments are reported, never rewritten), with a change log that verifies.
 */
import fs from "node:fs";
import path from "node:path";
import { verifyLog } from "@tuomin/core";
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../addin/src/harness/memory-workbook.js";
import { LocalDetector } from "../../../addin/src/session/detection.js";
import { planChanges } from "../../../addin/src/session/plan.js";
import { Remediation } from "../../../addin/src/session/remediation.js";
import { scanWorkbook } from "../../../addin/src/session/scan-workbook.js";
import { CORPUS } from "../../helpers/paths.js";

const dir = CORPUS;
const files = fs
  .readdirSync(dir)
  .filter((f) => /\.xls[xm]$/.test(f))
  .sort();
const KEY = new Uint8Array(32).fill(4);

describe("the add-in session on real-world workbooks", () => {
  it.each(files)("%s", async (f) => {
    const wb = MemoryWorkbook.fromXlsx(new Uint8Array(fs.readFileSync(path.join(dir, f))), f);
    const scan = await scanWorkbook(wb, new LocalDetector(), "workbook");
    const plan = planChanges(scan, { level: "standard", byType: {}, byColumn: {} }, KEY);
    const r = await new Remediation(wb, { actor: "测试", file: f, logKey: KEY }).apply(plan);
    expect(r.skipped).toBe(0);
    if (r.values) expect(verifyLog(wb.logText(), r.finalHash)).toMatchObject({ ok: true, entries: r.values });
    const again = await scanWorkbook(wb, new LocalDetector(), "workbook");
    const left = again.sheets.flatMap((s) =>
      s.hits
        .filter((h) => !h.formula)
        .flatMap((h) =>
          h.findings
            .filter((x) => x.sensitivity !== "organization")
            .map((x) => `${s.name}!${h.row + 1}:${h.col} ${x.type}`),
        ),
    );
    expect(left).toEqual([]);
  });
});
