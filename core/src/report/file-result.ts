import type { FileFormat, FileNote, SheetSummary } from "../formats/scan-result.js";
import type { FindingDigest } from "./digest.js";

/** One file of a run: what was found (as a digest: counts, examples, the first findings), or why it could not be read. */
export interface FileResult {
  path: string;
  format: FileFormat;
  sheets: SheetSummary[] | null;
  notes: FileNote[];
  digest: FindingDigest | null;
  /** one line naming the reason, in the user's language */
  error: string | null;
}
