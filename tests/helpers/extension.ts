/**
 * The built extension in Debian Chromium (toolchain.md: an unpacked extension loads with
 * launchPersistentContext and --load-extension). The copy under test is given host access to the fixture
 * origin, as a user does by granting the optional permission for their CRM's site.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Worker } from "playwright-core";
import { CHROMIUM } from "./chromium.js";
import { ROOT } from "./cli.js";

export const EXTENSION_BUILD = path.join(ROOT, "extension/build/chrome-mv3-prod");

export async function launchWithExtension(
  grantOrigin: string,
): Promise<{ context: BrowserContext; worker: Worker; id: string; dir: string; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tuomin-ext-"));
  const ext = path.join(dir, "extension");
  fs.cpSync(EXTENSION_BUILD, ext, { recursive: true });
  const manifestFile = path.join(ext, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  manifest.host_permissions = [`${grantOrigin}/*`];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest));
  const context = await chromium.launchPersistentContext(path.join(dir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    args: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const id = new URL(worker.url()).host;
  return {
    context,
    worker,
    id,
    dir,
    close: async () => {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url` (asked of the extension's service worker, which has host access to it). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    // the newest tab showing it (ids grow)
    const t = tabs.filter((x) => x.url === u).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
    if (!t?.id) throw new Error("no tab for " + u + " among " + tabs.map((x) => x.url).join(", "));
    return t.id;
  }, url);
}
