// Bundles the page agent (page/main.ts) into the built extension as agent.js: it is injected with
// chrome.scripting when the user scans a tab, or registered for the CRM sites they allow — never declared
// as a content script for every site (Plasmo would declare every file in contents/ that way).
import { build } from "esbuild";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const targets = process.argv.slice(2).length ? process.argv.slice(2) : ["build/chrome-mv3-prod"];
for (const t of targets) {
  const dir = path.resolve(here, "..", t);
  if (!existsSync(path.join(dir, "manifest.json"))) throw new Error(`${t}: no manifest.json — run plasmo build first`);
  await build({
    entryPoints: [path.join(here, "../page/main.ts")],
    outfile: path.join(dir, "agent.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome114",
    conditions: ["browser"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  });
  console.log(`extension: ${t}/agent.js`);
}
