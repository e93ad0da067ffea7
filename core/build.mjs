// Bundles the core library and the CLI with esbuild (fast; `tsc --noEmit` does the type check in `npm run lint`).
import { build } from "esbuild";

const common = { bundle: true, platform: "node", format: "esm", target: "node20", sourcemap: true, logLevel: "warning" };
await build({ ...common, entryPoints: { index: "src/index.ts", "cli/main": "src/cli/main.ts", "cli/scan-worker": "src/cli/scan-worker.ts" }, outdir: "dist",
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
