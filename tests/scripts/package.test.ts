/**
 * `npm run package` writes what a user installs: the CLI tarball installs alone (no repository, no dev
 * dependencies) and scans the example from a folder outside the repo; the extension and add-in zips
 * hold their manifests at the root and every file those manifests name. (npm test builds first.)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/cli.js";
import { EXAMPLE, ROOT } from "../helpers/paths.js";

const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const work = tempDir("tuomin-package-");
const release = path.join(work, "release");

beforeAll(() => {
  const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/package.mjs"), "--out", release], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const unzip = (name: string) => unzipSync(new Uint8Array(fs.readFileSync(path.join(release, name))));
const text = (files: Record<string, Uint8Array>, name: string) => new TextDecoder().decode(files[name]);

describe(`release/tuomin-${version}.tgz: the CLI alone`, () => {
  const prefix = path.join(work, "prefix");
  const outside = path.join(work, "clerk");
  // only Node on the PATH: no npx, no repository node_modules
  const env = { PATH: `${path.join(prefix, "bin")}${path.delimiter}${path.dirname(process.execPath)}`, HOME: work };
  const run = (args: string[]) =>
    spawnSync(path.join(prefix, "bin/tuomin"), args, { cwd: outside, env, encoding: "utf8" });

  beforeAll(() => {
    const npm = spawnSync(
      "npm",
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        "--offline",
        "--no-audit",
        "--no-fund",
        path.join(release, `tuomin-${version}.tgz`),
      ],
      {
        cwd: work,
        encoding: "utf8",
      },
    );
    expect(npm.stderr).not.toMatch(/ERR!/);
    expect(npm.status).toBe(0);
    fs.mkdirSync(outside);
    fs.copyFileSync(EXAMPLE, path.join(outside, "客户导出.xlsx"));
  }, 120_000);

  it("installs with no dependencies: the package holds the bundle, its licence and notices only", () => {
    const installed = path.join(prefix, "lib/node_modules/tuomin");
    expect(fs.existsSync(path.join(installed, "node_modules"))).toBe(false);
    expect(fs.readdirSync(installed).sort()).toEqual([
      "LICENSE",
      "README.md",
      "THIRD-PARTY-NOTICES.txt",
      "bin",
      "dist",
      "package.json",
    ]);
    const meta = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(meta).toMatchObject({
      name: "tuomin",
      version,
      bin: { tuomin: "bin/tuomin.js" },
      engines: { node: ">=20" },
    });
    expect(meta.dependencies).toBeUndefined();
    expect(fs.readFileSync(path.join(installed, "THIRD-PARTY-NOTICES.txt"), "utf8")).toMatch(
      /fast-xml-parser [\d.]+ — MIT/,
    );
  });

  it("tuomin --version prints the project's version", () => {
    const r = run(["--version"]);
    expect(r.stdout.trim()).toBe(version);
  });

  it("scans the example from a folder outside the repository", () => {
    const r = run(["scan", "客户导出.xlsx", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(version);
    expect(out.files[0].path).toBe("客户导出.xlsx");
    expect(out.files[0].findings.length).toBeGreaterThan(600);
  });

  it("masks it, and verify passes the masked copy (and fails the original)", () => {
    expect(run(["verify", "客户导出.xlsx"]).status).toBe(3);
    const m = run(["mask", "客户导出.xlsx", "-o", "交接.xlsx"]);
    expect(m.status).toBe(0);
    expect(run(["verify", "交接.xlsx"]).status).toBe(0);
  });
});

describe(`release/tuomin-extension-${version}.zip`, () => {
  it("holds manifest.json at its root, the project's version, and every file the manifest names", () => {
    const files = unzip(`tuomin-extension-${version}.zip`);
    const manifest = JSON.parse(text(files, "manifest.json"));
    expect(manifest).toMatchObject({ manifest_version: 3, version });
    const named = [
      ...Object.values<string>(manifest.icons),
      manifest.action.default_popup,
      manifest.background.service_worker,
      manifest.side_panel.default_path,
      "agent.js",
    ];
    for (const f of named) expect(Object.keys(files), f).toContain(f);
    for (const page of [manifest.action.default_popup, manifest.side_panel.default_path]) {
      for (const [, src] of text(files, page).matchAll(/src="\/?([^"]+)"/g))
        expect(Object.keys(files), `${page} → ${src}`).toContain(src);
    }
  });

  it("is the built extension folder, file for file (plus the notices)", () => {
    const built = path.join(ROOT, "extension/build/chrome-mv3-prod");
    const walk = (d: string, rel = ""): string[] =>
      fs
        .readdirSync(path.join(d, rel), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(d, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
    expect(Object.keys(unzip(`tuomin-extension-${version}.zip`)).sort()).toEqual(
      [...walk(built), "THIRD-PARTY-NOTICES.txt"].sort(),
    );
  });
});

describe(`release/tuomin-addin-${version}.zip`, () => {
  const files = () => unzip(`tuomin-addin-${version}.zip`);

  it("holds manifest.xml at its root with the project's version", () => {
    expect(text(files(), "manifest.xml")).toContain(`<Version>${version}.0</Version>`);
  });

  it("holds every page and icon the manifest points at, and the scripts the pages load", () => {
    const f = files();
    const xml = text(f, "manifest.xml");
    const base = xml.match(/<SourceLocation DefaultValue="(https:[^"]+\/)taskpane\.html"/)![1]!;
    const urls = [...xml.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((m) => m[1]!).filter((u) => u.startsWith(base));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(Object.keys(f), u).toContain(u.slice(base.length));
    for (const [, src] of text(f, "taskpane.html").matchAll(/src="([^"]+)"/g))
      expect(Object.keys(f), src).toContain(src.replace(/^\.?\//, ""));
  });

  it("leaves out the development harness and carries the deployment steps and notices", () => {
    const names = Object.keys(files());
    expect(names.filter((n) => n.startsWith("harness"))).toEqual([]);
    expect(text(files(), "DEPLOY.txt")).toContain("Trusted Add-in Catalogs");
    expect(text(files(), "THIRD-PARTY-NOTICES.txt")).toMatch(/@microsoft\/office-js [\d.]+/);
  });
});
