/**
 * npm run bench — figures for BENCHMARKS.md (never run in timed tests).
 *   1. scanText MB/s on ~1 MB of generated Chinese CRM notes, beside redact-pii on the same text.
 *   2. Reading 10k / 100k / 300k-row × 10-column workbooks: tuomin scan vs SheetJS read vs ExcelJS readFile,
 *      wall time and peak RSS, each in its own process.
 *   4. The Excel add-in over the harness's in-memory workbook: requests, bytes per request and time to scan
 *      and mask a 100k-row × 20-column sheet.
 *   5. The browser extension on a 10k-row × 8-column CRM list in headless Chromium: scan time, long tasks, heap.
 *   6. CSV masking time against rows (linear), and how fast zip bombs are refused.
 *   7. One huge value: a 50 MB shared string, a 100 MB one-line CSV (scan and mask, CLI, time and peak RSS).
 * Options: --quick (1k-row workbook only, for a smoke run), --rows=10000,100000 (choose sizes),
 *          --only=text,read,mask,addin,extension,csvmask,bomb,huge (run some sections).
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DEFAULT_POLICY, scanBytes, scanText, type ReadError } from "../../core/src/index.js";
import { maskCsv } from "../../core/src/formats/csv/mask-csv.js";
import { notesCorpus } from "../../tests/synth/notes.js";
import { makeWorkbook } from "./make-workbook.js";
import { benchAddin } from "./addin.js";
import { benchExtension } from "./extension.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const rowsArg = args.find((a) => a.startsWith("--rows="))?.slice(7);
const sizes = rowsArg ? rowsArg.split(",").map(Number) : quick ? [1000] : [10_000, 100_000, 300_000];
const only = args
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (section: string) => !only || only.includes(section);
const out = path.resolve(".bench-out");
fs.mkdirSync(out, { recursive: true });

console.log(`# Benchmarks — ${new Date().toISOString().slice(0, 10)}`);
console.log(
  `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);

const tsx = path.resolve("node_modules/.bin/tsx");
const child = path.resolve("scripts/bench/child.ts");
const hook = pathToFileURL(path.resolve("scripts/bench/rss-on-exit.mjs")).href;
const cli = path.resolve("core/bin/tuomin.js");

// ---- 1. scanText throughput -----------------------------------------------------------------------
if (want("text")) {
  const { lines, spans } = notesCorpus(quick ? 200_000 : 1_000_000);
  const bytes = lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  const text = lines.join("\n");
  const best = (f: () => void, runs = quick ? 3 : 7) => {
    let b = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      b = Math.min(b, performance.now() - t);
    }
    return b;
  };
  let ours: ReturnType<typeof scanText>[] = [];
  const tLines = best(() => {
    ours = lines.map((l) => scanText(l));
  });
  let whole: ReturnType<typeof scanText> = [];
  const tWhole = best(() => {
    whole = scanText(text);
  });
  const { SyncRedactor } = await import("redact-pii");
  const redactor = new SyncRedactor();
  let redacted = "";
  const tRedact = best(
    () => {
      redacted = redactor.redact(text);
    },
    quick ? 1 : 3,
  );
  const found = new Map<string, number>();
  for (const fs_ of ours) for (const f of fs_) found.set(f.type, (found.get(f.type) ?? 0) + 1);
  const labeled = new Map<string, number>();
  for (const s of spans) for (const x of s) labeled.set(x.type, (labeled.get(x.type) ?? 0) + 1);
  const theirs = new Map<string, number>();
  for (const m of redacted.matchAll(/\b([A-Z][A-Z_]+[A-Z])\b/g))
    if (!text.includes(m[1])) theirs.set(m[1], (theirs.get(m[1]) ?? 0) + 1);
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`## scanText on ${(bytes / 1e6).toFixed(2)} MB of CRM notes (${lines.length} notes)\n`);
  console.log("| engine | how | time | MB/s |\n|---|---|---:|---:|");
  console.log(`| tuomin scanText | one call per note | ${tLines.toFixed(0)} ms | ${mbps(tLines)} |`);
  console.log(`| tuomin scanText | one call on the whole text | ${tWhole.toFixed(0)} ms | ${mbps(tWhole)} |`);
  console.log(`| redact-pii 3.4 SyncRedactor | whole text | ${tRedact.toFixed(0)} ms | ${mbps(tRedact)} |`);
  console.log(`\nWhat each found (labels: what the generator put in):\n`);
  console.log("| type | labeled | tuomin | |\n|---|---:|---:|---|");
  for (const [t, n] of [...labeled].sort((a, b) => b[1] - a[1]))
    console.log(`| ${t} | ${n} | ${found.get(t) ?? 0} | |`);
  console.log(
    `\nredact-pii replaced: ${
      [...theirs]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(", ") || "nothing"
    } (whole-text call: tuomin ${whole.length} findings)\n`,
  );
}

// ---- 2. workbooks ----------------------------------------------------------------------------------
if (want("read")) {
  console.log("## Reading a 10-column workbook: tuomin scan vs SheetJS read vs ExcelJS readFile\n");
  console.log(
    "| rows | cells | file | \`tuomin scan\` (reads and detects) | SheetJS read | ExcelJS readFile | tuomin speed-up vs SheetJS | tuomin / SheetJS peak RSS |\n|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const rows of sizes) {
    const file = path.join(out, `crm-${rows}.xlsx`);
    await makeWorkbook(file, rows);
    const run = (mode: string) => {
      try {
        if (mode === "tuomin") {
          // the real command a user runs, summary to stdout, measured from inside its own process
          const r = spawnSync(process.execPath, ["--import", hook, cli, "scan", file], {
            encoding: "utf8",
            maxBuffer: 1 << 26,
          });
          return JSON.parse(/@@bench (.*)/.exec(r.stderr)![1]);
        }
        return JSON.parse(
          execFileSync(tsx, [child, mode, file], {
            encoding: "utf8",
            maxBuffer: 1 << 26,
            env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=8192" },
          })
            .trim()
            .split("\n")
            .pop()!,
        );
      } catch (e) {
        return { ms: NaN, maxRssMb: NaN, error: String((e as Error).message).slice(0, 80) };
      }
    };
    const t = run("tuomin"),
      s = run("sheetjs"),
      x = run("exceljs");
    const cell = (r: { ms: number; maxRssMb: number }) => `${(r.ms / 1000).toFixed(2)} s / ${r.maxRssMb} MB`;
    console.log(
      `| ${rows.toLocaleString("en")} | ${(rows * 10).toLocaleString("en")} | ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB | ${cell(t)} | ${cell(s)} | ${cell(x)} | ${(s.ms / t.ms).toFixed(1)}× | ${(t.maxRssMb / s.maxRssMb).toFixed(2)} |`,
    );
  }
}

// ---- 3. masking ------------------------------------------------------------------------------------
if (want("mask")) {
  const maskSizes = rowsArg ? sizes : quick ? [1000] : [10_000, 100_000];
  console.log("\n## Masking a workbook: `tuomin mask` (default policy, change log) vs ExcelJS read + write\n");
  console.log(
    "| rows | `tuomin scan` | `tuomin mask` | mask / scan | ExcelJS readFile + writeFile |\n|---:|---:|---:|---:|---:|",
  );
  for (const rows of maskSizes) {
    const file = path.join(out, `crm-${rows}.xlsx`);
    await makeWorkbook(file, rows);
    const measure = (args: string[]) => {
      const r = spawnSync(process.execPath, ["--import", hook, cli, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
      return JSON.parse(/@@bench (.*)/.exec(r.stderr)![1]) as { ms: number; maxRssMb: number };
    };
    const target = path.join(out, `masked-${rows}.xlsx`);
    for (const f of [target, `${target}.tuomin-log.jsonl`]) fs.rmSync(f, { force: true });
    const scan = measure(["scan", file]);
    const mask = measure(["mask", file, "-o", target, "--key", path.join(out, "bench.key")]);
    let ej: { ms: number; maxRssMb: number } = { ms: NaN, maxRssMb: NaN };
    try {
      ej = JSON.parse(
        execFileSync(tsx, [child, "exceljs-rw", file], { encoding: "utf8", maxBuffer: 1 << 26 })
          .trim()
          .split("\n")
          .pop()!,
      );
    } catch {
      /* reported as NaN */
    }
    const cell = (r: { ms: number; maxRssMb: number }) => `${(r.ms / 1000).toFixed(2)} s / ${r.maxRssMb} MB`;
    console.log(
      `| ${rows.toLocaleString("en")} | ${cell(scan)} | ${cell(mask)} | ${(mask.ms / scan.ms).toFixed(1)}× | ${cell(ej)} |`,
    );
  }
}

// ---- 4. the Excel add-in ---------------------------------------------------------------------------
if (want("addin")) await benchAddin(quick ? 5_000 : 100_000, 20);

// ---- 5. the browser extension ----------------------------------------------------------------------
if (want("extension")) await benchExtension(quick ? 1_000 : 10_000);

// ---- 6. CSV masking scales linearly; zip bombs are refused early ----------------------------------
if (want("csvmask")) {
  console.log("\n## CSV masking against rows (in process, one run each)\n");
  console.log("| rows | MB | mask | per 1k rows | changes |\n|---:|---:|---:|---:|---:|");
  const ctx = { policy: DEFAULT_POLICY, level: "standard" as const, pseudonymKey: new Uint8Array(32).fill(1) };
  for (const n of quick ? [1000, 5000] : [5000, 20_000, 50_000, 200_000]) {
    const rows = ["姓名,手机,身份证号,地址,备注"];
    for (let i = 0; i < n; i++)
      rows.push(
        `张${"伟芳娜敏静"[i % 5]},138${String(i).padStart(8, "0")},110101199003078670,上海市浦东新区张江路${i % 999}号,客户${i}`,
      );
    const bytes = new TextEncoder().encode(rows.join("\r\n") + "\r\n");
    const t = performance.now();
    const r = maskCsv(bytes, "csv", ctx);
    const ms = performance.now() - t;
    console.log(
      `| ${n.toLocaleString("en")} | ${(bytes.length / 1e6).toFixed(1)} | ${(ms / 1000).toFixed(2)} s | ${((ms / n) * 1000).toFixed(0)} ms | ${r.changes.length.toLocaleString("en")} |`,
    );
  }
}
if (want("bomb")) {
  console.log("\n## Zip bombs: time and memory to refuse\n");
  console.log("| bomb | file | refused as | time | RSS growth |\n|---|---:|---|---:|---:|");
  const { spacesBomb, HOSTILE_CASES } = await import("../../tests/fixtures/hostile.js");
  const cases: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ["2 GiB of spaces (deflate level 1)", () => spacesBomb(2)],
    ["255 directory entries → one local entry", HOSTILE_CASES.find((c) => c.name.startsWith("255"))!.bytes],
    ["64 MiB that declares 1 MiB", HOSTILE_CASES.find((c) => c.name.includes("more than it declares"))!.bytes],
  ];
  for (const [name, make] of cases) {
    const bytes = await make();
    const rss = process.memoryUsage().rss;
    const t = performance.now();
    let code = "accepted";
    try {
      scanBytes(bytes, "bomb.xlsx");
    } catch (e) {
      code = (e as ReadError).code;
    }
    const ms = performance.now() - t;
    const grown = Math.max(0, process.memoryUsage().rss - rss) / 2 ** 20;
    console.log(
      `| ${name} | ${(bytes.length / 2 ** 20).toFixed(1)} MB | ${code} | ${ms.toFixed(0)} ms | ${grown.toFixed(0)} MB |`,
    );
  }
}

// ---- 7. one huge value: a 50 MB shared string, a 100 MB one-line CSV ---------------------------------
if (want("huge")) {
  console.log("\n## One huge value (CLI, one run each: wall time / peak RSS)\n");
  console.log("| file | size | findings | scan | mask |\n|---|---:|---:|---:|---:|");
  const { lines } = notesCorpus(quick ? 100_000 : 600_000);
  const textOf = (mb: number, sep: string) => {
    const parts: string[] = [];
    for (let n = 0, i = 0; n < mb * 1e6; i++) {
      const l = lines[i % lines.length].replace(/[\r\n,"]/g, " ");
      parts.push(l);
      n += Buffer.byteLength(l) + 1;
    }
    return parts.join(sep);
  };
  const { zipSync, strToU8 } = await import("fflate");
  const { CT, ROOT_RELS, WB } = await import("../../tests/fixtures/bad-inputs.js");
  const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const xlsx = path.join(out, "huge-string.xlsx");
  fs.writeFileSync(
    xlsx,
    zipSync({
      "[Content_Types].xml": strToU8(CT),
      "_rels/.rels": strToU8(ROOT_RELS),
      "xl/workbook.xml": strToU8(WB),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      ),
      "xl/sharedStrings.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${esc(textOf(quick ? 5 : 50, " "))}</t></si></sst>`,
      ),
    }),
  );
  const csv = path.join(out, "one-line.csv");
  fs.writeFileSync(csv, "备注," + textOf(quick ? 10 : 100, ",") + "\n");
  const cell = path.join(out, "one-cell.csv");
  fs.writeFileSync(cell, `备注\n"${textOf(quick ? 10 : 100, " ")}"\n`);
  /** lines of a file holding `needle`, read in chunks (a 100 MB text's --json is longer than a string may be) */
  const countLines = (file: string, needle: string): number => {
    const fd = fs.openSync(file, "r");
    const buf = Buffer.alloc(1 << 24);
    let n = 0,
      rest = "";
    for (let got = fs.readSync(fd, buf); got > 0; got = fs.readSync(fd, buf)) {
      const lines = (rest + buf.toString("utf8", 0, got)).split("\n");
      rest = lines.pop()!;
      for (const l of lines) if (l.includes(needle)) n++;
    }
    fs.closeSync(fd);
    return n + (rest.includes(needle) ? 1 : 0);
  };
  // stdout to a file: a 100 MB text's --json is larger than any pipe buffer we would want to hold
  const measure = (args: string[]) => {
    const outFile = path.join(out, "huge-stdout.txt");
    const fd = fs.openSync(outFile, "w");
    const r = spawnSync(process.execPath, ["--import", hook, cli, ...args], {
      stdio: ["ignore", fd, "pipe"],
      encoding: "utf8",
    });
    fs.closeSync(fd);
    const m = /@@bench (.*)/.exec(r.stderr);
    if (!m) throw new Error(`tuomin ${args[0]} exited ${r.status}: ${r.stderr.slice(-500)}`);
    return { ...(JSON.parse(m[1]) as { ms: number; maxRssMb: number }), outFile };
  };
  for (const [label, file] of [
    [`one ${quick ? 5 : 50} MB shared string (.xlsx)`, xlsx],
    [`a ${quick ? 10 : 100} MB one-line CSV (one row of short fields)`, csv],
    [`a ${quick ? 10 : 100} MB CSV cell (one quoted value)`, cell],
  ] as const) {
    const target = path.join(out, `masked-${path.basename(file)}`);
    for (const f of [target, `${target}.tuomin-log.jsonl`]) fs.rmSync(f, { force: true });
    const scan = measure(["scan", file, "--json"]);
    const findings = countLines(scan.outFile, '"type":');
    const mask = measure(["mask", file, "-o", target, "--key", path.join(out, "bench.key")]);
    const figures = (r: { ms: number; maxRssMb: number }) => `${(r.ms / 1000).toFixed(1)} s / ${r.maxRssMb} MB`;
    const mb = (fs.statSync(file).size / 1e6).toFixed(0);
    console.log(
      `| ${label} | ${mb} MB file | ${findings.toLocaleString("en")} | ${figures(scan)} | ${figures(mask)} |`,
    );
  }
}
