/**
 * CLUENER2020 (news sentences with labelled names; https://github.com/CLUEbenchmark/CLUENER2020) scored for
 * `person_name` when a local copy is given: `npm run eval -- --cluener=PATH/dev.json`. Its lines are JSON:
 * {"text": "…", "label": {"name": {"李明": [[0, 1]]}, "company": {…}}} with inclusive end offsets. The set
 * is not committed (its licence asks for attribution and the issue says "a local copy").
 *
 * Only Chinese-format names are scored (the goal): labels of Chinese characters with a middle dot
 * allowed; Latin-letter names are left out. A label is found when a person_name finding overlaps it; a
 * finding overlapping no Chinese-format name label is a false positive, unless it overlaps a Latin name label.
 */
import fs from "node:fs";
import { scanText } from "../../core/src/index.js";

export interface ClueLine {
  text: string;
  label?: Record<string, Record<string, [number, number][]>>;
}
export interface ClueScore {
  sentences: number;
  labels: number;
  found: number;
  findings: number;
  falsePositives: number;
  /** findings flagged surname_only (李总, 张女士): not labelled by CLUENER, so neither found nor false */
  surnameOnly: number;
  recall: number;
  precision: number;
  /** a few of each mistake, for tuning */
  missed: string[];
  wrong: string[];
}

export const CHINESE_NAME = /^[\u4e00-\u9fff]+(?:[·•][\u4e00-\u9fff]+)*$/;

/** a span in brackets with up to 15 characters either side */
const around = (t: string, a: number, b: number): string =>
  `${t.slice(Math.max(0, a - 15), a)}【${t.slice(a, b)}】${t.slice(b, b + 15)}`;

/** The published files are JSON lines; some copies hold the same records as one JSON array. */
export function readLines(file: string): ClueLine[] {
  const text = fs.readFileSync(file, "utf8");
  if (text.trimStart().startsWith("[")) return JSON.parse(text) as ClueLine[];
  return text
    .split("\n")
    .filter((raw) => raw.trim())
    .map((raw) => JSON.parse(raw) as ClueLine);
}

export function scoreCluener(file: string, keep = 40): ClueScore {
  const s: ClueScore = {
    sentences: 0,
    labels: 0,
    found: 0,
    findings: 0,
    falsePositives: 0,
    surnameOnly: 0,
    recall: 0,
    precision: 0,
    missed: [],
    wrong: [],
  };
  for (const line of readLines(file)) {
    s.sentences++;
    const spans = Object.entries(line.label?.name ?? {}).flatMap(([name, at]) =>
      at.map(([a, b]) => ({ start: a, end: b + 1, chinese: CHINESE_NAME.test(name) })),
    );
    const findings = scanText(line.text).filter((f) => f.type === "person_name");
    const overlaps = (f: { start: number; end: number }, l: { start: number; end: number }) =>
      f.start < l.end && f.end > l.start;
    for (const l of spans.filter((x) => x.chinese)) {
      s.labels++;
      if (findings.some((f) => overlaps(f, l))) s.found++;
      else if (s.missed.length < keep) s.missed.push(around(line.text, l.start, l.end));
    }
    for (const f of findings) {
      // 张女士, 梁总: references without a given name, which CLUENER does not label — scored apart, as on the realistic set
      if (f.flags.includes("surname_only")) {
        s.surnameOnly++;
        continue;
      }
      const hit = spans.filter((l) => overlaps(f, l));
      if (hit.length && hit.every((l) => !l.chinese)) continue; // a Latin-letter name: not scored either way
      s.findings++;
      if (!hit.length) {
        s.falsePositives++;
        if (s.wrong.length < keep) s.wrong.push(around(line.text, f.start, f.end));
      }
    }
  }
  s.recall = s.found / Math.max(1, s.labels);
  s.precision = (s.findings - s.falsePositives) / Math.max(1, s.findings);
  return s;
}
