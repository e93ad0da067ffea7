import fs from "node:fs";
import { logToCsv } from "../changelog/export-csv.js";
import { verifyLog } from "../changelog/verify.js";
import type { Lang } from "../report/i18n.js";
import { writeAtomic } from "./atomic-write.js";
import { EXIT } from "./exit-codes.js";
import { complain, say } from "./messages.js";

/** `tuomin log verify LOG`: exit 0 when intact, 4 naming the first bad line, 2 when unreadable. */
export function runLogVerify(file: string, o: { final?: string; lang: Lang }): number {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    complain(file, say(o.lang, "cannotRead"));
    return EXIT.usage;
  }
  const v = verifyLog(text, o.final);
  if (v.ok) {
    process.stdout.write(say(o.lang, "logIntact", { n: v.entries, hash: v.finalHash! }) + "\n");
    return EXIT.ok;
  }
  const p = v.problem!;
  complain(file, say(o.lang, "logBadLine", { line: p.line, why: say(o.lang, p.kind) }));
  return EXIT.log;
}

/** `tuomin log export LOG --csv [-o FILE]`: a log that is not one (not JSON lines, no header) is refused. */
export function runLogExport(file: string, o: { output?: string; lang?: Lang }): number {
  const lang = o.lang ?? "zh";
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    complain(file, say(lang, "cannotRead"));
    return EXIT.usage;
  }
  const v = verifyLog(text);
  if (!v.ok && (v.problem!.kind === "not_json" || v.problem!.kind === "no_header")) {
    const p = v.problem!;
    complain(file, `${say(lang, "notALog")}: ${say(lang, "logBadLine", { line: p.line, why: say(lang, p.kind) })}`);
    return EXIT.usage;
  }
  const csv = logToCsv(text);
  if (o.output)
    writeAtomic(o.output, "\ufeff" + csv); // BOM so Excel opens the Chinese text as UTF-8
  else process.stdout.write(csv);
  return EXIT.ok;
}
