import type { ReadCell } from "@tuomin/core";
import type { CellHit, Detector, SheetDetection } from "../session/detection.js";
import type { DetectRequest, DetectResponse } from "./protocol.js";

type Pending = { resolve: (v: never) => void; reject: (e: Error) => void };
type Req = DetectRequest extends infer R ? (R extends unknown ? Omit<R, "id"> : never) : never;

/** The Detector as a Web Worker: requests are answered in order, one message each. */
export class WorkerDetector implements Detector {
  private readonly worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(worker?: Worker) {
    this.worker = worker ?? new Worker(new URL("./detect.worker.ts", import.meta.url));
    this.worker.onmessage = (e: MessageEvent<DetectResponse>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.error !== undefined) p.reject(new Error(e.data.error));
      else p.resolve(e.data.result as never);
    };
    this.worker.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message));
      this.pending.clear();
    };
  }

  private send<T>(req: Req): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: never) => void, reject });
      this.worker.postMessage({ ...req, id });
    });
  }

  push(job: string, top: number, left: number, rows: ReadCell[][]): Promise<CellHit[]> {
    return this.send({ op: "push", job, top, left, rows });
  }
  finish(job: string): Promise<SheetDetection> {
    return this.send({ op: "finish", job });
  }
  dispose(): void {
    this.worker.terminate();
  }
}
