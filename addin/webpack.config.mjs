// Builds the task pane (taskpane.html, for Excel) and the harness (harness.html, for a plain browser).
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import CopyPlugin from "copy-webpack-plugin";
import { EsbuildPlugin } from "esbuild-loader";
import HtmlWebpackPlugin from "html-webpack-plugin";
import { DEV_URL, manifestFor } from "./manifest-urls.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const officeJs = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** The parts of office.js an Excel task pane loads: the loader, Excel's host scripts, two locales, telemetry. */
function officeFiles() {
  const keep = (f) =>
    /^(office\.js|excel[^/]*\.js|o15apptofilemappingtable\.js|es6-promise\.js)$/.test(f) && !f.includes(".debug.");
  const top = readdirSync(officeJs).filter(keep);
  const dirs = ["zh-cn", "en-us", "telemetry", "ariatelemetry"].flatMap((d) =>
    readdirSync(path.join(officeJs, d))
      .filter((f) => f.endsWith(".js") && !f.includes(".debug."))
      .map((f) => `${d}/${f}`),
  );
  return [...top, ...dirs];
}

export default (_env, argv) => {
  const production = argv.mode !== "development";
  const base = production ? (process.env.TUOMIN_ADDIN_URL ?? DEV_URL) : DEV_URL;
  if (production && !process.env.TUOMIN_ADDIN_URL)
    console.warn("addin: TUOMIN_ADDIN_URL is not set; dist/manifest.xml keeps the development URL " + DEV_URL);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-cheap-module-source-map",
    context: here,
    entry: { taskpane: "./src/taskpane/index.tsx", harness: "./src/harness/main.tsx" },
    output: { path: path.join(here, "dist"), filename: "[name].js", clean: true },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      alias: {
        "@tuomin/core$": path.join(here, "../core/src/index.ts"),
        // the CSV encoder's legacy encodings are not used in the pane
        "iconv-lite": false,
      },
    },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: "esbuild-loader", options: { target: "es2020", jsx: "automatic" } },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./public/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "harness.html", template: "./public/harness.html", chunks: ["harness"] }),
      new CopyPlugin({
        patterns: [
          { from: "public/commands.html" },
          { from: "public/support.html" },
          { from: "assets/*.png" },
          { from: "../manifest.xml", to: "manifest.xml", transform: (buf) => manifestFor(buf.toString(), base) },
          ...officeFiles().map((f) => ({
            from: path.join(officeJs, f),
            to: `office-js/${f}`,
            info: { minimized: true },
          })),
        ],
      }),
    ],
    // esbuild minifies in seconds what terser takes minutes for
    optimization: { minimizer: [new EsbuildPlugin({ target: "es2020", css: false })] },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
