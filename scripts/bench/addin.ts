/**
 * The add-in's scan and apply over the harness's in-memory workbook, which answers like Excel (one request
 * per call, 5 MB payload limit) and counts requests and bytes: what Excel would see from the task pane.
 * Detection runs on this thread here (in the pane it runs in a Web Worker while the next chunk is read).
 */
import { MemoryWorkbook, type MemCell } from "../../addin/src/harness/memory-workbook.js";
import { LocalDetector } from "../../addin/src/session/detection.js";
import { planChanges } from "../../addin/src/session/plan.js";
import { Remediation } from "../../addin/src/session/remediation.js";
import { scanWorkbook } from "../../addin/src/session/scan-workbook.js";
import { People } from "../../tests/synth/people.js";
import { Rng } from "../../tests/synth/random.js";

// prettier-ignore
const HEADERS = ["客户编号", "姓名", "性别", "身份证号", "手机", "邮箱", "收货地址", "会员等级", "累计消费", "注册时间",
  "备注", "银行卡号", "固定电话", "公司", "订单号", "快递单号", "金额", "下单时间", "积分", "状态"];

export function crmSheet(rows: number): MemCell[][] {
  const p = new People(new Rng(rows + 20));
  const out: MemCell[][] = [HEADERS.map((h) => ({ value: h }))];
  for (let i = 0; i < rows; i++) {
    out.push(
      [
        `KH${100000 + i}`,
        p.name(),
        p.rng.pick(["男", "女"]),
        p.residentId(),
        Number(p.mobile()),
        p.email(),
        p.address(),
        p.rng.pick(["普通", "银卡", "金卡"]),
        Number(p.amount()),
        p.timestamp(),
        i % 10 === 0 ? `客户${p.name()}来电,手机${p.mobile()}` : "",
        p.bankCard(),
        p.landline(),
        p.company(),
        p.orderNo(),
        p.waybill(),
        Number(p.amount()),
        p.timestamp(),
        p.rng.int(0, 5000),
        p.rng.pick(["正常", "冻结"]),
      ].map((value) => ({ value })),
    );
  }
  return out;
}

export async function benchAddin(rows: number, cols: number): Promise<void> {
  const sheet = crmSheet(rows);
  const wb = new MemoryWorkbook([{ name: "客户", visibility: "visible", rows: sheet, comments: [] }], "bench.xlsx");
  const mb = (n: number) => (n / 2 ** 20).toFixed(2);
  console.log(
    `\n## Excel add-in: a ${rows.toLocaleString("en")}-row × ${cols}-column sheet through the WorkbookPort (harness, Excel's 5 MB limit)\n`,
  );
  console.log(
    "| step | time | requests (= context.sync) | data moved | bytes per request (mean / max) |\n|---|---:|---:|---:|---:|",
  );
  const row = (step: string, ms: number, before: typeof wb.stats) => {
    const req = wb.stats.requests - before.requests,
      bytes = wb.stats.bytes - before.bytes;
    console.log(
      `| ${step} | ${(ms / 1000).toFixed(2)} s | ${req} | ${mb(bytes)} MB | ${mb(bytes / Math.max(1, req))} MB / ${mb(wb.stats.maxBytes)} MB |`,
    );
  };
  let before = { ...wb.stats };
  let t = performance.now();
  const scan = await scanWorkbook(wb, new LocalDetector(), "sheet");
  const scanMs = performance.now() - t;
  row("scan (read in 5,000-row chunks + detect)", scanMs, before);
  const findings = scan.totals.reduce((n, x) => n + x.count, 0);
  const key = new Uint8Array(32).fill(1);
  t = performance.now();
  const plan = planChanges(scan, { level: "standard", byType: {}, byColumn: {} }, key);
  const planMs = performance.now() - t;
  before = { ...wb.stats, maxBytes: 0 };
  wb.stats.maxBytes = 0;
  t = performance.now();
  const r = await new Remediation(wb, { actor: "bench", file: "bench.xlsx", logKey: key }).apply(plan);
  row(
    `apply: re-read, write ${r.cells.toLocaleString("en")} cells, log ${r.values.toLocaleString("en")} entries`,
    performance.now() - t,
    before,
  );
  console.log(
    `\n${findings.toLocaleString("en")} findings in ${(rows * cols).toLocaleString("en")} cells: ${((rows * cols) / (scanMs / 1000) / 1e6).toFixed(2)} M cells/s scanned; plan ${(planMs / 1000).toFixed(2)} s; refused requests ${wb.stats.refused}.`,
  );
}
