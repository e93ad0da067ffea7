import { LOG_CSV_HEADER, logCsvRow } from "../changelog/export-csv.js";
import type { LogLine } from "../changelog/entry.js";
import type { Lang } from "../report/i18n.js";
import { openStaged, WriteError, type StagedWriter } from "./atomic-write.js";
import { EXIT } from "./exit-codes.js";
import { forEachLine } from "./line-reader.js";
import { checkLogFile } from "./log-file.js";
import { complain, say, writeReason } from "./messages.js";

/** `tuomin log verify LOG`: exit 0 when intact, 4 naming the first bad line, 2 when unreadable. */
export function runLogVerify(file: string, o: { final?: string; lang: Lang }): number {
  const v = checkLogFile(file, o.final);
  if (!v) {
    complain(file, say(o.lang, "cannotRead"));
    return EXIT.usage;
  }
  if (v.ok) {
    process.stdout.write(say(o.lang, "logIntact", { n: v.entries, hash: v.finalHash! }) + "\n");
    return EXIT.ok;
  }
  const p = v.problem!;
  complain(file, say(o.lang, "logBadLine", { line: p.line, why: say(o.lang, p.kind) }));
  return EXIT.log;
}

/**
 * `tuomin log export LOG --csv [-o FILE]`: a file that is not a log (not JSON lines, no header) is
 * refused; a log that fails its chain is still exported (the auditor is told by `log verify`).
 * Read and written line by line, so a log of any size exports.
 */
export function runLogExport(file: string, o: { output?: string; lang?: Lang }): number {
  const lang = o.lang ?? "zh";
  const v = checkLogFile(file);
  if (!v) {
    complain(file, say(lang, "cannotRead"));
    return EXIT.usage;
  }
  if (!v.ok && ["not_json", "not_canonical", "no_header"].includes(v.problem!.kind)) {
    const p = v.problem!;
    complain(file, `${say(lang, "notALog")}: ${say(lang, "logBadLine", { line: p.line, why: say(lang, p.kind) })}`);
    return EXIT.usage;
  }
  let out: StagedWriter | null = null;
  try {
    out = o.output ? openStaged(o.output) : null;
  } catch (e) {
    return cannotWrite(e, lang);
  }
  const write = (s: string) => (out ? out.write(s) : process.stdout.write(s));
  try {
    // a BOM so Excel opens the Chinese text of a CSV file as UTF-8
    write((out ? "\ufeff" : "") + LOG_CSV_HEADER + "\r\n");
    forEachLine(file, (raw) => {
      const l = raw.replace(/^\ufeff/, "").trim();
      if (!l) return;
      const row = logCsvRow(JSON.parse(l) as LogLine);
      if (row !== null) write(row + "\r\n");
    });
    out?.commit();
  } catch (e) {
    out?.abort();
    return cannotWrite(e, lang);
  }
  return EXIT.ok;
}

/** A write to the user's path failed: one line naming it (anything else is a bug of ours, rethrown). */
function cannotWrite(e: unknown, lang: Lang): number {
  if (!(e instanceof WriteError)) throw e;
  complain(e.file, writeReason(lang, e.code));
  return EXIT.usage;
}
