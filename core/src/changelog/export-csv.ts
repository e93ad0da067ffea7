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

/** The log's entries as CSV for auditors (header line first; the header record's id and key id in a comment-free first row). */
export function logToCsv(text: string): string {
  const lines = text
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LogLine);
  const rows = [COLUMNS.join(",")];
  for (const l of lines) {
    if (l.kind !== "entry") continue;
    const e = l as LogEntry;
    const t = e.target as Record<string, string | null | undefined>;
    rows.push(
      [
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
        .join(","),
    );
  }
  return rows.join("\r\n") + "\r\n";
}
