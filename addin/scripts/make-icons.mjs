// Draws the Tuomin icon in Chromium and writes the PNG sizes the manifest and the extension need:
// node addin/scripts/make-icons.mjs  (needs /usr/bin/chromium and a CJK font)
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="#0F6CBD"/>
  <rect x="12" y="36" width="40" height="8" rx="2" fill="#ffffff" opacity="0.35"/>
  <text x="32" y="34" font-size="30" text-anchor="middle" fill="#ffffff" font-family="WenQuanYi Micro Hei, sans-serif" font-weight="bold">脱</text>
  <rect x="14" y="46" width="36" height="6" rx="3" fill="#ffffff"/>
</svg>`;
const targets = [
  ...[16, 32, 64, 80, 128].map((s) => [s, `addin/assets/icon-${s}.png`]),
  [512, "extension/assets/icon.png"],
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const [size, file] of targets) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  writeFileSync(file, await page.screenshot({ omitBackground: true }));
  console.log("wrote", file);
}
await browser.close();
