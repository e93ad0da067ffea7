import { scanCsv } from "./csv/scan-csv.js";
import { ReadError } from "./errors.js";
import type { FileFormat, FileScan, ScanOptions } from "./scan-result.js";
import { scanTextFile } from "./text/scan-text-file.js";
import { scanXlsx } from "./xlsx/scan-xlsx.js";
import { cfbKind, sniff } from "./zip/zip-reader.js";

/** The formats `tuomin scan` reads, by file extension. */
export const SCANNABLE_EXTENSIONS = [".xlsx", ".xlsm", ".csv", ".tsv", ".txt"] as const;

export function formatOf(fileName: string): FileFormat | null {
  const ext = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
  switch (ext) {
    case ".xlsx":
      return "xlsx";
    case ".xlsm":
      return "xlsm";
    case ".csv":
      return "csv";
    case ".tsv":
      return "tsv";
    case ".txt":
      return "txt";
    default:
      return null;
  }
}

/** Scan a file's bytes; the name decides the format, the content is checked against it. Throws ReadError. */
export function scanBytes(bytes: Uint8Array, fileName: string, opts: ScanOptions = {}): FileScan {
  const low = fileName.toLowerCase();
  if (low.endsWith(".xlsb")) throw new ReadError("xlsb");
  if (low.endsWith(".xls") || low.endsWith(".et")) {
    if (sniff(bytes) === "zip") return scanXlsx(bytes, "xlsx", opts); // an .xlsx saved with the wrong extension
    if (sniff(bytes) === "cfb") throw new ReadError(cfbKind(bytes) === "encrypted" ? "encrypted" : "legacy_xls");
    throw new ReadError("unsupported");
  }
  const format = formatOf(fileName);
  if (format === "xlsx" || format === "xlsm") return scanXlsx(bytes, format, opts);
  if (bytes.length === 0) throw new ReadError("empty");
  if (format === "csv" || format === "tsv") return scanCsv(bytes, format, opts);
  if (format === "txt") return scanTextFile(bytes, opts);
  throw new ReadError("unsupported");
}
