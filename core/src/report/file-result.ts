import type { FileFormat, FileScan } from "../formats/scan-result.js";

/** One file of a run: what was found, or why it could not be read. */
export interface FileResult {
  path: string;
  format: FileFormat;
  scan: FileScan | null;
  /** one line naming the reason, in the user's language */
  error: string | null;
}
