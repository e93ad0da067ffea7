import { Command, CommanderError, InvalidArgumentError } from "commander";
import type { FileResult } from "../report/file-result.js";
import { renderHtml } from "../report/html.js";
import { noteText, t, type Lang } from "../report/i18n.js";
import { asReadError } from "../formats/errors.js";
import { TOOL_VERSION } from "../report/version.js";
import { JsonStream } from "../report/json-stream.js";
import { renderSummary } from "../report/summary.js";
import { formatOf } from "../formats/scan-file.js";
import { WriteError, writeAtomic } from "./atomic-write.js";
import { EXIT } from "./exit-codes.js";
import { collectFiles } from "./collect-files.js";
import { DEFAULT_KEY_FILE } from "./key-file.js";
import { runLogExport, runLogVerify } from "./log-commands.js";
import { runMaskInWorker } from "./mask-in-worker.js";
import { complain, say, writeReason } from "./messages.js";
import { scanFiles } from "./scan-files.js";

export { EXIT } from "./exit-codes.js";

const langOf = (v: string): Lang => {
  if (v === "zh" || v === "zh-CN" || v === "cn") return "zh";
  if (v === "en") return "en";
  throw new InvalidArgumentError("zh | en");
};
const threshold = (v: string): number => {
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("0–1");
  return n;
};

function reportErrors(results: readonly FileResult[], missing: readonly string[], lang: Lang): number {
  let bad = 0;
  for (const m of missing) {
    complain(m, say(lang, "noSuchPath"));
    bad++;
  }
  for (const r of results)
    if (r.error) {
      complain(r.path, r.error);
      bad++;
    }
  return bad;
}

/** Scan with JSON streamed to stdout (when asked) as each file's findings arrive. */
async function scanWithOutput(
  files: string[],
  o: { json?: boolean; lang: Lang; reveal?: boolean; threshold?: number },
): Promise<FileResult[]> {
  const out = o.json ? new JsonStream((s) => process.stdout.write(s)) : null;
  let begun = -1;
  const begin = (i: number) => {
    while (begun < i) {
      begun++;
      out!.beginFile(files[begun], formatOf(files[begun]) ?? "xlsx");
    }
  };
  const results = await scanFiles(files, {
    lang: o.lang,
    threshold: o.threshold,
    reveal: o.reveal,
    progress: !o.json && !!process.stderr.isTTY,
    onFindings: out
      ? (i, batch) => {
          begin(i);
          for (const j of batch) out.finding(j);
        }
      : undefined,
    onFileDone: out
      ? (i, r) => {
          begin(i);
          out.endFile(r.sheets, r.error ? [r.error] : []);
        }
      : undefined,
  });
  out?.end();
  return results;
}

async function runScan(
  paths: string[],
  o: { json?: boolean; report?: string; lang: Lang; reveal?: boolean; threshold?: number },
): Promise<number> {
  const { files, missing } = collectFiles(paths);
  if (!files.length && !missing.length) {
    complain(paths.join(" "), say(o.lang, "noFilesToScan"));
    return EXIT.usage;
  }
  const results = await scanWithOutput(files, o);
  const bad = reportErrors(results, missing, o.lang);
  if (!o.json) process.stdout.write(renderSummary(results, o.lang) + "\n");
  if (o.report) {
    try {
      writeAtomic(o.report, renderHtml(results, { lang: o.lang, reveal: o.reveal }));
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      complain(e.file, writeReason(o.lang, e.code));
      return EXIT.usage;
    }
    if (!o.json) process.stdout.write(say(o.lang, "reportWritten", { file: o.report }) + "\n");
  }
  return bad ? EXIT.usage : EXIT.ok;
}

async function runVerify(
  paths: string[],
  o: { lang: Lang; threshold?: number; json?: boolean; strict?: boolean },
): Promise<number> {
  const { files, missing } = collectFiles(paths);
  const results = await scanWithOutput(files, o);
  let bad = reportErrors(results, missing, o.lang);
  let remaining = 0,
    surnameRefs = 0;
  for (const r of results) {
    if (!r.digest) continue;
    // a part Tuomin could not read was not checked: the file does not pass (fail closed)
    const unread = r.notes.filter((n) => n.kind === "unread_part");
    if (unread.length) {
      for (const n of unread) complain(r.path, noteText(o.lang, n));
      bad++;
    }
    // 李总, 小刘: a surname alone is left by the standard mask, so it fails the check only with --strict
    const references = o.strict ? 0 : r.digest.surnameOnly + r.digest.keptByMask;
    const n = r.digest.bySensitivity.sensitive + r.digest.bySensitivity.personal - references;
    remaining += n;
    surnameRefs += references;
    if (!o.json)
      process.stdout.write(
        `${n || unread.length ? "✗" : "✓"} ${r.path}${n ? `: ${t(o.lang, "notClean", { n })}` : ""}\n`,
      );
  }
  if (!o.json && surnameRefs) process.stdout.write(say(o.lang, "surnameRefsLeft", { n: surnameRefs }) + "\n");
  // a file that could not be read was not checked: never word that as "passed"
  if (!o.json)
    process.stdout.write(
      (bad
        ? say(o.lang, "verifyIncomplete", { n: bad })
        : remaining
          ? t(o.lang, "notClean", { n: remaining })
          : t(o.lang, "clean")) + "\n",
    );
  if (bad) return EXIT.usage;
  return remaining ? EXIT.found : EXIT.ok;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name("tuomin")
    .description(
      "脱敏助手 Tuomin — 查找并核查工作簿和导出文件中的个人信息 (find personal data in workbooks and exports)",
    )
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith("error:") ? `tuomin: ${s.slice(7)}` : s) });
  program
    .command("scan")
    .description("扫描 .xlsx/.xlsm/.csv/.tsv/.txt 文件或文件夹中的个人信息 (scan files or folders)")
    .argument("<path...>", "files or folders")
    .option("--json", "findings as JSON on stdout (scan-output.schema.json)")
    .option("--report <file.html>", "write a self-contained HTML report")
    .option("--lang <zh|en>", "language of the summary and report", langOf, "zh" as Lang)
    .option("--threshold <0-1>", "reporting threshold (default 0.5)", threshold)
    .option("--reveal", "include raw values (value field / report) — keep such output safe")
    .action(async (paths: string[], o) => {
      code = await runScan(paths, o);
    });
  program
    .command("verify")
    .description("交接前检查:仍有个人信息时退出码为 3 (handover check: exit 3 while personal data remains)")
    .argument("<path...>", "files or folders")
    .option("--json", "findings as JSON on stdout")
    .option("--lang <zh|en>", "language", langOf, "zh" as Lang)
    .option("--threshold <0-1>", "reporting threshold (default 0.5)", threshold)
    .option("--strict", "count surname-only references (李总, 小刘) as personal data too")
    .action(async (paths: string[], o) => {
      code = await runVerify(paths, o);
    });
  program
    .command("mask")
    .description("写出脱敏副本,并记录每一处变更 (write a remediated copy and log every change)")
    .argument("<in>", ".xlsx/.xlsm/.csv/.tsv")
    .requiredOption("-o, --output <out>", "the remediated copy (never the input)")
    .option("--policy <file.json>", "处理规则 (default: mask personal data at standard, retain organizations)")
    .option(
      "--level <strict|standard|loose>",
      "masking level",
      (v: string) => {
        if (!["strict", "standard", "loose"].includes(v)) throw new InvalidArgumentError("strict | standard | loose");
        return v;
      },
      "standard",
    )
    .option("--log <file.jsonl>", "change log (default OUT.tuomin-log.jsonl; appended to)")
    .option("--key <file>", `key file for pseudonyms and log fingerprints (default ${DEFAULT_KEY_FILE})`)
    .option("--force", "overwrite an existing output")
    .option(
      "--report <file.html>",
      "write a remediation report: changes per type and action, retained values with their legal basis",
    )
    .option("--lang <zh|en>", "language", langOf, "zh" as Lang)
    .action(async (input: string, o) => {
      code = await runMaskInWorker(input, o);
    });
  const log = program.command("log").description("变更记录 (change logs)");
  log
    .command("verify")
    .description("校验记录的哈希链 (verify the hash chain): exit 0 intact, 4 naming the first bad line")
    .argument("<log>", "change log (.jsonl)")
    .option("--final <hash>", "the final hash printed when the log was written (detects a truncated tail)")
    .option("--lang <zh|en>", "language", langOf, "zh" as Lang)
    .action((file: string, o) => {
      code = runLogVerify(file, o);
    });
  log
    .command("export")
    .description("导出为 CSV 供审计 (the log as CSV for auditors)")
    .argument("<log>", "change log (.jsonl)")
    .requiredOption("--csv", "CSV output")
    .option("-o, --output <file.csv>", "write to a file instead of stdout")
    .option("--lang <zh|en>", "language", langOf, "zh" as Lang)
    .action((file: string, o) => {
      code = runLogExport(file, o);
    });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  return code;
}

// a closed pipe (tuomin scan … | head) ends the run quietly instead of with a stack trace
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // a bug of ours: named by its kind and place, never by a message that could quote a file's content
    process.stderr.write(`tuomin: ${asReadError(e).reason("zh")}\n`);
    process.exitCode = EXIT.usage;
  },
);
