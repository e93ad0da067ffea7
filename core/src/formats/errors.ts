import { pick, type Bilingual, type Lang } from "../model/bilingual.js";

/** Why a file cannot be read. Every reader throws these; hosts print one line naming the file and the reason. */
export type ReadErrorCode =
  | "not_zip"
  | "truncated"
  | "encrypted"
  | "legacy_xls"
  | "xlsb"
  | "too_large"
  | "bomb"
  | "xml_entities"
  | "corrupt_xml"
  /** the zip's own structure contradicts itself: sizes, CRC, compression method */
  | "corrupt_zip"
  /** two entries of one name, or a local header that names another file: readers would disagree */
  | "ambiguous"
  | "not_workbook"
  | "unsupported"
  | "empty"
  | "too_many_rows"
  | "unreadable"
  /** a bug in Tuomin, not a problem with the file: never reported as "damaged" */
  | "internal";

// prettier-ignore
const MESSAGES: Record<ReadErrorCode, Bilingual> = {
  not_zip: ["不是有效的 Excel 文件(不是 zip 压缩包)", "not a valid Excel file (not a zip package)"],
  truncated: ["文件不完整或已损坏(zip 目录缺失或被截断)", "file is incomplete or damaged (zip directory missing or truncated)"],
  encrypted: ["文件已加密,请先在 Excel 中取消密码后再扫描", "file is password-protected: remove the password in Excel, then scan again"],
  legacy_xls: ["这是旧版 .xls 文件,请先在 Excel 中另存为 .xlsx", "legacy .xls file: save it as .xlsx in Excel first"],
  xlsb: ["暂不支持 .xlsb(二进制工作簿),请另存为 .xlsx", ".xlsb (binary workbook) is not supported yet: save it as .xlsx"],
  too_large: ["解压后内容过大,已停止读取", "too large after decompression: reading stopped"],
  bomb: ["压缩比异常(疑似 zip 炸弹),已停止读取", "abnormal compression ratio (likely a zip bomb): reading stopped"],
  xml_entities: ["XML 含有 DOCTYPE 或实体声明(Excel 文件不会有),已拒绝读取", "XML declares a DOCTYPE or entities (never in Excel files): refused"],
  corrupt_xml: ["文件内容损坏(XML 无法解析)", "file content is damaged (XML cannot be parsed)"],
  corrupt_zip: ["文件已损坏(zip 条目的大小、校验或压缩方式与目录不符)", "file is damaged (a zip entry's size, checksum or compression does not match its directory)"],
  ambiguous: ["文件结构有歧义(zip 中有重名条目),不同软件会读出不同内容,已拒绝读取", "ambiguous package (duplicate zip entries): different programs would read different content, refused"],
  not_workbook: ["不是 Excel 工作簿(缺少 xl/workbook.xml)", "not an Excel workbook (no xl/workbook.xml)"],
  unsupported: ["不支持的文件类型", "unsupported file type"],
  empty: ["文件为空", "file is empty"],
  too_many_rows: ["工作表超过 Excel 的行数上限 1,048,576", "sheet exceeds Excel's limit of 1,048,576 rows"],
  unreadable: ["无法读取文件", "cannot read the file"],
  internal: ["Tuomin 内部错误(不是文件的问题),请把这一行报告给开发者", "internal error in Tuomin (not a problem with the file): please report this line"],
};

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly detail?: string,
  ) {
    super(MESSAGES[code][1] + (detail ? ` (${detail})` : ""));
    this.name = "ReadError";
  }
  /** The reason in the user's language, with the technical detail (a part name, a limit) in brackets. */
  reason(lang: Lang = "zh"): string {
    return pick(lang, MESSAGES[this.code]) + (this.detail ? `(${this.detail})` : "");
  }
}

/**
 * The ReadError a failure stands for: itself, `too_large` for an engine limit (RangeError: a string or
 * array too long), else `internal` — a bug of ours — naming only the error's kind and where it happened,
 * never its message (which could quote the file's content).
 */
export function asReadError(e: unknown): ReadError {
  if (e instanceof ReadError) return e;
  if (e instanceof RangeError) return new ReadError("too_large");
  if (!(e instanceof Error)) return new ReadError("internal", typeof e);
  const frame = e.stack
    ?.split("\n")
    .find((l) => /^\s+at /.test(l))
    ?.trim()
    .replace(/^at /, "")
    .replace(/\(?(?:file:\/\/)?[^()]*\/([^/()]+:\d+):\d+\)?/, "($1)");
  return new ReadError("internal", frame ? `${e.name} ${frame}` : e.name);
}
