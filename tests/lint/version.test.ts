/** One version for the CLI, the extension and the add-in: the root package.json's, copied nowhere by hand. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TOOL_VERSION } from "../../core/src/index.js";
import { ROOT } from "../helpers/paths.js";

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const { version } = JSON.parse(read("package.json"));

describe(`every place that carries the version says ${version}`, () => {
  it("is a plain X.Y.Z (the add-in manifest appends .0; browsers take up to four numbers)", () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("the core reports it (tuomin --version, JSON output, reports, log entries)", () => {
    expect(TOOL_VERSION).toBe(version);
  });
  it.each(["core/package.json", "addin/package.json", "extension/package.json"])(
    "%s (Plasmo builds the extension manifest from it)",
    (f) => {
      const p = JSON.parse(read(f));
      expect(p.version).toBe(version);
      if (p.dependencies?.["@tuomin/core"]) expect(p.dependencies["@tuomin/core"]).toBe(version);
    },
  );
  it("package-lock.json", () => {
    const lock = JSON.parse(read("package-lock.json"));
    expect([lock.version, ...["", "core", "addin", "extension"].map((k) => lock.packages[k].version)]).toEqual(
      Array(5).fill(version),
    );
  });
  it("manifest.xml <Version>", () => {
    expect(read("manifest.xml")).toContain(`<Version>${version}.0</Version>`);
  });
});

describe("npm run set-version -- X.Y.Z", () => {
  const files = [
    "package.json",
    "core/package.json",
    "addin/package.json",
    "extension/package.json",
    "package-lock.json",
    "manifest.xml",
  ];
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tuomin-version-"));
    for (const f of [...files, "scripts/set-version.mjs"]) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
    }
    return dir;
  };
  it("writes the new version into every copy at once", () => {
    const dir = copy();
    const r = spawnSync(process.execPath, [path.join(dir, "scripts/set-version.mjs"), "2.3.4"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const j = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    expect(
      ["package.json", "core/package.json", "addin/package.json", "extension/package.json"].map((f) => j(f).version),
    ).toEqual(Array(4).fill("2.3.4"));
    expect(j("addin/package.json").dependencies["@tuomin/core"]).toBe("2.3.4");
    expect(j("package-lock.json").packages.core.version).toBe("2.3.4");
    expect(fs.readFileSync(path.join(dir, "manifest.xml"), "utf8")).toContain("<Version>2.3.4.0</Version>");
    fs.rmSync(dir, { recursive: true });
  });
  it("refuses a version that is not X.Y.Z, changing nothing", () => {
    const dir = copy();
    const r = spawnSync(process.execPath, [path.join(dir, "scripts/set-version.mjs"), "v2"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage");
    for (const f of files) expect(fs.readFileSync(path.join(dir, f), "utf8"), f).toBe(read(f));
    fs.rmSync(dir, { recursive: true });
  });
});
