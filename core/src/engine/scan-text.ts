import { ENTITY_INFO, type EntityType } from "../model/entity-type.js";
import type { ColumnClass } from "../model/column-class.js";
import { roundConfidence, type Finding } from "../model/finding.js";
import { CONTEXT_WORDS } from "../data/context-words.js";
import { needsReadingView, simplified } from "../_lib/t2s.js";
import { halfWidth } from "../_lib/width.js";
import { containsContextWord, contextRegex } from "../recognizers/context.js";
import { RECOGNIZERS, type Candidate, type Recognizer, type ScanContext } from "../recognizers/index.js";

/** One test for "does this text hold any context word of a context-only type?" (Chinese words, then ASCII ones). */
const gateWords = [...new Set(RECOGNIZERS.filter((r) => r.needsContext).flatMap((r) => CONTEXT_WORDS[r.type] ?? []))];
const CJK_GATE = contextRegex(gateWords.filter((w) => !/^[\x20-\x7e]+$/.test(w)));
const ASCII_GATE = contextRegex(gateWords.filter((w) => /^[\x20-\x7e]+$/.test(w)));
const hasContextWordForGatedTypes = (t: string): boolean =>
  (CJK_GATE !== null && CJK_GATE.test(t)) || (ASCII_GATE !== null && /[A-Za-z]/.test(t) && ASCII_GATE.test(t));

/** Digits in the longest run of digits (single spaces or dashes between them allowed): 138 1234 5678 → 11. */
export function longestDigitRun(text: string): number {
  let best = 0,
    run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      if (run > best) best = run;
    } else if (
      (c === 32 || c === 45) &&
      run > 0 &&
      i + 1 < text.length &&
      text.charCodeAt(i + 1) >= 48 &&
      text.charCodeAt(i + 1) <= 57
    )
      continue;
    else run = 0;
  }
  return best;
}

const BY_TYPE = new Map<EntityType, Recognizer[]>();
for (const r of RECOGNIZERS) BY_TYPE.set(r.type, [...(BY_TYPE.get(r.type) ?? []), r]);

export const DEFAULT_THRESHOLD = 0.5;

export interface ScanTextOptions {
  /** the class of the column the text sits in (tables) */
  column?: ColumnClass | null;
  /** a label naming the text: a form field's label, a page table's header */
  label?: string | null;
  /** the value was stored as a number */
  numeric?: boolean;
  /** findings below this confidence are not reported (default 0.5) */
  threshold?: number;
  /** only these types (default: all) */
  types?: readonly EntityType[];
}

/** Every recognizer's candidates in `original`, before overlap resolution and threshold. */
export function candidatesIn(original: string, opts: ScanTextOptions = {}): Candidate[] {
  // recognizers read full-width digits and letters as ASCII (１３８…, ｘｘ＠ｑｑ．ｃｏｍ) and Traditional characters as
  // Simplified (張美玲, 號); both views keep every offset, so findings point into the original
  const text = needsReadingView(original) ? simplified(halfWidth(original)) : original;
  const ctx: ScanContext = {
    text,
    column: opts.column ?? null,
    label: opts.label ?? null,
    numeric: opts.numeric ?? false,
  };
  const out: Candidate[] = [];
  const typed = ctx.column?.type != null || ctx.label !== null;
  let contextual: boolean | undefined; // computed once, only if a context-only recognizer gets this far
  const digits = longestDigitRun(text);
  const list = !opts.types
    ? RECOGNIZERS
    : opts.types.length === 1
      ? (BY_TYPE.get(opts.types[0]) ?? [])
      : RECOGNIZERS.filter((x) => opts.types!.includes(x.type));
  for (const r of list) {
    if ((r.minDigits ?? 0) > digits) continue;
    const gated = r.needsContext && ctx.column?.type !== r.type && ctx.label === null;
    if (gated) {
      contextual ??= hasContextWordForGatedTypes(text);
      if (!contextual) continue;
    }
    if (r.needsColumn && !typed) continue;
    if (!r.mayMatch(text)) continue;
    // one gate opens for all context-only types; each then needs a word of its own somewhere in the text
    if (gated && !containsContextWord(r.type, text)) continue;
    for (const c of r.find(ctx)) out.push(c);
  }
  return out;
}

/** Keep the best of overlapping candidates: higher confidence first, then the longer span. Linear in the text. */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  if (cands.length < 2) return cands;
  const sorted = [...cands].sort(
    (a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  if (cands.length <= 8) {
    // few candidates (a cell, a note): pairwise checks beat allocating a bitmap
    const kept: Candidate[] = [];
    for (const c of sorted) {
      let firstTaken = c.end;
      for (const k of kept)
        if (k.start < c.end && k.end > c.start) firstTaken = Math.min(firstTaken, Math.max(k.start, c.start));
      const d = cutBack(c, firstTaken);
      if (d) kept.push(d);
    }
    return kept.sort((a, b) => a.start - b.start);
  }
  let maxEnd = 0;
  for (const c of cands) if (c.end > maxEnd) maxEnd = c.end;
  const taken = new Uint8Array(maxEnd);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let firstTaken = c.start;
    while (firstTaken < c.end && !taken[firstTaken]) firstTaken++;
    const d = cutBack(c, firstTaken);
    if (!d) continue;
    taken.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A candidate whose span is free up to `free`: itself when all of it is, cut back to `free` when that
 * still holds its whole (an address that ran on into a stronger name: 阳光花园624号 胡鑫旭…), else nothing.
 */
function cutBack(c: Candidate, free: number): Candidate | null {
  if (free >= c.end) return c;
  if (c.minEnd === undefined || free < c.minEnd) return null;
  return { ...c, end: free };
}

export function toFinding(c: Candidate, text: string): Finding {
  // (a span cut back before a stronger finding may end in the space between them)
  let end = c.end;
  while (end > c.start + 1 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 0x3000)) end--;
  return {
    type: c.type,
    start: c.start,
    end,
    confidence: roundConfidence(c.confidence),
    sensitivity: ENTITY_INFO[c.type].sensitivity,
    flags: c.flags,
    text: text.slice(c.start, end),
  };
}

/** Find personal data in a text. Offsets are UTF-16 code units into `text`, `end` exclusive. */
export function scanText(text: string, opts: ScanTextOptions = {}): Finding[] {
  if (!text) return [];
  if (text.length > WINDOW + 2 * MARGIN) return scanInWindows(text, opts);
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  // a candidate below the threshold can only displace weaker ones, so dropping it first changes nothing
  const cands = candidatesIn(text, opts).filter((c) => c.confidence >= threshold);
  return resolveOverlaps(cands).map((c) => toFinding(c, text));
}

/** How much of a long text (one 50 MB shared string, a one-line CSV) is scanned at once, and the context around it. */
export const WINDOW = 1 << 18;
const MARGIN = 1024;

/**
 * A long text, window by window: each window is scanned with MARGIN characters of context on both sides and
 * keeps the findings that start inside it, so a value across a window's end is found whole; the working set
 * (views, candidates, overlap bitmap) stays the size of a window, not of the text. Windows end at a space or
 * punctuation where one is near. Context is local: a context word counts within its window and margins, not
 * megabytes away.
 */
export function scanInWindows(text: string, opts: ScanTextOptions, window = WINDOW): Finding[] {
  const out: Finding[] = [];
  let lastEnd = 0;
  for (let a = 0; a < text.length;) {
    const b = a + window >= text.length ? text.length : breakBefore(text, a + window);
    const lo = Math.max(0, a - MARGIN);
    // (a part is at most window + 2 × MARGIN long: scanned whole)
    for (const f of scanText(text.slice(lo, Math.min(text.length, b + MARGIN)), opts)) {
      const start = f.start + lo;
      // the previous window's last finding may reach into this one
      if (start < a || start >= b || start < lastEnd) continue;
      out.push({ ...f, start, end: f.end + lo });
      lastEnd = f.end + lo;
    }
    a = b;
  }
  return out;
}

/** A place at or before `i` (within 256 characters) where no value runs across: after a space, a line break or a full stop. */
function breakBefore(text: string, i: number): number {
  for (let j = i; j > i - 256; j--) {
    const c = text.charCodeAt(j - 1);
    if (c === 32 || c === 10 || c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 59) return j;
  }
  return i;
}
