import { lineHash, NOBLE_CRYPTO, type LogCrypto, type LogHeader, type LogLine } from "./entry.js";

export type LogProblem =
  | {
      line: number;
      kind: "not_json" | "not_canonical" | "no_header" | "bad_hash" | "broken_chain" | "bad_seq" | "second_header";
    }
  | { line: number; kind: "final_hash_mismatch" };

export interface LogVerification {
  ok: boolean;
  lines: number;
  entries: number;
  finalHash: string | null;
  problem: LogProblem | null;
  /** the log's header, when its first line is one */
  header: LogHeader | null;
}

/**
 * Checks a change log line by line, so a log of any size is checked in one pass with flat memory: the
 * hash chain (an edited line fails its own hash or the next line's `prev`; a deleted, inserted or
 * reordered line breaks the chain or the sequence) and the form of each line — exactly what
 * JSON.stringify writes of it, so a line with a duplicated key (which parsers read differently) or any
 * other re-spelling is refused. A byte-order mark, CRLF line ends and blank lines at the end are allowed.
 */
export class LogChecker {
  private prev: string | null = null;
  private seq = 0;
  private n = 0;
  private blanks = 0;
  private problem: LogProblem | null = null;
  private head: LogHeader | null = null;

  constructor(private readonly crypto: LogCrypto = NOBLE_CRYPTO) {}

  /** One line, without its "\n". Returns false once a problem has been found (later lines are not read). */
  line(raw: string): boolean {
    if (this.problem) return false;
    if (this.n === 0 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (raw.trim() === "") {
      this.blanks++;
      return true;
    }
    // a blank line followed by more lines is a line that is not an entry
    if (this.blanks) return this.fail(this.n + 1, "not_json");
    const i = ++this.n;
    let l: LogLine;
    try {
      l = JSON.parse(raw);
    } catch {
      return this.fail(i, "not_json");
    }
    if (l === null || typeof l !== "object") return this.fail(i, "not_json");
    if (JSON.stringify(l) !== raw) return this.fail(i, "not_canonical");
    if (i === 1) {
      if (l.kind !== "header" || l.prev !== null) return this.fail(1, "no_header");
      this.head = l;
    } else {
      if (l.kind === "header") return this.fail(i, "second_header");
      if (l.kind !== "entry") return this.fail(i, "not_json");
      if (l.prev !== this.prev) return this.fail(i, "broken_chain");
      if (l.seq !== this.seq + 1) return this.fail(i, "bad_seq");
      this.seq = l.seq;
    }
    if (typeof l.hash !== "string" || lineHash(l, this.crypto) !== l.hash) return this.fail(i, "bad_hash");
    this.prev = l.hash;
    return true;
  }

  private fail(line: number, kind: LogProblem["kind"]): false {
    this.problem = { line, kind } as LogProblem;
    return false;
  }

  /** The verdict, after the last line; with `expectedFinal` (printed after every run) a cut tail is caught too. */
  result(expectedFinal?: string): LogVerification {
    const base = { lines: this.n, entries: this.seq, finalHash: this.prev, header: this.head };
    if (this.problem) return { ok: false, ...base, problem: this.problem };
    if (this.n === 0) return { ok: false, ...base, problem: { line: 1, kind: "no_header" } };
    if (expectedFinal && expectedFinal !== this.prev)
      return { ok: false, ...base, problem: { line: this.n, kind: "final_hash_mismatch" } };
    return { ok: true, ...base, problem: null };
  }
}

/** Checks a change log held as one text (see LogChecker; files are read line by line instead). */
export function verifyLog(text: string, expectedFinal?: string, crypto: LogCrypto = NOBLE_CRYPTO): LogVerification {
  const c = new LogChecker(crypto);
  const lines = text.split("\n");
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  for (const l of lines) if (!c.line(l)) break;
  return c.result(expectedFinal);
}
