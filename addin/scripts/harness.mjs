// npm run addin:harness — builds the task pane and serves the harness: the pane beside an in-memory workbook.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "../../scripts/static-server.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const addin = path.join(here, "..");
if (!process.argv.includes("--no-build")) {
  const r = spawnSync("npx", ["webpack", "--mode", "development"], { cwd: addin, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = Number(process.env.PORT ?? 3001);
const { url } = await serveStatic({
  root: path.join(addin, "dist"),
  port,
  files: { "/example.xlsx": path.join(addin, "../examples/crm-export.xlsx") },
});
console.log(`脱敏助手 harness: ${url}harness.html   (Ctrl+C to stop)`);
