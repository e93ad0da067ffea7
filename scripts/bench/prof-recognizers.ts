// A profiling aid, not part of `npm run bench`: time spent in each recognizer (mayMatch + find) over the bench notes
import { RECOGNIZERS } from "../../core/src/index.js";
import { simplified } from "../../core/src/_lib/t2s.js";
import { halfWidth } from "../../core/src/_lib/width.js";
import { notesCorpus } from "../../tests/synth/notes.js";

const { lines } = notesCorpus(1_000_000);
const ctxs = lines.map((t) => ({ text: simplified(halfWidth(t)), column: null, label: null, numeric: false }));
for (let round = 0; round < 2; round++) {
  const rows: [string, number][] = [];
  let t0 = performance.now();
  for (const l of lines) simplified(halfWidth(l));
  rows.push(["views", performance.now() - t0]);
  RECOGNIZERS.forEach((r, k) => {
    t0 = performance.now();
    for (const c of ctxs) if (r.mayMatch(c.text)) r.find(c);
    rows.push([`${k} ${r.type}`, performance.now() - t0]);
  });
  if (round) for (const [n, ms] of rows.sort((a, b) => b[1] - a[1])) console.log(ms.toFixed(1).padStart(7), n);
}
