import fs from "node:fs";
import { ReadError } from "../formats/errors.js";
import { formatOf, scanBytes } from "../formats/scan-file.js";
import type { ScanOptions } from "../formats/scan-result.js";
import type { FileResult } from "../report/file-result.js";
import type { Lang } from "../report/i18n.js";

/** Scan one file into a FileResult; any failure becomes one line naming the reason (never a stack trace). */
export function scanOne(file: string, opts: ScanOptions & { lang: Lang }): FileResult {
  const format = formatOf(file) ?? "xlsx";
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EACCES" ? (opts.lang === "zh" ? "没有读取权限" : "permission denied") : code === "EISDIR" ? (opts.lang === "zh" ? "是文件夹" : "is a folder") : new ReadError("unreadable").reason(opts.lang);
    return { path: file, format, scan: null, error: why };
  }
  try {
    return { path: file, format, scan: scanBytes(bytes, file, opts), error: null };
  } catch (e) {
    if (e instanceof ReadError) return { path: file, format, scan: null, error: e.reason(opts.lang) };
    if (e instanceof RangeError) return { path: file, format, scan: null, error: new ReadError("too_large").reason(opts.lang) };
    // an unexpected failure in our code: still one line, and the file is named by the caller
    return { path: file, format, scan: null, error: `${new ReadError("corrupt_xml").reason(opts.lang)} [${(e as Error).name}: ${String((e as Error).message).slice(0, 120)}]` };
  }
}
