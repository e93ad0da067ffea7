import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { tempPathFor } from "./atomic-write.js";
import { EXIT, SIGNAL_EXIT } from "./exit-codes.js";
import { type MaskOptions } from "./mask-command.js";
import { say } from "./messages.js";

/**
 * `tuomin mask` in a worker thread, with this thread answering SIGINT, SIGTERM and SIGHUP: a signal
 * before the commit stops the worker and removes what it staged (the temp files beside OUT, the report
 * and the log, and the log's lock) — nothing is written, the log is as it was; a signal during the
 * commit (the log append and the renames, a moment) lets it finish, so OUT and the log agree. Either way
 * the exit code is 128 + the signal's number. Only SIGKILL and a power cut leave temp files; the next run
 * writing the same target sweeps them.
 */
export function runMaskInWorker(input: string, options: MaskOptions): Promise<number> {
  const state = new SharedArrayBuffer(4);
  const flag = new Int32Array(state);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const worker = new Worker(path.join(here, "mask-worker.js"), { workerData: { input, options, state } });
  const logFile = options.log ?? `${options.output}.tuomin-log.jsonl`;
  const staged = [options.output, logFile, options.report].filter((f): f is string => !!f).map(tempPathFor);

  return new Promise((resolve, reject) => {
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    let signalled: NodeJS.Signals | null = null;
    let code: number = EXIT.usage;
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      for (const s of signals) process.removeListener(s, onSignal);
      f();
    };
    const signalCode = () => SIGNAL_EXIT[signalled!] ?? EXIT.interrupted;
    function onSignal(sig: NodeJS.Signals) {
      if (signalled) return;
      signalled = sig;
      // 0 → 2: the worker has not begun to commit, and now never will; else it is committing and its
      // exit ends the run
      if (Atomics.compareExchange(flag, 0, 0, 2) !== 0) return;
      void worker.terminate().then(() => {
        for (const t of staged) fs.rmSync(t, { force: true });
        removeOwnLock(`${logFile}.lock`);
        process.stderr.write(`tuomin: ${say(options.lang, "interrupted")}\n`);
        settle(() => resolve(signalCode()));
      });
    }
    for (const s of signals) process.on(s, onSignal);
    worker.on("message", (m: { code: number }) => (code = m.code));
    // a bug of ours inside the worker: main names it by kind and place, as one in this thread
    worker.on("error", (e) => settle(() => reject(e)));
    worker.on("exit", () => {
      if (Atomics.load(flag, 0) === 2) return; // interrupted: the signal handler ends the run
      settle(() => resolve(signalled ? signalCode() : code));
    });
  });
}

/** The log's lock file, if this process (the worker shares its pid) holds it. */
function removeOwnLock(lock: string): void {
  try {
    if (Number(fs.readFileSync(lock, "utf8").trim()) === process.pid) fs.rmSync(lock, { force: true });
  } catch {
    /* not there */
  }
}
