// npm run set-version -- X.Y.Z — sets Tuomin's one version number (the root package.json's) and writes
// it into every place that must carry a copy: the workspaces' package.json files (Plasmo takes the
// extension's version from its own), their dependencies on @tuomin/core, the lock file and the add-in
// manifest's <Version> (X.Y.Z.0). tests/lint/version.test.ts fails when any of them drift.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const version = process.argv[2];
if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) {
  console.error("usage: npm run set-version -- X.Y.Z");
  process.exit(2);
}
const json = (f, edit) => {
  const file = path.join(root, f);
  const data = JSON.parse(readFileSync(file, "utf8"));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
};
const setDeps = (p) => {
  for (const deps of [p.dependencies, p.devDependencies]) if (deps?.["@tuomin/core"]) deps["@tuomin/core"] = version;
};
for (const f of ["package.json", "core/package.json", "addin/package.json", "extension/package.json"]) {
  json(f, (p) => {
    p.version = version;
    setDeps(p);
  });
}
json("package-lock.json", (lock) => {
  lock.version = version;
  for (const [key, p] of Object.entries(lock.packages)) {
    if (key === "" || ["core", "addin", "extension"].includes(key)) {
      p.version = version;
      setDeps(p);
    }
  }
});
const manifest = path.join(root, "manifest.xml");
writeFileSync(
  manifest,
  readFileSync(manifest, "utf8").replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`),
);
console.log(`version ${version}: package.json ×4, package-lock.json, manifest.xml`);
