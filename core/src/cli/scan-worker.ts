// A worker thread of `tuomin scan`: scans the files it is sent, one at a time, and posts the results back.
import { parentPort } from "node:worker_threads";
import type { Lang } from "../report/i18n.js";
import { scanOne } from "./scan-one.js";

parentPort!.on("message", (msg: { id: number; file: string; lang: Lang; threshold?: number }) => {
  const result = scanOne(msg.file, { lang: msg.lang, threshold: msg.threshold });
  parentPort!.postMessage({ id: msg.id, result });
});
