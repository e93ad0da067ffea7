/**
 * The add-in's task pane in Debian Chromium, driven through the harness (the pane beside an in-memory
 * workbook): open the example, scan, look, apply the default policy, check the cells, the 脱敏记录
 * sheet, the saved .xlsx and the exported log; undo; switch language. No request leaves 127.0.0.1.
 */
import fs from "node:fs";
import path from "node:path";
import { scanXlsx, verifyLog } from "@tuomin/core";
import type { Browser, Page } from "playwright-core";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { serveStatic } from "../../scripts/static-server.mjs";
import { hasChromium, launch } from "../helpers/chromium.js";
import { EXAMPLE, ROOT, tempDir, tuomin } from "../helpers/cli.js";
import { crmWorkbook } from "../synth/workbooks.js";
import { fromPartXml } from "../../addin/src/excel/excel-workbook-port.js";

const DIST = path.join(ROOT, "addin/dist");

describe.runIf(hasChromium() || process.env.CI)("Excel add-in task pane in the harness", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<unknown> };
  let page: Page;
  const outside: string[] = [];
  const dir = tempDir("tuomin-addin-e2e-");

  beforeAll(async () => {
    expect(fs.existsSync(path.join(DIST, "harness.html")), "addin/dist is built by npm run build").toBe(true);
    server = await serveStatic({ root: DIST, files: { "/example.xlsx": EXAMPLE } });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on("request", (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith("blob:") && !r.url().startsWith("data:"))
        outside.push(r.url());
    });
    await page.goto(server.url + "harness.html");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cell = (sheet: string, ref: string) =>
    page.locator(`[data-testid=grid][data-sheet="${sheet}"] td[data-cell="${ref}"]`);
  const tab = (name: string) => page.getByTestId("sheet-tab").and(page.locator(`[data-sheet="${name}"]`));
  async function download(testId: string): Promise<Buffer> {
    const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    return fs.readFileSync((await d.path())!);
  }

  it("opens the example and scans the whole workbook: findings by type, hidden sheet marked, warnings", async () => {
    await page.getByTestId("open-file").setInputFiles(EXAMPLE);
    await expect.poll(() => page.getByTestId("file-name").textContent()).toBe("crm-export.xlsx");
    const originalId = await cell("客户名单", "D2").textContent();
    expect(originalId).toMatch(/^\d{17}[\dX]$/);
    await page.getByTestId("scan-button").click();
    await page.getByTestId("finding-row").first().waitFor();
    const ids = page.locator('[data-testid=finding-row][data-type="cn_resident_id"]');
    expect(await ids.count()).toBeGreaterThan(50);
    expect(await page.locator('[data-testid=finding-row][data-cell="客户名单!D2"]').getAttribute("data-type")).toBe(
      "cn_resident_id",
    );
    // the list never shows a raw value
    expect(await page.locator(".hx-pane").textContent()).not.toContain(originalId!);
    // sensitive types first
    expect(await page.getByTestId("type-row").first().getAttribute("data-type")).toBe("cn_resident_id");
    const warnings = await page
      .getByTestId("warning")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-warning")));
    expect(warnings).toEqual(expect.arrayContaining(["damaged", "hidden", "comments"]));
    expect(await page.locator('[data-testid=finding-row][data-cell^="备份!"]').first().textContent()).toContain(
      "隐藏工作表",
    );
  });

  it("clicking a finding selects its cell", async () => {
    await page.locator('[data-testid=finding-row][data-cell="客户名单!D3"]').click();
    await expect.poll(() => cell("客户名单", "D3").getAttribute("class")).toContain("hx-sel");
    // a closed group opens and its rows select too
    await page.locator('[data-testid=finding-group][data-type="phone_mobile"] summary').click();
    await page.locator('[data-testid=finding-row][data-cell="订单记录!C3"]').click();
    await expect.poll(() => cell("订单记录", "C3").getAttribute("class")).toContain("hx-sel");
  });

  it("highlights the findings and puts the previous fills back", async () => {
    await page.getByTestId("highlight-toggle").check();
    await expect
      .poll(() => cell("订单记录", "C3").evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe("rgb(255, 242, 204)");
    await page.getByTestId("highlight-toggle").uncheck();
    await expect
      .poll(() => cell("订单记录", "C3").evaluate((e) => getComputedStyle(e).backgroundColor))
      .toBe("rgba(0, 0, 0, 0)");
  });

  it("previews five masked pairs, applies the default policy, keeps formulas and fills the 脱敏记录 sheet", async () => {
    await tab("客户名单").click();
    const before = await cell("客户名单", "D2").textContent();
    expect(await page.getByTestId("preview-row").count()).toBe(5);
    expect(await page.getByTestId("preview").textContent()).not.toContain(before!);
    await page.getByTestId("apply-button").click();
    await page.getByText(/已脱敏 \d+ 个单元格/).waitFor();
    expect(await cell("客户名单", "D2").textContent()).toMatch(/^\d\*{15}[\dX]{2}$/);
    expect(await cell("客户名单", "B2").textContent()).toMatch(/^.\*+$/);
    await tab("订单记录").click();
    expect(await cell("订单记录", "H2").getAttribute("data-formula")).toMatch(/^=E2\*1\.13$/);
    await tab("脱敏记录").click();
    expect(await cell("脱敏记录", "A1").textContent()).toBe("时间");
    expect(await cell("脱敏记录", "G1").textContent()).toBe("脱敏前(已遮盖)");
    expect(await cell("脱敏记录", "C2").textContent()).toBe("客户名单");
  });

  it("saves an .xlsx in which no personal value is left, formulas intact, with the log sheet and a log that verifies", async () => {
    const bytes = await download("save-file");
    const file = path.join(dir, "saved.xlsx");
    fs.writeFileSync(file, bytes);
    const scan = scanXlsx(new Uint8Array(bytes));
    const left = scan.findings.filter((f) => f.sheet !== "脱敏记录" && f.sensitivity !== "organization");
    expect(left.map((f) => `${f.sheet}!${f.cell} ${f.type}`)).toEqual([]);
    const wb = XLSX.read(bytes, { cellFormula: true });
    expect(wb.Sheets["订单记录"].H2.f).toBe("E2*1.13");
    const log = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets["脱敏记录"]);
    expect(log.length).toBeGreaterThan(500);
    expect(log[0]).toMatchObject({ 工作表: "客户名单", 操作: "脱敏(遮盖) · 标准" });
    // the JSONL entries kept in the workbook verify, and so does the exported file, with the CLI too
    const parts = Object.entries(unzipSync(new Uint8Array(bytes)))
      .filter(([n]) => /^customXml\/item\d+\.xml$/.test(n))
      .map(([, d]) => fromPartXml(strFromU8(d))!);
    expect(parts.length).toBeGreaterThan(0);
    const kept = parts
      .sort((a, b) => a.seq - b.seq)
      .map((p) => p.text)
      .join("");
    expect(verifyLog(kept)).toMatchObject({ ok: true, entries: log.length });
    const exported = (await download("export-log-button")).toString("utf8");
    expect(exported).toBe(kept);
    const logFile = path.join(dir, "log.jsonl");
    fs.writeFileSync(logFile, exported);
    expect(tuomin(["log", "verify", logFile]).code).toBe(0);
    expect(tuomin(["verify", file]).code).not.toBe(2);
  });

  it("undo puts every value back and empties the log sheet", async () => {
    await page.getByTestId("undo-button").click();
    await page.getByText(/已撤销/).waitFor();
    await tab("客户名单").click();
    expect(await cell("客户名单", "D2").textContent()).toMatch(/^\d{17}[\dX]$/);
    await tab("脱敏记录").click();
    expect(await page.locator('[data-testid=grid][data-sheet="脱敏记录"] tbody tr').count()).toBe(1);
  });

  it("speaks English when asked, and made no request outside the harness", async () => {
    await page.getByTestId("language-button").click();
    expect(await page.getByTestId("scan-button").textContent()).toBe("Scan");
    await page.getByTestId("language-button").click();
    expect(await page.getByTestId("scan-button").textContent()).toBe("扫描");
    expect(outside).toEqual([]);
  });

  it("shows progress on a large workbook and can cancel", async () => {
    const big = path.join(dir, "big.xlsx");
    await crmWorkbook(big, { rows: 20_000, seed: 7 });
    await page.getByTestId("open-file").setInputFiles(big);
    await expect.poll(() => page.getByTestId("file-name").textContent()).toBe("big.xlsx");
    await page.getByTestId("scan-button").click();
    await page.getByTestId("progress").waitFor();
    await page.getByTestId("cancel-button").click();
    await page.getByText("已取消扫描").waitFor();
    await page.getByTestId("scan-button").click();
    await page.getByText(/扫描了 [\d,]+ 个单元格/).waitFor({ timeout: 60_000 });
    expect(
      await page.locator('[data-testid=type-row][data-type="cn_resident_id"] [data-testid=type-count]').textContent(),
    ).toMatch(/^\d{5}$/);
    if (process.env.TUOMIN_SCREENSHOT) {
      await page.getByTestId("open-file").setInputFiles(EXAMPLE);
      await page.getByTestId("scan-button").click();
      await page.getByText(/扫描了/).waitFor();
      await page.screenshot({ path: path.join(ROOT, "docs/addin-harness.png") });
    }
  });
});
