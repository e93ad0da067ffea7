// Screenshot of the side panel beside a CRM page, for the README: npx tsx scripts/extension-screenshots.ts
// (after npm run build; needs /usr/bin/chromium and a CJK font).
import fs from "node:fs";
import path from "node:path";
import { serveStatic } from "./static-server.mjs";
import { launchWithExtension, tabIdOf } from "../tests/helpers/extension.js";
import { writeCrmPages } from "../tests/fixtures/crm/pages.js";

const dir = path.resolve(".bench-out/crm-shots");
await writeCrmPages(dir, 40);
const server = await serveStatic({ root: dir });
const ext = await launchWithExtension(server.url.replace(/\/$/, ""));
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 640 });
  await page.goto(server.url + "list.html");
  const tabId = await tabIdOf(ext.worker, server.url + "list.html");
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 360, height: 640 });
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId("scan-button").click();
  await panel.getByTestId("notice").waitFor();
  await panel.getByTestId("highlight-toggle").check();
  await page.waitForTimeout(300);
  const left = await page.screenshot();
  const right = await panel.screenshot();
  await panel.getByTestId("mask-page-button").click();
  await page.waitForTimeout(300);
  const masked = await page.screenshot();
  const rightMasked = await panel.screenshot();
  const compose = await ext.context.newPage();
  await compose.setViewportSize({ width: 1262, height: 640 });
  const img = (b: Buffer) => `data:image/png;base64,${b.toString("base64")}`;
  for (const [name, l, r] of [
    ["extension-panel.png", left, right],
    ["extension-masked.png", masked, rightMasked],
  ] as const) {
    await compose.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="${img(l)}" width="900"><div style="width:2px"></div><img src="${img(r)}" width="360"></body>`,
    );
    fs.writeFileSync(path.join("docs", name), await compose.screenshot());
  }
  console.log("wrote docs/extension-panel.png and docs/extension-masked.png");
} finally {
  await ext.close();
  await server.close();
}
