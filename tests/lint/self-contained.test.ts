/**
 * The repository is self-contained: a clone with nothing beside it builds, tests and evaluates.
 * No source, test, script or build file names a path outside the repository root, and every
 * relative link in the README and docs/ points at a file that exists inside it.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "build", "release", "coverage", ".plasmo", "tmp"]);
/** Third-party data, each folder with its provenance (tests/data/README.md): not code of ours. */
const DATA_DIR = path.join(ROOT, "tests", "data");
const CODE = /\.(ts|tsx|js|mjs|cjs|json)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      const sub = path.join(dir, e.name);
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith(".bench") && sub !== DATA_DIR) walk(sub, out);
    } else out.push(path.join(dir, e.name));
  }
  return out;
}

const inside = (p: string) => {
  const rel = path.relative(ROOT, p);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** String literals that are relative paths climbing up ("../x", "../.."), and absolute home/work paths. */
function escapes(file: string, text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/["'`]((?:\.\.\/)*\.\.(?:\/[^"'`\s]*)?)["'`]/g)) {
    const lit = m[1]!;
    // relative to the file (imports, __dirname joins) and to the root (scripts run from the root)
    if (!inside(path.resolve(path.dirname(file), lit)) || lit.startsWith("../shared")) bad.push(lit);
  }
  for (const m of text.matchAll(/["'`](\/(?:work|home|Users|mnt|srv)\/[^"'`\s]*)["'`]/g)) bad.push(m[1]!);
  return bad;
}

describe("no file reads outside the repository root", () => {
  // the lint tests hold code samples as strings, linted under made-up file names elsewhere in the tree
  const samples = new Set(
    ["dependency-rule.test.ts", "self-contained.test.ts"].map((f) => path.join(ROOT, "tests/lint", f)),
  );
  const files = walk(ROOT).filter((f) => CODE.test(f) && !f.endsWith("package-lock.json") && !samples.has(f));

  it("there are files to check (the walk is not empty)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.endsWith(path.join("tests", "helpers", "conformance.ts")))).toBe(true);
  });

  it.each([
    ['fs.readFileSync(path.join(__dirname, "../../../shared/spec/cli.md"))', "tests/core/x.test.ts", true],
    ['const SHARED = path.resolve(__dirname, "../../..");', "tests/helpers/x.ts", true],
    ['readFileSync("/work/shared/corpus/a.xlsx")', "scripts/x.ts", true],
    ['import { scanText } from "../../core/src/index.js";', "tests/core/x.test.ts", false],
    ['export const ROOT = path.resolve(__dirname, "../..");', "tests/helpers/x.ts", false],
  ])("the check itself: %s in %s escapes → %s", (code, file, expected) => {
    expect(escapes(path.join(ROOT, file), code).length > 0).toBe(expected);
  });

  it("every source, test, script and config file stays inside", () => {
    const found = files.flatMap((f) =>
      escapes(f, fs.readFileSync(f, "utf8")).map((lit) => `${path.relative(ROOT, f)}: ${lit}`),
    );
    expect(found).toEqual([]);
  });

  it("package.json scripts name no path outside", () => {
    for (const pkg of ["package.json", "core/package.json", "addin/package.json", "extension/package.json"]) {
      const { scripts = {} } = JSON.parse(fs.readFileSync(path.join(ROOT, pkg), "utf8"));
      for (const [name, cmd] of Object.entries<string>(scripts)) {
        expect(`${pkg} ${name}: ${cmd}`).not.toMatch(/\.\.\/(?:\.\.\/)*shared|\s\/(work|home)\//);
      }
    }
  });
});

describe("documentation links resolve inside the repository", () => {
  const docs = ["README.md", "BENCHMARKS.md", ...walk(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md"))];
  const cases = docs.flatMap((d) => {
    const abs = path.isAbsolute(d) ? d : path.join(ROOT, d);
    const text = fs.readFileSync(abs, "utf8");
    return [...text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/i.test(href))
      .map((href) => [path.relative(ROOT, abs), href] as const);
  });

  it("README links to the contracts", () => {
    expect(cases.filter(([d]) => d === "README.md").map(([, h]) => h)).toEqual(
      expect.arrayContaining(["docs/spec/cli.md", "docs/spec/entities.md", "docs/spec/changelog.md"]),
    );
  });

  it.each(cases)("%s → %s exists inside the root", (doc, href) => {
    const target = path.resolve(path.dirname(path.join(ROOT, doc)), decodeURI(href));
    expect(inside(target)).toBe(true);
    expect(fs.existsSync(target)).toBe(true);
  });
});
