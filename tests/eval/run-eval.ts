import fs from "node:fs";
// npm run eval — precision and recall per type: the generated set (tests/synth) against the goals,
// then the realistic set (tests/data/eval/realistic-dev) per type and per written form.
import { evaluate, GOALS } from "./score.js";
import { scoreCluener } from "./cluener.js";
import { mistakeLines, realisticTables, scoreExport, scoreNotes } from "./realistic.js";
import { listFormsTable, scoreListForms } from "./list-names.js";

const seed = Number(process.argv.find((a) => a.startsWith("--seed="))?.slice(7) ?? 1);
const only = process.argv.includes("--realistic")
  ? "realistic"
  : process.argv.includes("--synthetic")
    ? "synthetic"
    : "";

let failed = 0;
if (only !== "realistic") {
  const scores = evaluate({ seed });
  console.log(`## Generated set (seed ${seed}), exact spans\n`);
  console.log(`| type | labeled | found | precision | recall | goal | |\n|---|---:|---:|---:|---:|---:|---|`);
  for (const [t, s] of [...scores].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) {
    const goal = GOALS[t];
    const ok = goal === undefined || (s.precision >= goal && s.recall >= goal);
    if (!ok) failed++;
    const row = [
      t,
      s.tp + s.fn,
      s.tp + s.fp,
      s.precision.toFixed(4),
      s.recall.toFixed(4),
      goal ?? "—",
      ok ? "✓" : "✗ below goal",
    ];
    console.log(`| ${row.join(" | ")} |`);
  }
  console.log(failed ? `\n${failed} type(s) below goal (seed ${seed})\n` : `\nall goals met (seed ${seed})\n`);
}
const cluener = process.argv.find((a) => a.startsWith("--cluener="))?.slice(10);
if (cluener) {
  // --cluener=PATH/dev.json: Chinese-format person names of a local CLUENER2020 copy (goal: recall and precision ≥ 0.85)
  const c = scoreCluener(cluener, process.argv.includes("--show") ? Infinity : 0);
  console.log(`## CLUENER2020 ${cluener}: ${c.sentences} sentences, Chinese-format names\n`);
  console.log(
    `| labels | found | recall | findings | false pos. | precision | surname only (apart) |\n|---:|---:|---:|---:|---:|---:|---:|`,
  );
  console.log(
    `| ${c.labels} | ${c.found} | ${c.recall.toFixed(3)} | ${c.findings} | ${c.falsePositives} | ${c.precision.toFixed(3)} | ${c.surnameOnly} |`,
  );
  // written synchronously: process.exit would cut a long list short on a pipe
  if (process.argv.includes("--show"))
    fs.writeSync(1, ["", "missed:", ...c.missed, "", "not names:", ...c.wrong, ""].join("\n"));
  process.exit(0);
}
const misses = process.argv.find((a) => a.startsWith("--misses="))?.slice(9);
if (misses) {
  // --misses=TYPE[:kind] prints what the realistic set's labels of TYPE and Tuomin disagree on, cell by cell
  const last = misses.slice(misses.lastIndexOf(":") + 1);
  const kind = ["missed", "partly", "false_positive"].includes(last) ? last : undefined;
  const group = kind ? misses.slice(0, misses.lastIndexOf(":")) : misses;
  for (const [name, s] of [
    ["notes", scoreNotes()],
    ["export", scoreExport()],
  ] as const) {
    console.log(`## ${name}: ${group}`);
    for (const line of mistakeLines(s, group, kind)) console.log(line);
  }
  process.exit(0);
}
if (only !== "realistic") {
  console.log("## Names as CRM lists show them (300 generated people per form, whole span)\n");
  console.log(listFormsTable(scoreListForms()), "\n");
}
if (only !== "synthetic") {
  console.log("## Realistic set (tests/data/eval/realistic-dev), overlapping spans\n");
  console.log(realisticTables("notes.csv (872 notes)", scoreNotes()), "\n");
  console.log(realisticTables("crm-export.xlsx (4 sheets)", scoreExport()));
}
