/// <reference lib="webworker" />
// Detection off the pane's thread: Excel's watchdog never sees the pane freeze.
import { DetectionJobs } from "../session/detection.js";
import type { DetectRequest, DetectResponse } from "./protocol.js";

const jobs = new DetectionJobs();

self.onmessage = (e: MessageEvent<DetectRequest>) => {
  const m = e.data;
  let reply: DetectResponse;
  try {
    reply =
      m.op === "push"
        ? { id: m.id, result: jobs.push(m.job, m.top, m.left, m.rows) }
        : { id: m.id, result: jobs.finish(m.job) };
  } catch (err) {
    reply = { id: m.id, error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(reply);
};
