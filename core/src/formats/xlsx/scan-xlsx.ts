import { a1 } from "../../_lib/a1.js";
import { TableScanner } from "../../engine/scan-table.js";
import type { FindingFlag, PlacedFinding } from "../../model/finding.js";
import { ColumnTally } from "../column-tally.js";
import type { FileFormat, FileNote, FileScan, ScanOptions, SheetSummary } from "../scan-result.js";
import { openWorkbook } from "./package.js";
import { scanComments, scanParts, scanSheetTail, scanWorkbookNames, type Emit } from "./residue.js";
import { readSharedStrings, SharedStrings } from "./shared-strings.js";
import { shownSheetName } from "./sheet-names.js";
import { readSheet } from "./sheet-reader.js";

/** Scan an .xlsx/.xlsm workbook: every sheet (hidden too), then everything else in the package. */
export function scanXlsx(bytes: Uint8Array, format: FileFormat = "xlsx", opts: ScanOptions = {}): FileScan {
  const pkg = openWorkbook(bytes);
  const findings: PlacedFinding[] = [];
  const keep = opts.keepFindings !== false;
  // sheet names holding personal data are masked in what the scan reports, unless revealed
  const names = new Map<string, string>();
  const shown = (n: string) => {
    if (opts.revealNames) return n;
    let s = names.get(n);
    if (s === undefined) names.set(n, (s = shownSheetName(n)));
    return s;
  };
  const emit = (f: PlacedFinding) => {
    if (f.sheet !== null && shown(f.sheet) !== f.sheet) f = { ...f, sheet: shown(f.sheet) };
    if (keep) findings.push(f);
    opts.onFinding?.(f);
  };
  const sheets: SheetSummary[] = [];
  const total = [...pkg.sheets.map((s) => s.part), pkg.sharedStringsPart].reduce(
    (n, p) => n + (p ? (pkg.zip.entries.get(p)?.size ?? 0) : 0),
    0,
  );
  let done = 0;
  const progress = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  const sst = pkg.sharedStringsPart ? readSharedStrings(pkg.zip, pkg.sharedStringsPart) : new SharedStrings();
  if (pkg.sharedStringsPart) progress(pkg.zip.entries.get(pkg.sharedStringsPart)?.size ?? 0);

  for (const sheet of pkg.sheets) {
    const hidden = sheet.state !== "visible";
    if (!sheet.isWorksheet) {
      sheets.push({ name: shown(sheet.name), hidden, rows: 0, columns: [] });
      continue;
    }
    const tally = new ColumnTally();
    const scanner = new TableScanner({
      threshold: opts.threshold,
      onFinding: (f, row, col, formula) => {
        let flags: FindingFlag[] = f.flags;
        if (formula || hidden) {
          flags = [...flags];
          if (formula) flags.push("formula");
          if (hidden) flags.push("hidden_sheet");
        }
        emit({
          type: f.type,
          start: f.start,
          end: f.end,
          confidence: f.confidence,
          sensitivity: f.sensitivity,
          flags,
          text: f.text,
          sheet: sheet.name,
          cell: a1(col, row),
          location: "value",
        });
        tally.add(col, f);
      },
    });
    const { rows, tail } = readSheet(pkg.zip, sheet.part, sst, (row, cells) => scanner.pushRow(row, cells), progress);
    const { columns } = scanner.finish();
    sheets.push({
      name: shown(sheet.name),
      hidden,
      ...(sheet.state === "veryHidden" ? { veryHidden: true } : {}),
      rows,
      columns: tally.summarize(columns),
    });
    scanSheetTail(pkg, sheet.name, sheet.part, tail, emit, opts.threshold);
    scanComments(pkg, sheet.name, sheet.part, emit, opts.threshold);
  }
  scanWorkbookNames(pkg, emit, opts.threshold);
  const depth = opts.depth ?? 0;
  const notes = scanParts(
    pkg,
    { embedded: (b, part, e) => scanEmbedded(b, part, e, opts, depth) },
    emit,
    opts.threshold,
  );
  return { format, sheets, findings, notes };
}

/** Workbooks embedded in workbooks (OLE objects saved as .xlsx) are scanned like the outer one, two levels deep. */
const MAX_DEPTH = 2;

function scanEmbedded(bytes: Uint8Array, part: string, emit: Emit, opts: ScanOptions, depth: number): FileNote[] {
  if (depth >= MAX_DEPTH) return [{ kind: "unread_part", detail: part }];
  let inner: FileScan;
  try {
    inner = scanXlsx(bytes, "xlsx", { threshold: opts.threshold, keepFindings: true, depth: depth + 1 });
  } catch {
    return [{ kind: "unread_part", detail: part }];
  }
  for (const f of inner.findings)
    emit({ ...f, location: "other_part", sheet: null, part: `${part} → ${f.part ?? f.sheet ?? ""}` });
  return inner.notes.map((n) => ({ ...n, detail: `${part} → ${n.detail}` }));
}
