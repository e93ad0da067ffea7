// npm run eval — precision and recall per type on the labeled synthetic set (tests/eval).
import { evaluate, GOALS } from "./score.js";

const seed = Number(process.argv.find((a) => a.startsWith("--seed="))?.slice(7) ?? 1);
const scores = evaluate({ seed });
console.log(`| type | labeled | found | precision | recall | goal | |\n|---|---:|---:|---:|---:|---:|---|`);
let failed = 0;
for (const [t, s] of [...scores].sort((a, b) => (b[1].tp + b[1].fn) - (a[1].tp + a[1].fn))) {
  const goal = GOALS[t];
  const ok = goal === undefined || (s.precision >= goal && s.recall >= goal);
  if (!ok) failed++;
  console.log(`| ${t} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.precision.toFixed(4)} | ${s.recall.toFixed(4)} | ${goal ?? "—"} | ${ok ? "✓" : "✗ below goal"} |`);
}
console.log(failed ? `\n${failed} type(s) below goal (seed ${seed})` : `\nall goals met (seed ${seed})`);
