import { PairTable } from "../../_lib/pair-table.js";

/**
 * What stands right before and after a candidate name, as keys into NAME_CONTEXT_WEIGHTS (learned from
 * CLUENER2020's train split by scripts/gen-name-context.ts): "<" and the one or two characters before it,
 * ">" and the one or two after, "=" and each character of the given name. Characters that are no Chinese
 * character stand for their class: a break (the text's start or end, a space, a line), a digit, a Latin
 * letter; punctuation is itself.
 */
const BREAK = 0x7c, // |
  DIGIT = 0x30, // 0
  LATIN = 0x61; // a
const classAt = (text: string, i: number): number => {
  if (i < 0 || i >= text.length) return BREAK;
  const c = text.charCodeAt(i);
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000) return BREAK;
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return DIGIT;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LATIN;
  return c;
};
const ch = String.fromCharCode;

/** the keys of a candidate: one character before, two before, one after, two after, each given-name character */
export function contextKeys(text: string, start: number, end: number): string[] {
  const b1 = classAt(text, start - 1),
    a1 = classAt(text, end);
  const keys = ["<" + ch(b1), ">" + ch(a1)];
  if (b1 !== BREAK) keys.push("<" + ch(classAt(text, start - 2)) + ch(b1));
  if (a1 !== BREAK) keys.push(">" + ch(a1) + ch(classAt(text, end + 1)));
  // the given name's characters: which ones the candidates that were no names had (天堂 of 任天堂, 期 of 从本期)
  for (let i = start + 1; i < end; i++) keys.push("=" + text[i]);
  return keys;
}

/** The weights in typed arrays: every candidate asks up to seven of them (string keys cost ~60 % of the recognizer). */
interface Compiled {
  before: Int8Array;
  after: Int8Array;
  inner: Int8Array;
  pairs: PairTable;
  /** by the pair table's slot: the weight of a two-character context before (+ 0) and after (+ size) */
  pairWeights: Int8Array;
  /** 1 where a two-character context was learned (a weight of its own, which may differ from the one-character one) */
  pairKnown: Uint8Array;
}
const compiled = new WeakMap<Readonly<Record<string, number>>, Compiled>();
function compile(weights: Readonly<Record<string, number>>): Compiled {
  const pairs = new PairTable(Object.keys(weights).length);
  for (const k of Object.keys(weights)) if (k.length === 3) pairs.insert(k.charCodeAt(1), k.charCodeAt(2));
  const c: Compiled = {
    before: new Int8Array(65536),
    after: new Int8Array(65536),
    inner: new Int8Array(65536),
    pairs,
    pairWeights: new Int8Array(pairs.size * 2),
    pairKnown: new Uint8Array(pairs.size * 2),
  };
  for (const [k, w] of Object.entries(weights)) {
    const side = k.charCodeAt(0) === 0x3e ? 1 : 0; // ">"
    if (k.length === 3) {
      const slot = pairs.find(k.charCodeAt(1), k.charCodeAt(2)) + side * pairs.size;
      c.pairWeights[slot] = w;
      c.pairKnown[slot] = 1;
    } else if (k[0] === "=") c.inner[k.charCodeAt(1)] = w;
    else (side ? c.after : c.before)[k.charCodeAt(1)] = w;
  }
  return c;
}

/**
 * The learned evidence of a candidate, in log-odds: what stands before and after it (each the two-character
 * context where one was learned, else the one-character one), and its given name's characters.
 */
export function learnedContext(
  weights: Readonly<Record<string, number>>,
  text: string,
  start: number,
  end: number,
): number {
  let c = compiled.get(weights);
  if (!c) compiled.set(weights, (c = compile(weights)));
  const b1 = classAt(text, start - 1),
    a1 = classAt(text, end);
  let sum = 0;
  const sb = b1 === BREAK ? -1 : c.pairs.find(classAt(text, start - 2), b1);
  sum += sb >= 0 && c.pairKnown[sb] ? c.pairWeights[sb]! : c.before[b1]!;
  const sa = a1 === BREAK ? -1 : c.pairs.find(a1, classAt(text, end + 1));
  const slotA = sa + c.pairs.size;
  sum += sa >= 0 && c.pairKnown[slotA] ? c.pairWeights[slotA]! : c.after[a1]!;
  for (let i = start + 1; i < end; i++) sum += c.inner[text.charCodeAt(i)]!;
  return sum / 10;
}
