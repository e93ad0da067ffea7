/**
 * What stands right before and after a candidate name, as keys into NAME_CONTEXT_WEIGHTS (learned from
 * CLUENER2020's train split by scripts/gen-name-context.ts): "<" and the one or two characters before it,
 * ">" and the one or two after, "=" and each character of the given name. Characters that are no Chinese character stand for their class: a break (the
 * text's start or end, a space, a line), a digit, a Latin letter; punctuation is itself.
 */
const classOf = (text: string, i: number): string => {
  if (i < 0 || i >= text.length) return "|";
  const c = text.charCodeAt(i);
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000) return "|";
  if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return "0";
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "a";
  return text[i]!;
};

/** the four keys of a candidate's context: one character before, two before, one after, two after */
export function contextKeys(text: string, start: number, end: number): string[] {
  const b1 = classOf(text, start - 1),
    a1 = classOf(text, end);
  const keys = ["<" + b1, ">" + a1];
  if (b1 !== "|") keys.push("<" + classOf(text, start - 2) + b1);
  if (a1 !== "|") keys.push(">" + a1 + classOf(text, end + 1));
  // the given name's characters: which ones the candidates that were no names had (天堂 of 任天堂, 期 of 从本期)
  for (let i = start + 1; i < end; i++) keys.push("=" + text[i]);
  return keys;
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
  const b1 = classOf(text, start - 1),
    a1 = classOf(text, end);
  const before = (b1 !== "|" ? weights["<" + classOf(text, start - 2) + b1] : undefined) ?? weights["<" + b1] ?? 0;
  const after = (a1 !== "|" ? weights[">" + a1 + classOf(text, end + 1)] : undefined) ?? weights[">" + a1] ?? 0;
  let inner = 0;
  for (let i = start + 1; i < end; i++) inner += weights["=" + text[i]] ?? 0;
  return (before + after + inner) / 10;
}
