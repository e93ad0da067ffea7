import { a1, columnLetters } from "../../_lib/a1.js";
import { TableScanner } from "../../engine/scan-table.js";
import type { ColumnClass } from "../../model/column-class.js";
import type { EntityType } from "../../model/entity-type.js";
import type { FindingFlag, PlacedFinding } from "../../model/finding.js";
import type { ColumnSummary, FileFormat, FileScan, ScanOptions, SheetSummary } from "../scan-result.js";
import { openWorkbook } from "./package.js";
import { scanComments, scanDocProps, scanOtherParts, scanSheetTail, scanWorkbookNames } from "./residue.js";
import { readSharedStrings } from "./shared-strings.js";
import { readSheet } from "./sheet-reader.js";

/** Column summaries: typed columns and columns where findings were made, with counts. */
export function summarizeColumns(classes: ColumnClass[], counts: Map<number, Map<EntityType, number>>): ColumnSummary[] {
  const cols = new Set<number>([...classes.filter((c) => c.type).map((c) => c.index), ...counts.keys()]);
  return [...cols].sort((a, b) => a - b).flatMap((i) => {
    const cls = classes[i];
    const byType = counts.get(i) ?? new Map<EntityType, number>();
    let top: EntityType | null = cls?.type ?? null, topN = top ? byType.get(top) ?? 0 : 0;
    for (const [t, n] of byType) if (!top || n > topN) { top = t; topN = n; }
    if (!top) return [];
    const total = [...byType.values()].reduce((a, b) => a + b, 0);
    const confidence = cls?.type === top ? cls.confidence : Math.min(0.95, topN / Math.max(1, total));
    return [{ column: columnLetters(i), header: cls?.header ?? null, type: top, confidence, findings: total }];
  });
}

/** Scan an .xlsx/.xlsm workbook: every sheet (hidden too), then everything else in the package. */
export function scanXlsx(bytes: Uint8Array, format: FileFormat = "xlsx", opts: ScanOptions = {}): FileScan {
  const pkg = openWorkbook(bytes);
  const findings: PlacedFinding[] = [];
  const keep = opts.keepFindings !== false;
  const emit = (f: PlacedFinding) => { if (keep) findings.push(f); opts.onFinding?.(f); };
  const sheets: SheetSummary[] = [];
  const total = [...pkg.sheets.map((s) => s.part), pkg.sharedStringsPart]
    .reduce((n, p) => n + (p ? pkg.zip.entries.get(p)?.size ?? 0 : 0), 0);
  let done = 0;
  const progress = (n: number) => { done += n; opts.onProgress?.(done, total); };
  const sst = pkg.sharedStringsPart ? readSharedStrings(pkg.zip, pkg.sharedStringsPart) : [];
  if (pkg.sharedStringsPart) progress(pkg.zip.entries.get(pkg.sharedStringsPart)?.size ?? 0);

  for (const sheet of pkg.sheets) {
    const hidden = sheet.state !== "visible";
    if (!sheet.isWorksheet) { sheets.push({ name: sheet.name, hidden, rows: 0, columns: [] }); continue; }
    const counts = new Map<number, Map<EntityType, number>>();
    const scanner = new TableScanner({
      threshold: opts.threshold,
      onFinding: (f, row, col, formula) => {
        let flags: FindingFlag[] = f.flags;
        if (formula || hidden) {
          flags = [...flags];
          if (formula) flags.push("formula");
          if (hidden) flags.push("hidden_sheet");
        }
        emit({ type: f.type, start: f.start, end: f.end, confidence: f.confidence, sensitivity: f.sensitivity, flags, text: f.text, sheet: sheet.name, cell: a1(col, row), location: "value" });
        let m = counts.get(col);
        if (!m) counts.set(col, (m = new Map<EntityType, number>()));
        m.set(f.type, (m.get(f.type) ?? 0) + 1);
      },
    });
    const { rows, tail } = readSheet(pkg.zip, sheet.part, sst, (row, cells) => scanner.pushRow(row, cells), progress);
    const { columns } = scanner.finish();
    sheets.push({ name: sheet.name, hidden, ...(sheet.state === "veryHidden" ? { veryHidden: true } : {}), rows, columns: summarizeColumns(columns, counts) });
    scanSheetTail(pkg, sheet.name, sheet.part, tail, emit, opts.threshold);
    scanComments(pkg, sheet.name, sheet.part, emit, opts.threshold);
  }
  scanWorkbookNames(pkg, emit, opts.threshold);
  scanDocProps(pkg, emit, opts.threshold);
  const notes = scanOtherParts(pkg, emit, opts.threshold);
  return { format, sheets, findings, notes };
}
