// Screenshots of the task pane for the README: node scripts/addin-screenshots.mjs (after npm run build).
import path from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "./static-server.mjs";

const root = path.resolve("addin/dist");
const server = await serveStatic({ root, files: { "/example.xlsx": path.resolve("examples/crm-export.xlsx") } });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
await page.goto(server.url + "harness.html");
await page.getByTestId("open-example").click();
await page.getByTestId("scan-button").click();
await page.getByText(/扫描了/).waitFor();
await page.screenshot({ path: "docs/addin-scan.png" });
await page.locator(".hx-pane").evaluate((e) => e.scrollTo(0, 380));
await page.screenshot({ path: "docs/addin-policy.png", clip: { x: 1000, y: 0, width: 400, height: 860 } });
await page.getByTestId("apply-button").click();
await page.getByText(/已脱敏/).waitFor();
await page.locator(".hx-pane").evaluate((e) => e.scrollTo(0, 0));
await page.getByTestId("sheet-tab").filter({ hasText: "脱敏记录" }).click();
await page.screenshot({ path: "docs/addin-applied.png" });
await browser.close();
await server.close();
console.log("wrote docs/addin-scan.png, docs/addin-policy.png, docs/addin-applied.png");
