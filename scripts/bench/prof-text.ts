// A profiling aid, not part of `npm run bench`: best of RUNS (15) scanText passes over the bench's notes (N chars; "whole": one call)
import { scanText } from "../../core/src/index.js";
import { notesCorpus } from "../../tests/synth/notes.js";

const { lines } = notesCorpus(Number(process.env.N ?? 1_000_000));
const whole = lines.join("\n");
let best = Infinity;
for (let k = 0; k < Number(process.env.RUNS ?? 15); k++) {
  const t = performance.now();
  if (process.argv.includes("whole")) scanText(whole);
  else for (const l of lines) scanText(l);
  best = Math.min(best, performance.now() - t);
}
console.log(`${best.toFixed(0)} ms`);
