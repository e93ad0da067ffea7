import { hasContext } from "./context.js";
import type { Candidate, Recognizer, ScanContext } from "./types.js";
import type { EntityType } from "../model/entity-type.js";

/**
 * Numbers as people say and OCR reads them: 幺三八 幺二七五 四四零九, 一三八零零一三八零零零, 幺五拐幺拐四幺两八三九,
 * 幺三八 1584 二零五二 (said and typed), 139  7103 2027 and 1 5 1 9 4 4 4 0 0 2 0 (OCR spacing), 187.8100.7223.
 * A run is digit words or digits with up to two pauses between them (spaces, ，、…, a dot or a dash);
 * recognizers of numbered types (mobile, ID, card, landline) check its digits as they check typed ones.
 */
const DIGIT_OF: Record<string, string> = {
  零: "0",
  〇: "0",
  洞: "0",
  一: "1",
  幺: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  拐: "7",
  八: "8",
  九: "9",
};
const TOKEN = "[0-9零〇洞一幺二两三四五六七拐八九]";
const PAUSE = "[\\s，,、…．.\\-—]{0,2}";
/** 7+ digits; an ID's check character may be said as 叉 or typed X at the end */
const RUN = new RegExp(`${TOKEN}(?:${PAUSE}${TOKEN}){6,}(?:${PAUSE}[叉Xx])?`, "g");
const SPOKEN = /[零〇洞一幺二两三四五六七拐八九]/;
/** typed digits spaced as no keyboard types them: two spaces, one digit at a time, dots between groups */
const OCR_SPACING = /\d {2,}\d|\d \d \d \d|\d\.\d{4}\./;

export interface DigitRun {
  start: number;
  end: number;
  /** the digits (and a final X) the run says */
  digits: string;
  /** at least one digit was a word (幺, 三 …), not typed */
  spoken: boolean;
}

let lastText = "",
  lastRuns: DigitRun[] = [];
/** The runs in a text that are said or OCR-spaced (typed numbers in the usual forms are left to the patterns). */
export function digitRuns(text: string): DigitRun[] {
  if (text === lastText) return lastRuns;
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const spoken = SPOKEN.test(m[0]);
    if (!spoken && !OCR_SPACING.test(m[0])) continue;
    let digits = "";
    for (const c of m[0]) digits += DIGIT_OF[c] ?? (/[0-9]/.test(c) ? c : /[叉xX]/.test(c) ? "X" : "");
    runs.push({ start: m.index, end: m.index + m[0].length, digits, spoken });
  }
  lastText = text;
  lastRuns = runs;
  return runs;
}

/** per UTF-16 code unit: 1 for a digit word (幺, 三, 零 …) */
const DIGIT_WORD = new Uint8Array(65536);
for (const c of Object.keys(DIGIT_OF)) DIGIT_WORD[c.charCodeAt(0)] = 1;
let mayText = "",
  mayResult = false;
/** One test per text for the four recognizers that read runs: three digit words in a row, or OCR-spaced digits */
function mayHaveRuns(text: string): boolean {
  if (text !== mayText) {
    mayText = text;
    let run = 0;
    mayResult = false;
    for (let i = 0; i < text.length && !mayResult; i++) {
      run = DIGIT_WORD[text.charCodeAt(i)] ? run + 1 : 0;
      if (run === 3) mayResult = true;
    }
    if (!mayResult) mayResult = OCR_SPACING.test(text);
  }
  return mayResult;
}

/**
 * A recognizer of one numbered type over said and OCR-spaced runs: `accept` scores a run's digits (0 to
 * drop); OCR-spaced typed digits also need a context word, as a typo'd number in a table might look so.
 */
export function spokenDigits(
  type: EntityType,
  accept: (digits: string, run: DigitRun) => number,
  /** only after a word naming the type (a QQ number is any 5–11 digits) */
  opts: { contextRequired?: boolean } = {},
): Recognizer {
  return {
    type,
    mayMatch: mayHaveRuns,
    find(ctx: ScanContext): Candidate[] {
      const out: Candidate[] = [];
      for (const run of digitRuns(ctx.text)) {
        let confidence = accept(run.digits, run);
        if (!confidence) continue;
        const context = hasContext(type, ctx, run.start);
        if (opts.contextRequired && !context) continue;
        if (!run.spoken && !context && !/^1\d{2}[ .]+\d{4}[ .]+\d{4}$/.test(ctx.text.slice(run.start, run.end)))
          continue;
        if (context) confidence = Math.min(0.95, confidence + 0.1);
        out.push({ type, start: run.start, end: run.end, confidence, flags: [] });
      }
      return out;
    },
  };
}
