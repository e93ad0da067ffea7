import { pick, type Lang } from "../model/bilingual.js";

/**
 * Every line the CLI writes itself, in both languages (docs/spec/glossary.md's words). Reasons a file
 * cannot be read live with ReadError; the report's words in report/i18n.ts. `{name}` is filled in by `say`.
 */
// prettier-ignore
export const CLI_MESSAGES = {
  noSuchPath:       ["文件或文件夹不存在", "no such file or folder"],
  noFilesToScan:    ["没有可扫描的文件(.xlsx .xlsm .csv .tsv .txt)", "no files to scan (.xlsx .xlsm .csv .tsv .txt)"],
  permissionDenied: ["没有读取权限", "permission denied"],
  isFolder:         ["是文件夹", "is a folder"],
  cannotRead:       ["无法读取", "cannot read"],
  verifyIncomplete: ["交接前检查未通过:{n} 个文件无法读取,未能检查", "Handover check not passed: {n} file(s) could not be read, so were not checked"],
  reportWritten:    ["检查报告: {file}", "Report: {file}"],
  surnameRefsLeft:  ["另有 {n} 处为标准脱敏有意保留(仅姓氏称呼如 李总、小刘,或仅出生年份),未计入;加 --strict 时计入", "{n} finding(s) the standard mask keeps on purpose (surname-only references such as 李总, 小刘, or a birth year alone), not counted; --strict counts them"],
  maskFormats:      ["脱敏仅支持 .xlsx .xlsm .csv .tsv", "mask supports .xlsx .xlsm .csv .tsv"],
  noSuchFile:       ["文件不存在", "no such file"],
  outputIsInput:    ["输出不能覆盖输入文件", "the output must not overwrite the input"],
  outputExists:     ["输出文件已存在(用 --force 覆盖)", "output exists (use --force to overwrite)"],
  outputFormat:     ["输出应与输入同为 .{format}", "the output must be .{format} like the input"],
  policyUnreadable: ["无法读取处理规则文件", "cannot read the policy file"],
  policyInvalid:    ["处理规则有误: {detail}", "invalid policy: {detail}"],
  notKeyFile:       ["不是 Tuomin 密钥文件(应为 64 个十六进制字符)", "not a Tuomin key file (64 hex characters expected)"],
  keyCreated:       ["已创建密钥文件 {file}(仅本人可读;请妥善保管,不要随文件交出)", "created key file {file} (owner-only; keep it safe and apart from the outputs)"],
  logOtherKey:      ["该变更记录属于另一个密钥({logKey}),当前密钥为 {key}:请用原密钥,或用 --log 写入新的记录", "this change log belongs to another key ({logKey}; yours is {key}): use that key, or --log a new file"],
  logLocked:        ["另一个 tuomin 正在写入该变更记录(进程 {pid}),请等它结束后再试", "another tuomin (process {pid}) is writing this change log; try again when it has finished"],
  keyPermissions:   ["密钥文件的权限过宽({mode}),其他用户可以读取:请执行 chmod 600 {file}", "key file is readable by others (mode {mode}): run chmod 600 {file}"],
  samePath:         ["{what}与输入是同一个文件", "{what} is the same file as the input"],
  logFailsVerify:   ["已有的变更记录校验失败(第 {line} 行),不再追加", "the existing change log fails verification (line {line}); not appending"],
  masked:           ["已脱敏 {count} 个值({places} 个位置),依法保留 {retained} 个。", "Masked {count} values ({places} places), retained {retained}."],
  outputIs:         ["输出: {file}", "Output: {file}"],
  logIs:            ["变更记录: {file}", "Change log: {file}"],
  finalHash:        ["最终哈希: {hash}", "Final hash: {hash}"],
  retainedGroup:    ["保留 {type} {n} 个 ({where}) — 法律依据: {basis}; 留存期限: {period}", "Retained {type} {n} ({where}) — legal basis: {basis}; retention period: {period}"],
  interrupted:      ["已中断:未写出任何文件,变更记录保持原样", "interrupted: nothing was written, the change log is as it was"],
  logIntact:        ["记录完好: {n} 条变更,最终哈希 {hash}", "Intact: {n} changes, final hash {hash}"],
  logBadLine:       ["第 {line} 行: {why}", "line {line}: {why}"],
  notALog:          ["不是 Tuomin 变更记录", "not a Tuomin change log"],
  // why writing to the user's path failed (errno), said with the path; the input is never touched
  ENOSPC:           ["磁盘空间不足,未写入(输入文件未改动)", "no space left on the disk; nothing written (the input is unchanged)"],
  EDQUOT:           ["超出磁盘配额,未写入(输入文件未改动)", "disk quota exceeded; nothing written (the input is unchanged)"],
  EROFS:            ["所在位置只读,无法写入,请换一个文件夹", "read-only location; choose another folder"],
  EACCES:           ["没有写入权限,请换一个文件夹", "no permission to write here; choose another folder"],
  EPERM:            ["没有写入权限,请换一个文件夹", "no permission to write here; choose another folder"],
  ENOENT:           ["所在文件夹不存在", "the folder does not exist"],
  ENOTDIR:          ["路径中有一段不是文件夹", "part of the path is not a folder"],
  EISDIR:           ["是文件夹,请给出文件名", "is a folder: give a file name"],
  writeFailed:      ["无法写入({code})", "cannot write ({code})"],
  // why a change log fails verification (LogProblem kinds)
  not_json:            ["不是有效的记录行", "not a valid log line"],
  not_canonical:       ["不是标准写法(例如有重复的字段),不同程序会读出不同内容", "not in canonical form (e.g. a duplicated key): programs would read it differently"],
  no_header:           ["缺少记录头", "the log header is missing"],
  second_header:       ["出现了第二个记录头(可能拼接了其他记录)", "a second header (another log spliced in)"],
  bad_hash:            ["内容被修改(哈希不符)", "edited (its hash does not match)"],
  broken_chain:        ["与上一行衔接不上(上一行或本行被修改、删除、插入或调换)", "does not follow the line before (a line was edited, removed, inserted or moved)"],
  bad_seq:             ["序号不连续", "sequence number out of order"],
  final_hash_mismatch: ["最终哈希与记录时打印的不符(末尾被截断或追加)", "final hash differs from the one printed (tail truncated or appended)"],
} as const;

export type CliMessage = keyof typeof CLI_MESSAGES;

/** One CLI message in the user's language, its `{name}` values filled in. */
export const say = (lang: Lang, key: CliMessage, vars: Record<string, string | number> = {}): string =>
  pick(lang, CLI_MESSAGES[key], vars);

/** `tuomin: FILE: REASON` on stderr — the one shape of every error line. */
export function complain(file: string, reason: string): void {
  process.stderr.write(`tuomin: ${printablePath(file)}: ${reason}\n`);
}

/** A path as it can be printed on one line: control characters (a newline in a file name) as \xHH. */
export const printablePath = (p: string): string =>
  p.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);

const WRITE_ERRNO = ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "ENOENT", "ENOTDIR", "EISDIR"] as const;

/** Why a write to the user's path failed, in the user's language (errno names it; the path is said by complain). */
export function writeReason(lang: Lang, code: string): string {
  return (WRITE_ERRNO as readonly string[]).includes(code)
    ? say(lang, code as (typeof WRITE_ERRNO)[number])
    : say(lang, "writeFailed", { code });
}

/** Why reading the user's file failed (errno), in the user's language. */
export function readReason(lang: Lang, code: string | undefined): string {
  if (code === "ENOENT") return say(lang, "noSuchFile");
  if (code === "EACCES" || code === "EPERM") return say(lang, "permissionDenied");
  if (code === "EISDIR") return say(lang, "isFolder");
  return say(lang, "cannotRead");
}
