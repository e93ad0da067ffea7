// A worker thread of `tuomin scan`: scans the files it is sent, one at a time. With --json it streams the
// findings back in batches (already serialized), then posts the file's result.
import { parentPort } from "node:worker_threads";
import type { Lang } from "../report/i18n.js";
import { findingJson } from "../report/json-stream.js";
import { scanOne } from "./scan-one.js";

const BATCH = 1000;

parentPort!.on(
  "message",
  (msg: { id: number; file: string; lang: Lang; threshold?: number; json: boolean; reveal: boolean }) => {
    let batch: string[] = [];
    const result = scanOne(msg.file, {
      lang: msg.lang,
      threshold: msg.threshold,
      reveal: msg.reveal,
      onFinding: msg.json
        ? (f) => {
            batch.push(JSON.stringify(findingJson(f, msg.reveal)));
            if (batch.length >= BATCH) {
              parentPort!.postMessage({ id: msg.id, findings: batch });
              batch = [];
            }
          }
        : undefined,
    });
    if (batch.length) parentPort!.postMessage({ id: msg.id, findings: batch });
    parentPort!.postMessage({ id: msg.id, result });
  },
);
