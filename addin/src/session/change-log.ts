import type { LogEntry, LogLine, LogPart } from "@tuomin/core";

/** Text per part, kept well under Excel's 5 MB request limit. */
export const PART_BYTES = 1 << 20;

/** The lines of one key's log, from the workbook's parts in order. */
export function logLines(parts: readonly LogPart[], keyId: string): string[] {
  return parts
    .filter((p) => p.keyId === keyId)
    .sort((a, b) => a.seq - b.seq)
    .flatMap((p) => p.text.split("\n").filter(Boolean));
}

/** Where a log continues: its last line's hash and seq (null for a log not begun). */
export function logTail(lines: readonly string[]): { hash: string; seq: number } | null {
  if (!lines.length) return null;
  const last = JSON.parse(lines[lines.length - 1]) as LogLine;
  return { hash: last.hash, seq: last.kind === "entry" ? (last as LogEntry).seq : 0 };
}

/** Lines packed into part texts of at most PART_BYTES (a line longer than that gets a part of its own). */
export function packLines(lines: readonly string[], limit = PART_BYTES): string[] {
  const out: string[] = [];
  let cur: string[] = [],
    size = 0;
  for (const l of lines) {
    if (size + l.length + 1 > limit && cur.length) {
      out.push(cur.join("\n") + "\n");
      cur = [];
      size = 0;
    }
    cur.push(l);
    size += l.length + 1;
  }
  if (cur.length) out.push(cur.join("\n") + "\n");
  return out;
}
