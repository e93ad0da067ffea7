import fs from "node:fs";
import { logToCsv } from "../changelog/export-csv.js";
import { verifyLog, type LogProblem } from "../changelog/verify.js";
import type { Lang } from "../report/i18n.js";
import { writeAtomic } from "./atomic-write.js";
import { EXIT } from "./exit-codes.js";

const WHY: Record<LogProblem["kind"], [string, string]> = {
  not_json: ["不是有效的记录行", "not a valid log line"],
  no_header: ["缺少记录头", "the log header is missing"],
  second_header: ["出现了第二个记录头(可能拼接了其他记录)", "a second header (another log spliced in)"],
  bad_hash: ["内容被修改(哈希不符)", "edited (its hash does not match)"],
  broken_chain: [
    "与上一行衔接不上(上一行或本行被修改、删除、插入或调换)",
    "does not follow the line before (a line was edited, removed, inserted or moved)",
  ],
  bad_seq: ["序号不连续", "sequence number out of order"],
  final_hash_mismatch: [
    "最终哈希与记录时打印的不符(末尾被截断或追加)",
    "final hash differs from the one printed (tail truncated or appended)",
  ],
};

/** `tuomin log verify LOG`: exit 0 when intact, 4 naming the first bad line, 2 when unreadable. */
export function runLogVerify(file: string, o: { final?: string; lang: Lang }): number {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`tuomin: ${file}: ${o.lang === "zh" ? "无法读取" : "cannot read"}\n`);
    return EXIT.usage;
  }
  const v = verifyLog(text, o.final);
  if (v.ok) {
    process.stdout.write(
      o.lang === "zh"
        ? `记录完好: ${v.entries} 条变更,最终哈希 ${v.finalHash}\n`
        : `Intact: ${v.entries} changes, final hash ${v.finalHash}\n`,
    );
    return EXIT.ok;
  }
  const p = v.problem!;
  process.stderr.write(
    `tuomin: ${file}: ${o.lang === "zh" ? `第 ${p.line} 行` : `line ${p.line}`}: ${WHY[p.kind][o.lang === "zh" ? 0 : 1]}\n`,
  );
  return EXIT.log;
}

/** `tuomin log export LOG --csv [-o FILE]`. */
export function runLogExport(file: string, o: { output?: string }): number {
  let csv: string;
  try {
    csv = logToCsv(fs.readFileSync(file, "utf8"));
  } catch (e) {
    process.stderr.write(`tuomin: ${file}: ${(e as Error).message.slice(0, 120)}\n`);
    return EXIT.usage;
  }
  if (o.output)
    writeAtomic(o.output, "\ufeff" + csv); // BOM so Excel opens the Chinese text as UTF-8
  else process.stdout.write(csv);
  return EXIT.ok;
}
