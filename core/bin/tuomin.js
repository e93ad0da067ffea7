#!/usr/bin/env node
// The `tuomin` command. The CLI itself is bundled into ../dist by `npm run build` (run by `npm ci` via prepare).
import("../dist/cli/main.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write(
      "tuomin: the CLI is not built yet. Run `npm ci` (or `npm run build`) at the repository root.\n",
    );
    process.exit(2);
  }
  throw err;
});
