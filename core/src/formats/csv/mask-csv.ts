import { a1, columnLetters } from "../../_lib/a1.js";
import { TableScanner } from "../../engine/scan-table.js";
import type { Finding } from "../../model/finding.js";
import { maskText, type MaskContext, type Retained, type ValueChange } from "../../mask/plan.js";
import type { FileFormat } from "../scan-result.js";
import { ReadError } from "../errors.js";
import { decodeText } from "./decode.js";
import { encodeText } from "./encode.js";
import { csvRows, detectDelimiter, type CsvField } from "./parse.js";

export interface CellChange extends ValueChange {
  sheet: string | null;
  cell: string | null;
  location?: import("../../model/finding.js").Location;
  part?: string;
}
export interface MaskResult {
  bytes: Uint8Array;
  changes: CellChange[];
  retained: (Retained & { cell: string })[];
  encoding: string;
}

/** Quote a field the way the file did, and whenever the new value needs it. */
function writeField(value: string, original: CsvField, delimiter: string): string {
  const needs = value.includes(delimiter) || /["\r\n]/.test(value);
  return original.quoted || needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A remediated copy of a CSV/TSV: same encoding (and BOM), delimiter, quoting and line endings; only the
 * fields that held personal data are rewritten, everything else is copied character for character.
 * mark_deleted sets (or adds) a status column on the row.
 */
export function maskCsv(bytes: Uint8Array, format: FileFormat, ctx: MaskContext): MaskResult {
  if (bytes.length === 0) throw new ReadError("empty"); // as scan says: nothing to remediate is not success
  const { text, encoding, bom } = decodeText(bytes);
  const delimiter = format === "tsv" ? "\t" : detectDelimiter(text);
  const rows = [...csvRows(text, delimiter)];
  const found = new Map<string, Finding[]>();
  const scanner = new TableScanner({
    threshold: undefined,
    onFinding: (f, row, col) => {
      const k = `${row}:${col}`;
      const list = found.get(k);
      // (one cell can hold millions: appended, never copied)
      if (list) list.push({ ...f });
      else found.set(k, [{ ...f }]);
    },
  });
  rows.forEach((fields, i) =>
    scanner.pushRow(
      i + 1,
      fields.map((f) => f.value),
    ),
  );
  const { columns, headerRow } = scanner.finish();
  const headers = headerRow ? rows[headerRow - 1].map((f) => f.value) : [];
  const collected: CellChange[] = [];
  const changes = {
    push: (c: CellChange) => {
      if (ctx.onChange) ctx.onChange(c);
      else collected.push(c);
    },
  };
  const retained: (Retained & { cell: string })[] = [];
  const edits: { start: number; end: number; with: string }[] = [];
  const statusRows = new Map<number, { column: string; value: string }>();
  for (const [k, fs] of found) {
    const [row, col] = k.split(":").map(Number);
    const field = rows[row - 1][col];
    const cell = a1(col, row);
    const r = maskText(
      field.value,
      fs,
      { sheet: null, header: headers[col] ?? columns[col]?.header ?? null, column: columnLetters(col) },
      ctx,
    );
    for (const c of r.changes) changes.push({ ...c, sheet: null, cell });
    for (const x of r.retained) retained.push({ ...x, cell });
    if (r.markDeleted.length) {
      const a = r.markDeleted[0] as { statusColumn: string; statusValue: string };
      statusRows.set(row, { column: a.statusColumn, value: a.statusValue });
    }
    if (r.text !== field.value)
      edits.push({ start: field.start, end: field.end, with: writeField(r.text, field, delimiter) });
  }
  if (statusRows.size) addStatusColumn(rows, headerRow, statusRows, delimiter, edits);
  // one pass over the text, edits in order (a stable sort keeps an insertion after the edit it follows)
  const pieces: string[] = [];
  let pos = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(pos, e.start), e.with);
    pos = e.end;
  }
  pieces.push(text.slice(pos));
  return { bytes: encodeText(pieces.join(""), encoding, bom), changes: collected, retained, encoding };
}

/** Logical deletion: a status column (found by its header, else appended) set on the rows marked deleted. */
function addStatusColumn(
  rows: CsvField[][],
  headerRow: number | null,
  marks: Map<number, { column: string; value: string }>,
  delimiter: string,
  edits: { start: number; end: number; with: string }[],
): void {
  const name = [...marks.values()][0].column;
  const header = headerRow ? rows[headerRow - 1] : null;
  let col = header ? header.findIndex((f) => f.value === name) : -1;
  const append = col < 0;
  if (append) {
    col = rows.reduce((n, r) => Math.max(n, r.length), 0);
    if (header) {
      const last = header[header.length - 1];
      edits.push({
        start: last.end,
        end: last.end,
        with:
          delimiter.repeat(col - header.length + 1) +
          writeField(name, { value: "", start: 0, end: 0, quoted: false }, delimiter),
      });
    }
  }
  rows.forEach((fields, i) => {
    const m = marks.get(i + 1);
    if (!m) return;
    if (!append && fields[col])
      edits.push({ start: fields[col].start, end: fields[col].end, with: writeField(m.value, fields[col], delimiter) });
    else {
      const last = fields[fields.length - 1];
      edits.push({
        start: last.end,
        end: last.end,
        with:
          delimiter.repeat(Math.max(1, col - fields.length + 1)) +
          writeField(m.value, { value: "", start: 0, end: 0, quoted: false }, delimiter),
      });
    }
  });
}
