import type { EntityType } from "../model/entity-type.js";
import type { PlacedFinding } from "../model/finding.js";

export type FileFormat = "xlsx" | "xlsm" | "csv" | "tsv" | "txt";

export interface ColumnSummary {
  column: string;
  header: string | null;
  type: EntityType;
  confidence: number;
  findings: number;
  /** up to two masked examples of `type` (for the summary table; not part of the JSON) */
  examples?: string[];
}

export interface SheetSummary {
  name: string;
  hidden: boolean;
  veryHidden?: boolean;
  rows: number;
  columns: ColumnSummary[];
}

/** What a scan of one file found: per-sheet column summaries, every finding with its place, notes. */
export interface FileScan {
  format: FileFormat;
  sheets: SheetSummary[];
  findings: PlacedFinding[];
  /** things the user should know that are not findings (a thumbnail picture, macros, an encoding) */
  notes: FileNote[];
}

export type FileNoteKind =
  | "thumbnail"
  | "macros"
  | "revisions"
  | "encoding"
  /** a part Tuomin cannot read (an embedded object, a binary part): not checked, so a handover check fails */
  | "unread_part";
/** A fact about the file worth telling the user; `detail` is a part name or an encoding. */
export interface FileNote {
  kind: FileNoteKind;
  detail: string;
}

export interface ScanOptions {
  threshold?: number;
  /** called for every finding as it is made (stream them: a 1M-cell workbook can have a million) */
  onFinding?: (f: PlacedFinding) => void;
  /** keep findings in FileScan.findings (default true); false keeps memory flat */
  keepFindings?: boolean;
  /** progress in bytes of the largest parts read so far, of the total */
  onProgress?: (done: number, total: number) => void;
  /** sheet names as they are, even when they hold personal data (`--reveal`); default: masked */
  revealNames?: boolean;
  /** how deep inside embedded workbooks this scan is (0: the user's file) */
  depth?: number;
}
