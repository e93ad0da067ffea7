/** The HTML report as a user sees it: opened in Chromium, charts drawn, Chinese rendered, no network. */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { EXAMPLE, tempDir, tuomin } from "../helpers/cli.js";
import { hasChromium, launch } from "../helpers/chromium.js";

describe.runIf(hasChromium() || process.env.CI)("HTML report in Chromium", () => {
  let browser: Browser;
  let file: string;
  beforeAll(async () => {
    file = path.join(tempDir(), "检查报告.html");
    expect(tuomin(["scan", EXAMPLE, "--report", file]).code).toBe(0);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the charts, lists the sheets and makes no request", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await page.goto("file://" + file);
    expect(await page.title()).toContain("检查报告");
    const bars = await page.locator("figure svg rect").count();
    expect(bars).toBeGreaterThan(10);
    const box = await page.locator("figure svg").first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await expect(page.locator("h3", { hasText: "备份" }).locator(".badge").textContent()).resolves.toBe("隐藏工作表");
    expect(await page.locator("text=身份证号").count()).toBeGreaterThan(0);
    expect(requests).toEqual([]);
    if (process.env.TUOMIN_SCREENSHOT) await page.screenshot({ path: process.env.TUOMIN_SCREENSHOT, fullPage: false });
    expect(fs.existsSync(file)).toBe(true);
  });
});
