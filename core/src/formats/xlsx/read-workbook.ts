import type { Cell } from "../../engine/scan-table.js";
import { parseA1 } from "../../_lib/a1.js";
import { openWorkbook } from "./package.js";
import { sheetComments } from "./residue.js";
import { readSharedStrings, SharedStrings } from "./shared-strings.js";
import { readSheet } from "./sheet-reader.js";

/** A worksheet read whole: cells by 0-based row and column, formulas with their text. */
export interface WorkbookSheet {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** rows[r][c], 0-based and sparse: a missing row or cell is empty */
  rows: Cell[][];
  comments: { row: number; col: number; text: string }[];
}

/**
 * Reads every worksheet of an .xlsx into memory (chart sheets are skipped), for hosts that hold a
 * workbook whole, such as the add-in's development harness. Scanning a file uses the streaming scanXlsx.
 */
export function readWorkbook(bytes: Uint8Array): { sheets: WorkbookSheet[]; pivotTables: number; charts: number } {
  const pkg = openWorkbook(bytes);
  const sst = pkg.sharedStringsPart ? readSharedStrings(pkg.zip, pkg.sharedStringsPart) : new SharedStrings();
  const sheets: WorkbookSheet[] = [];
  for (const s of pkg.sheets) {
    if (!s.isWorksheet) continue;
    const rows: Cell[][] = [];
    readSheet(
      pkg.zip,
      s.part,
      sst,
      (row, cells) => {
        rows[row - 1] = cells;
      },
      undefined,
      undefined,
      true,
    );
    const comments = sheetComments(pkg, s.part).flatMap((c) => {
      const at = c.cell ? parseA1(c.cell) : null;
      return at && !c.author ? [{ row: at.row - 1, col: at.col, text: c.text }] : [];
    });
    sheets.push({ name: s.name, visibility: s.state, rows, comments });
  }
  // parts that keep a copy of cell values until refreshed
  const names = [...pkg.zip.entries.keys()];
  const pivotTables = names.filter((n) => /^xl\/pivotTables\/[^/]+\.xml$/i.test(n)).length;
  const charts = names.filter((n) => /^xl\/charts\/chart[^/]*\.xml$/i.test(n)).length;
  return { sheets, pivotTables, charts };
}
