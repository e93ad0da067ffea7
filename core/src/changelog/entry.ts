import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { ulid } from "ulid";
import type { EntityType } from "../model/entity-type.js";
import { canonicalJson } from "./canonical-json.js";

/** Where a change was made: a cell of a workbook, or a field of a web page. */
export type LogTarget =
  | { file: string; sheet: string | null; cell: string | null; location?: string; part?: string }
  | { url: string; field: string; selector: string };

export type LogAction = "mask" | "pseudonymize" | "generalize" | "delete" | "mark_deleted";

export interface LogHeader {
  kind: "header"; v: 1; log_id: string; created: string; tool: string; key_id: string; prev: null; hash: string;
}

export interface LogEntry {
  kind: "entry"; seq: number; ts: string; actor: string; host: string; target: LogTarget;
  type: EntityType; action: LogAction; level?: string;
  before: { fp: string; preview: string }; after: string; prev: string; hash: string;
}

export type LogLine = LogHeader | LogEntry;

/** sha256 over the line's canonical JSON without its `hash` field (../shared/spec/changelog.md). */
export function lineHash(line: Omit<LogLine, "hash"> & { hash?: string }): string {
  const { hash: _hash, ...rest } = line;
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(rest))));
}

/** HMAC-SHA256 of an original value under the log key: an auditor with the key can ask "was this ID handled?". */
export function fingerprint(key: Uint8Array, value: string): string {
  return `hmac-sha256:${bytesToHex(hmac(sha256, key, utf8ToBytes(value)))}`;
}

/** Identifies a key without revealing it: "k1:" + the first 8 hex of sha256(key). */
export function keyId(key: Uint8Array): string {
  return `k1:${bytesToHex(sha256(key)).slice(0, 8)}`;
}

export interface NewEntry {
  target: LogTarget; type: EntityType; action: LogAction; level?: string; original: string; preview: string; after: string;
}

/**
 * Builds a hash-chained change log line by line. It holds the key only to fingerprint originals; the
 * key and the originals never reach a line.
 */
export class ChangeLogWriter {
  private prev: string;
  private seq = 0;
  readonly header: LogHeader;

  constructor(private readonly key: Uint8Array, opts: { tool: string; actor: string; host: string; now?: () => Date; continueFrom?: { hash: string; seq: number } }) {
    this.now = opts.now ?? (() => new Date());
    this.actor = opts.actor;
    this.host = opts.host;
    const h: Omit<LogHeader, "hash"> = { kind: "header", v: 1, log_id: ulid(), created: iso(this.now()), tool: opts.tool, key_id: keyId(key), prev: null };
    this.header = { ...h, hash: lineHash(h) };
    this.prev = opts.continueFrom?.hash ?? this.header.hash;
    this.seq = opts.continueFrom?.seq ?? 0;
  }
  private readonly now: () => Date;
  private readonly actor: string;
  private readonly host: string;

  entry(e: NewEntry): LogEntry {
    const line: Omit<LogEntry, "hash"> = {
      kind: "entry", seq: ++this.seq, ts: iso(this.now()), actor: this.actor, host: this.host, target: e.target,
      type: e.type, action: e.action, ...(e.level ? { level: e.level } : {}),
      before: { fp: fingerprint(this.key, e.original), preview: e.preview }, after: e.after, prev: this.prev,
    };
    const full = { ...line, hash: lineHash(line) } as LogEntry;
    this.prev = full.hash;
    return full;
  }

  get lastHash(): string { return this.prev; }
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** One line of the JSONL file. */
export const serializeLine = (l: LogLine): string => JSON.stringify(l);
