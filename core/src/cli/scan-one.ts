import fs from "node:fs";
import { asReadError, ReadError } from "../formats/errors.js";
import { formatOf, scanBytes } from "../formats/scan-file.js";
import type { PlacedFinding } from "../model/finding.js";
import { addToDigest, newDigest } from "../report/digest.js";
import type { FileResult } from "../report/file-result.js";
import type { Lang } from "../report/i18n.js";
import { say } from "./messages.js";

export interface ScanOneOptions {
  lang: Lang;
  threshold?: number;
  onProgress?: (done: number, total: number) => void;
  /** every finding as it is made (for --json); the result keeps only a digest */
  onFinding?: (f: PlacedFinding) => void;
  /** raw sheet names (--reveal) */
  reveal?: boolean;
}

/** Scan one file into a FileResult; any failure becomes one line naming the reason (never a stack trace). */
export function scanOne(file: string, opts: ScanOneOptions): FileResult {
  const format = formatOf(file) ?? "xlsx";
  const failed = (error: string): FileResult => ({ path: file, format, sheets: null, notes: [], digest: null, error });
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "EACCES"
        ? say(opts.lang, "permissionDenied")
        : code === "EISDIR"
          ? say(opts.lang, "isFolder")
          : new ReadError("unreadable").reason(opts.lang);
    return failed(why);
  }
  const digest = newDigest();
  try {
    const scan = scanBytes(bytes, file, {
      threshold: opts.threshold,
      revealNames: opts.reveal,
      onProgress: opts.onProgress,
      keepFindings: false,
      onFinding: (f) => {
        addToDigest(digest, f);
        opts.onFinding?.(f);
      },
    });
    return { path: file, format, sheets: scan.sheets, notes: scan.notes, digest, error: null };
  } catch (e) {
    return failed(asReadError(e).reason(opts.lang));
  }
}
