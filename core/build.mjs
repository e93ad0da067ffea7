// Bundles the core library and the CLI with esbuild (fast; `tsc --noEmit` does the type check in `npm run lint`).
import { build } from "esbuild";

const common = { bundle: true, format: "esm", sourcemap: true, logLevel: "warning" };
await build({
  ...common,
  platform: "node",
  target: "node20",
  entryPoints: {
    index: "src/index.ts",
    "cli/main": "src/cli/main.ts",
    "cli/scan-worker": "src/cli/scan-worker.ts",
    "cli/mask-worker": "src/cli/mask-worker.ts",
  },
  outdir: "dist",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
// the library for browsers (the extension's pages and page agent): no Node, and no legacy-encoding
// encoder (CSV output in GB18030/UTF-16 is the CLI's job)
await build({
  ...common,
  platform: "browser",
  target: "es2020",
  entryPoints: { browser: "src/index.ts" },
  outdir: "dist",
  alias: { "iconv-lite": "./src/formats/csv/no-iconv.ts" },
});
