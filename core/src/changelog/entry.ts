import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { ulid } from "ulid";
import type { EntityType } from "../model/entity-type.js";
import { canonicalJson, canonicalJsonPresorted } from "./canonical-json.js";

/** Where a change was made: a cell of a workbook, or a field of a web page. */
export type LogTarget =
  | { file: string; sheet: string | null; cell: string | null; location?: string; part?: string }
  | { url: string; field: string; selector: string };

export type LogAction = "mask" | "pseudonymize" | "generalize" | "delete" | "mark_deleted";

export interface LogHeader {
  kind: "header";
  v: 1;
  log_id: string;
  created: string;
  tool: string;
  key_id: string;
  prev: null;
  hash: string;
}

export interface LogEntry {
  kind: "entry";
  seq: number;
  ts: string;
  actor: string;
  host: string;
  target: LogTarget;
  type: EntityType;
  action: LogAction;
  level?: string;
  before: { fp: string; preview: string };
  after: string;
  prev: string;
  hash: string;
}

export type LogLine = LogHeader | LogEntry;

/**
 * The hash functions of the log, as a port: the default is @noble/hashes (pure JS, runs in every host);
 * the CLI passes Node's native crypto, ~10× faster on a million-entry log.
 */
export interface LogCrypto {
  sha256Hex(text: string): string;
  hmacSha256Hex(key: Uint8Array, text: string): string;
}
/** HMAC states with the key already absorbed, cloned per message (saves two of four compressions). */
const keyed = new WeakMap<Uint8Array, ReturnType<typeof hmac.create>>();
export const NOBLE_CRYPTO: LogCrypto = {
  sha256Hex: (t) => bytesToHex(sha256(utf8ToBytes(t))),
  hmacSha256Hex: (k, t) => {
    let base = keyed.get(k);
    if (!base) keyed.set(k, (base = hmac.create(sha256, k)));
    return bytesToHex(base.clone().update(utf8ToBytes(t)).digest());
  },
};

/** sha256 over the line's canonical JSON without its `hash` field (docs/spec/changelog.md). */
export function lineHash(line: Omit<LogLine, "hash"> & { hash?: string }, crypto: LogCrypto = NOBLE_CRYPTO): string {
  const { hash: _hash, ...rest } = line;
  return crypto.sha256Hex(canonicalJson(rest));
}

/** HMAC-SHA256 of an original value under the log key: an auditor with the key can ask "was this ID handled?". */
export function fingerprint(key: Uint8Array, value: string, crypto: LogCrypto = NOBLE_CRYPTO): string {
  return `hmac-sha256:${crypto.hmacSha256Hex(key, value)}`;
}

/** Identifies a key without revealing it: "k1:" + the first 8 hex of sha256(key). */
export function keyId(key: Uint8Array): string {
  return `k1:${bytesToHex(sha256(key)).slice(0, 8)}`;
}

export interface NewEntry {
  target: LogTarget;
  type: EntityType;
  action: LogAction;
  level?: string;
  original: string;
  preview: string;
  after: string;
}

/**
 * Builds a hash-chained change log line by line. It holds the key only to fingerprint originals; the
 * key and the originals never reach a line.
 */
export class ChangeLogWriter {
  private prev: string;
  private seq = 0;
  readonly header: LogHeader;

  constructor(
    private readonly key: Uint8Array,
    opts: {
      tool: string;
      actor: string;
      host: string;
      now?: () => Date;
      continueFrom?: { hash: string; seq: number };
      crypto?: LogCrypto;
    },
  ) {
    this.crypto = opts.crypto ?? NOBLE_CRYPTO;
    this.now = opts.now ?? (() => new Date());
    this.actor = opts.actor;
    this.host = opts.host;
    const h: Omit<LogHeader, "hash"> = {
      kind: "header",
      v: 1,
      log_id: ulid(),
      created: iso(this.now()),
      tool: opts.tool,
      key_id: keyId(key),
      prev: null,
    };
    this.header = { ...h, hash: lineHash(h, this.crypto) };
    this.prev = opts.continueFrom?.hash ?? this.header.hash;
    this.seq = opts.continueFrom?.seq ?? 0;
  }
  private readonly now: () => Date;
  private readonly crypto: LogCrypto;
  private readonly actor: string;
  private readonly host: string;

  entry(e: NewEntry): LogEntry {
    return JSON.parse(this.entryLine(e)) as LogEntry;
  }

  /**
   * One entry as its JSONL line. The object is built with its keys in sorted order at every level, so its
   * canonical JSON is a single pass; the line is that JSON with the hash added.
   */
  entryLine(e: NewEntry): string {
    const t = e.target as Record<string, unknown>;
    const target: Record<string, unknown> = {};
    for (const k of Object.keys(t).sort()) target[k] = t[k];
    const line = {
      action: e.action,
      actor: this.actor,
      after: e.after,
      before: { fp: fingerprint(this.key, e.original, this.crypto), preview: e.preview },
      host: this.host,
      kind: "entry",
      level: e.level,
      prev: this.prev,
      seq: ++this.seq,
      target,
      ts: this.timestamp(),
      type: e.type,
    };
    const canon = canonicalJsonPresorted(line);
    const hash = this.crypto.sha256Hex(canon);
    this.prev = hash;
    return `${canon.slice(0, -1)},"hash":"${hash}"}`;
  }

  private lastSecond = -1;
  private lastIso = "";
  /** ISO time to the second, formatted once per second. */
  private timestamp(): string {
    const d = this.now();
    const sec = Math.floor(d.getTime() / 1000);
    if (sec !== this.lastSecond) {
      this.lastSecond = sec;
      this.lastIso = iso(d);
    }
    return this.lastIso;
  }

  get lastHash(): string {
    return this.prev;
  }
  /** seq and ts of the last entry written */
  get lastSeq(): number {
    return this.seq;
  }
  get lastTs(): string {
    return this.lastIso;
  }
}

const iso = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** One line of the JSONL file. */
export const serializeLine = (l: LogLine): string => JSON.stringify(l);
