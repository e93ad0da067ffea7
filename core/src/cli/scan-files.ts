import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FileResult } from "../report/file-result.js";
import type { Lang } from "../report/i18n.js";
import { Progress } from "./progress.js";
import { scanOne } from "./scan-one.js";

export interface RunOptions { lang: Lang; threshold?: number; progress: boolean }

/**
 * Scan files, several in parallel on all cores (one worker thread per core) when there is more than one;
 * results come back in the order of `files`.
 */
export async function scanFiles(files: readonly string[], opts: RunOptions): Promise<FileResult[]> {
  if (files.length <= 1) {
    const bar = opts.progress ? new Progress(files[0] ?? "") : null;
    const r = files.map((f) => scanOne(f, { lang: opts.lang, threshold: opts.threshold, onProgress: bar ? (d, t) => bar.update(d, t) : undefined }));
    bar?.done();
    return r;
  }
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "scan-worker.js");
  const n = Math.max(1, Math.min(files.length, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length));
  const results: FileResult[] = new Array(files.length);
  let next = 0, finished = 0;
  const bar = opts.progress ? new Progress("") : null;
  await new Promise<void>((resolve, reject) => {
    const workers = Array.from({ length: n }, () => new Worker(workerFile));
    const feed = (w: Worker) => {
      if (next >= files.length) { void w.terminate(); return; }
      const id = next++;
      w.postMessage({ id, file: files[id], lang: opts.lang, threshold: opts.threshold });
    };
    for (const w of workers) {
      w.on("message", (m: { id: number; result: FileResult }) => {
        results[m.id] = m.result;
        finished++;
        bar?.update(finished, files.length, files[m.id]);
        if (finished === files.length) { resolve(); for (const x of workers) void x.terminate(); } else feed(w);
      });
      w.on("error", reject);
      feed(w);
    }
  });
  bar?.done();
  return results;
}
