import { keyId, type LogEntry, type LogHeader, type LogLine } from "@tuomin/core";

/**
 * The change logs kept in the workbook's data part: JSON Lines per ../shared/spec/changelog.md, one log
 * per log key (a workbook cleaned on two PCs holds two logs, each starting with its header).
 */
export class WorkbookLogs {
  constructor(readonly logs: string[][]) {}

  static parse(text: string | null): WorkbookLogs {
    const logs: string[][] = [];
    for (const line of (text ?? "").split("\n")) {
      if (!line.trim()) continue;
      if (line.startsWith('{"kind":"header"') || logs.length === 0) logs.push([]);
      logs[logs.length - 1].push(line);
    }
    return new WorkbookLogs(logs);
  }

  /** The log written with this key, if the workbook has one. */
  logFor(key: Uint8Array): string[] | null {
    const id = keyId(key);
    return this.logs.find((l) => (JSON.parse(l[0]) as LogHeader).key_id === id) ?? null;
  }

  /** Where to continue a log: its last line's hash and seq. */
  static tail(log: string[]): { hash: string; seq: number } {
    const last = JSON.parse(log[log.length - 1]) as LogLine;
    return { hash: last.hash, seq: last.kind === "entry" ? (last as LogEntry).seq : 0 };
  }

  /** The last hash of this key's log in a data part ("" when there is none). */
  static lastHash(text: string | null, key: Uint8Array): string {
    const log = WorkbookLogs.parse(text).logFor(key);
    return log ? WorkbookLogs.tail(log).hash : "";
  }

  text(): string {
    return this.logs.map((l) => l.join("\n") + "\n").join("");
  }
}
