import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult } from "../report/file-result.js";
import type { Lang } from "../report/i18n.js";
import { findingJson } from "../report/json-stream.js";
import { Progress } from "./progress.js";
import { scanOne } from "./scan-one.js";

export interface RunOptions {
  lang: Lang;
  threshold?: number;
  progress: boolean;
  /** with --json: each file's findings, serialized, in file order (called before that file's onFileDone) */
  onFindings?: (file: number, json: string[]) => void;
  onFileDone?: (file: number, result: FileResult) => void;
  reveal?: boolean;
}

/**
 * Scan files, several in parallel on all cores (a worker thread per core) when there is more than one.
 * Results come back in the order of `files`; streamed findings too (a later file's are held until the
 * files before it are done).
 */
export async function scanFiles(files: readonly string[], opts: RunOptions): Promise<FileResult[]> {
  const json = !!opts.onFindings;
  if (files.length <= 1) {
    const bar = opts.progress ? new Progress(files[0] ?? "") : null;
    const results = files.map((f, i) => {
      let batch: string[] = [];
      const r = scanOne(f, {
        lang: opts.lang,
        threshold: opts.threshold,
        reveal: opts.reveal,
        onProgress: bar ? (d, t) => bar.update(d, t) : undefined,
        onFinding: json
          ? (x) => {
              batch.push(JSON.stringify(findingJson(x, opts.reveal)));
              if (batch.length >= 1000) {
                opts.onFindings!(i, batch);
                batch = [];
              }
            }
          : undefined,
      });
      if (batch.length) opts.onFindings!(i, batch);
      opts.onFileDone?.(i, r);
      return r;
    });
    bar?.done();
    return results;
  }
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "scan-worker.js");
  const n = Math.max(
    1,
    Math.min(
      files.length,
      typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length,
    ),
  );
  const results: FileResult[] = new Array(files.length);
  const held = new Map<number, string[][]>();
  let head = 0,
    next = 0,
    finished = 0;
  const bar = opts.progress ? new Progress("") : null;
  const advance = () => {
    while (head < files.length && results[head]) {
      for (const b of held.get(head) ?? []) opts.onFindings?.(head, b);
      held.delete(head);
      opts.onFileDone?.(head, results[head]);
      head++;
      for (const b of held.get(head) ?? []) opts.onFindings?.(head, b);
      held.set(head, []);
    }
  };
  held.set(0, []);
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: n }, () => new Worker(workerFile));
    const feed = (w: Worker) => {
      if (next >= files.length) {
        void w.terminate();
        return;
      }
      const id = next++;
      w.postMessage({ id, file: files[id], lang: opts.lang, threshold: opts.threshold, json, reveal: !!opts.reveal });
    };
    for (const w of workers) {
      w.on("message", (m: { id: number; findings?: string[]; result?: FileResult }) => {
        if (m.findings) {
          if (m.id === head) opts.onFindings?.(m.id, m.findings);
          else held.set(m.id, [...(held.get(m.id) ?? []), m.findings]);
          return;
        }
        results[m.id] = m.result!;
        finished++;
        bar?.update(finished, files.length, files[m.id]);
        advance();
        if (finished === files.length) {
          resolve();
          for (const x of workers) void x.terminate();
        } else feed(w);
      });
      w.on("error", reject);
      feed(w);
    }
  });
  bar?.done();
  return results;
}
