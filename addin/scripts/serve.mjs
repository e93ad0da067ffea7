// npm run addin:serve — serves the built task pane over https on localhost:3000 for sideloading in Excel.
// Needs a trusted localhost certificate: `npx office-addin-dev-certs install` creates one in
// ~/.office-addin-dev-certs (or pass TUOMIN_CERT and TUOMIN_KEY with PEM files of your own).
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "../../scripts/static-server.mjs";

const dir = path.join(os.homedir(), ".office-addin-dev-certs");
const cert = process.env.TUOMIN_CERT ?? path.join(dir, "localhost.crt");
const key = process.env.TUOMIN_KEY ?? path.join(dir, "localhost.key");
if (!existsSync(cert) || !existsSync(key)) {
  console.error(
    `addin:serve: no certificate at ${cert} — run \`npx office-addin-dev-certs install\` first (or set TUOMIN_CERT and TUOMIN_KEY).`,
  );
  process.exit(1);
}
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
if (!existsSync(path.join(root, "taskpane.html"))) {
  console.error("addin:serve: addin/dist is missing — run `npm run build` first.");
  process.exit(1);
}
const { url } = await serveStatic({
  root,
  port: 3000,
  tls: { cert: readFileSync(cert, "utf8"), key: readFileSync(key, "utf8") },
});
console.log(`脱敏助手 task pane: ${url}taskpane.html — now sideload manifest.xml in Excel (README: “Excel add-in”).`);
