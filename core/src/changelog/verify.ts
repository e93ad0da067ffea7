import { lineHash, NOBLE_CRYPTO, type LogCrypto, type LogLine } from "./entry.js";

export type LogProblem =
  | { line: number; kind: "not_json" | "no_header" | "bad_hash" | "broken_chain" | "bad_seq" | "second_header" }
  | { line: number; kind: "final_hash_mismatch" };

export interface LogVerification {
  ok: boolean;
  lines: number;
  entries: number;
  finalHash: string | null;
  problem: LogProblem | null;
}

/**
 * Checks a change log's hash chain and names the first bad line (1-based): an edited line fails its own
 * hash (or, re-hashed, the next line's `prev`); a deleted, inserted or reordered line breaks the chain or
 * the sequence. With `expectedFinal` (printed after every run), a truncated tail is caught too.
 */
export function verifyLog(text: string, expectedFinal?: string, crypto: LogCrypto = NOBLE_CRYPTO): LogVerification {
  const raw = text.split("\n");
  if (raw.length && raw[raw.length - 1] === "") raw.pop();
  let prev: string | null = null;
  let seq = 0;
  const fail = (line: number, kind: LogProblem["kind"]): LogVerification => ({
    ok: false,
    lines: raw.length,
    entries: seq,
    finalHash: prev,
    problem: { line, kind } as LogProblem,
  });
  for (let i = 0; i < raw.length; i++) {
    let l: LogLine;
    try {
      l = JSON.parse(raw[i]);
    } catch {
      return fail(i + 1, "not_json");
    }
    if (i === 0) {
      if (l.kind !== "header" || l.prev !== null) return fail(1, "no_header");
    } else {
      if (l.kind === "header") return fail(i + 1, "second_header");
      if (l.kind !== "entry") return fail(i + 1, "not_json");
      if (l.prev !== prev) return fail(i + 1, "broken_chain");
      if (l.seq !== seq + 1) return fail(i + 1, "bad_seq");
      seq = l.seq;
    }
    if (typeof l.hash !== "string" || lineHash(l, crypto) !== l.hash) return fail(i + 1, "bad_hash");
    prev = l.hash;
  }
  if (raw.length === 0) return fail(1, "no_header");
  if (expectedFinal && expectedFinal !== prev)
    return {
      ok: false,
      lines: raw.length,
      entries: seq,
      finalHash: prev,
      problem: { line: raw.length, kind: "final_hash_mismatch" },
    };
  return { ok: true, lines: raw.length, entries: seq, finalHash: prev, problem: null };
}
