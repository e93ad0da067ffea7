/**
 * The product makes no network request: no network API appears anywhere in the built extension or in the
 * add-in's task pane bundle (the end-to-end tests also watch every request a page and the panel make).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const NETWORK =
  /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts\s*\(\s*["']https?:/;

function jsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".js"))
    .map((f) => path.join(dir, f));
}

describe("no network requests from the product", () => {
  const ext = jsFiles(path.join(ROOT, "extension/build/chrome-mv3-prod"));
  const pane = jsFiles(path.join(ROOT, "addin/dist")).filter(
    (f) => !f.includes(`${path.sep}office-js${path.sep}`) && !path.basename(f).startsWith("harness"),
  );

  it("the build is there (npm run build makes it)", () => {
    expect(ext.length).toBeGreaterThan(3);
    expect(pane.length).toBeGreaterThan(1);
  });

  it.each([["extension"], ["add-in task pane"]])("%s bundles call no network API", (which) => {
    for (const f of which === "extension" ? ext : pane)
      expect(NETWORK.exec(fs.readFileSync(f, "utf8"))?.[0], path.relative(ROOT, f)).toBeUndefined();
  });
});
