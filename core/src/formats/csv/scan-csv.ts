import { a1 } from "../../_lib/a1.js";
import { TableScanner } from "../../engine/scan-table.js";
import type { PlacedFinding } from "../../model/finding.js";
import type { FileFormat, FileScan, ScanOptions } from "../scan-result.js";
import { ColumnTally } from "../column-tally.js";
import { decodeText } from "./decode.js";
import { csvRows, detectDelimiter } from "./parse.js";

/** Scan a CSV/TSV export: encoding and delimiter detected, row 1 the header when it looks like one. */
export function scanCsv(bytes: Uint8Array, format: FileFormat = "csv", opts: ScanOptions = {}): FileScan {
  const { text, encoding } = decodeText(bytes);
  const delimiter = format === "tsv" ? "\t" : detectDelimiter(text);
  const findings: PlacedFinding[] = [];
  const keep = opts.keepFindings !== false;
  const tally = new ColumnTally();
  const scanner = new TableScanner({
    threshold: opts.threshold,
    onFinding: (f, row, col) => {
      const pf: PlacedFinding = {
        type: f.type,
        start: f.start,
        end: f.end,
        confidence: f.confidence,
        sensitivity: f.sensitivity,
        flags: f.flags,
        text: f.text,
        sheet: null,
        cell: a1(col, row),
        location: "value",
      };
      if (keep) findings.push(pf);
      opts.onFinding?.(pf);
      tally.add(col, f);
    },
  });
  let row = 0;
  for (const fields of csvRows(text, delimiter)) {
    row++;
    scanner.pushRow(
      row,
      fields.map((f) => f.value),
    );
    if ((row & 4095) === 0 && fields.length) opts.onProgress?.(fields[fields.length - 1].end, text.length);
  }
  const { columns } = scanner.finish();
  opts.onProgress?.(text.length, text.length);
  const notes = encoding === "utf-8" ? [] : [{ kind: "encoding" as const, detail: encoding }];
  return {
    format,
    sheets: [{ name: "", hidden: false, rows: row, columns: tally.summarize(columns) }],
    findings,
    notes,
  };
}
