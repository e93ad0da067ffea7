import type { LogEntry, LogLine } from "./entry.js";

const COLUMNS = [
  "seq",
  "ts",
  "actor",
  "host",
  "file",
  "sheet",
  "cell",
  "url",
  "field",
  "selector",
  "type",
  "action",
  "level",
  "before_fp",
  "before_preview",
  "after",
  "hash",
] as const;

const cell = (v: unknown): string => {
  const s = v == null ? "" : String(v);
  // RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The first row of the CSV export. */
export const LOG_CSV_HEADER = COLUMNS.join(",");

/** One log line as a CSV row (without the line break); the header record gives none. */
export function logCsvRow(l: LogLine): string | null {
  if (l.kind !== "entry") return null;
  const e = l as LogEntry;
  const t = e.target as Record<string, string | null | undefined>;
  return [
    e.seq,
    e.ts,
    e.actor,
    e.host,
    t.file,
    t.sheet,
    t.cell,
    t.url,
    t.field,
    t.selector,
    e.type,
    e.action,
    e.level,
    e.before.fp,
    e.before.preview,
    e.after,
    e.hash,
  ]
    .map(cell)
    .join(",");
}

/** The log's entries as CSV for auditors: a header row, then one row per entry (CRLF line ends). */
export function logToCsv(text: string): string {
  const rows = [LOG_CSV_HEADER];
  for (const raw of text.replace(/^\ufeff/, "").split("\n")) {
    if (!raw.trim()) continue;
    const row = logCsvRow(JSON.parse(raw) as LogLine);
    if (row !== null) rows.push(row);
  }
  return rows.join("\r\n") + "\r\n";
}
