/**
 * The change log in chrome.storage.local (never sync: a log of personal-data handling must not travel to
 * a browser account). Entries per docs/spec/changelog.md, stored as JSONL chunks; the log key is
 * created on first use and kept beside them, never in the log.
 */
import { ChangeLogWriter, TOOL_VERSION, type LogAction, type NewEntry } from "@tuomin/core";

const KEY = "tuomin.logKey";
const META = "tuomin.log.meta";
const CHUNK = "tuomin.log.chunk.";
const ACTOR = "tuomin.actor";
/** characters per stored chunk */
const CHUNK_CHARS = 256 * 1024;

interface Meta {
  chunks: number;
  entries: number;
  tail: { hash: string; seq: number } | null;
}

const area = () => chrome.storage.local;

async function logKey(): Promise<Uint8Array> {
  const got = (await area().get(KEY))[KEY] as string | undefined;
  if (got && /^[0-9a-f]{64}$/.test(got)) return Uint8Array.from(got.match(/../g)!.map((h) => parseInt(h, 16)));
  const key = crypto.getRandomValues(new Uint8Array(32));
  await area().set({ [KEY]: Array.from(key, (b) => b.toString(16).padStart(2, "0")).join("") });
  return key;
}

async function meta(): Promise<Meta> {
  return ((await area().get(META))[META] as Meta | undefined) ?? { chunks: 0, entries: 0, tail: null };
}

export async function actor(): Promise<string> {
  return ((await area().get(ACTOR))[ACTOR] as string | undefined) || "浏览器用户";
}

export async function setActor(name: string): Promise<void> {
  await area().set({ [ACTOR]: name.trim() });
}

export interface FieldEntry {
  url: string;
  field: string;
  selector: string;
  type: NewEntry["type"];
  action: LogAction;
  level?: string;
  original: string;
  preview: string;
  after: string;
}

/** Append one entry per changed field; returns the log's final hash. Originals are fingerprinted, never stored. */
export async function appendEntries(
  changes: readonly FieldEntry[],
): Promise<{ entries: number; finalHash: string | null }> {
  const m = await meta();
  if (!changes.length) return { entries: m.entries, finalHash: m.tail?.hash ?? null };
  const writer = new ChangeLogWriter(await logKey(), {
    tool: `tuomin-extension ${TOOL_VERSION}`,
    actor: await actor(),
    host: "browser-extension",
    ...(m.tail ? { continueFrom: m.tail } : {}),
  });
  const lines: string[] = m.tail ? [] : [JSON.stringify(writer.header)];
  for (const c of changes) {
    lines.push(
      writer.entryLine({
        target: { url: c.url, field: c.field, selector: c.selector },
        type: c.type,
        action: c.action,
        ...(c.level ? { level: c.level } : {}),
        original: c.original,
        preview: c.preview,
        after: c.after,
      }),
    );
  }
  // fill the last chunk, then start new ones
  const updates: Record<string, unknown> = {};
  let index = Math.max(0, m.chunks - 1);
  let text = m.chunks ? (((await area().get(CHUNK + index))[CHUNK + index] as string | undefined) ?? "") : "";
  for (const l of lines) {
    if (text.length + l.length + 1 > CHUNK_CHARS && text) {
      updates[CHUNK + index] = text;
      index++;
      text = "";
    }
    text += l + "\n";
  }
  updates[CHUNK + index] = text;
  const next: Meta = {
    chunks: index + 1,
    entries: m.entries + changes.length,
    tail: { hash: writer.lastHash, seq: writer.lastSeq },
  };
  updates[META] = next;
  await area().set(updates);
  return { entries: next.entries, finalHash: next.tail!.hash };
}

/** The whole log as a JSONL file (null when nothing was logged). */
export async function exportLog(): Promise<{ jsonl: string | null; entries: number }> {
  const m = await meta();
  if (!m.chunks) return { jsonl: null, entries: 0 };
  const keys = Array.from({ length: m.chunks }, (_, i) => CHUNK + i);
  const got = await area().get(keys);
  return { jsonl: keys.map((k) => (got[k] as string | undefined) ?? "").join(""), entries: m.entries };
}

export async function logSummary(): Promise<{ entries: number; finalHash: string | null }> {
  const m = await meta();
  return { entries: m.entries, finalHash: m.tail?.hash ?? null };
}
