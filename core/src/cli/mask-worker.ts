// The worker thread `tuomin mask` runs in, so that its parent stays free to answer a signal while the
// (synchronous) masking runs. `state` is shared with the parent: 0 running, 1 committing, 2 interrupted.
import { parentPort, workerData } from "node:worker_threads";
import { runMask, type MaskOptions } from "./mask-command.js";

const { input, options, state } = workerData as { input: string; options: MaskOptions; state: SharedArrayBuffer };
const flag = new Int32Array(state);
// commit only if the parent has not been interrupted first; once committing, the parent waits for the end
const code = runMask(input, options, () => Atomics.compareExchange(flag, 0, 0, 1) === 0);
parentPort!.postMessage({ code });
