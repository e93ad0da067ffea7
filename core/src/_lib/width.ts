/**
 * Full-width forms (NFKC's half-width equivalents) for what numbers, codes and e-mails are made of:
 * `１３８１６２３４７０９` → `13816234709`, `ａｂｃ＠ｑｑ．ｃｏｍ` → `abc@qq.com`, `０２１－１２３４` → `021-1234`.
 * Each full-width character is one UTF-16 code unit, as is its ASCII form, so the view has the same length
 * and every offset into it is an offset into the original text. Other full-width punctuation (，：（）)
 * is left alone: recognizers read it as the Chinese punctuation it is.
 */
const FULL_DIGIT_0 = 0xff10,
  FULL_DIGIT_9 = 0xff19;
const isFullAlnum = (c: number): boolean =>
  (c >= FULL_DIGIT_0 && c <= FULL_DIGIT_9) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
/** ＠ ＋ － ． ＿ and the ideographic space: taken only next to a full-width or ASCII letter or digit */
const JOINERS = new Set([0xff20, 0xff0b, 0xff0d, 0xff0e, 0xff3f, 0x3000]);
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
/** Does halfWidth change the character at i? (a full-width letter or digit, or a joiner between letters or digits) */
export function widthChangesAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xff0b && c !== 0x3000) return false; // almost every character: no lookup
  return isFullAlnum(c) || (JOINERS.has(c) && nearAlnum(text, i));
}

/** The text with full-width letters and digits (and the joiners between them) as ASCII; the same string when it has none. */
export function halfWidth(text: string): string {
  let i = 0;
  while (i < text.length && !widthChangesAt(text, i)) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!widthChangesAt(text, i)) out += text[i];
    else out += c === 0x3000 ? " " : String.fromCharCode(c - 0xfee0);
  }
  return out;
}

function nearAlnum(text: string, i: number): boolean {
  const a = text.charCodeAt(i - 1),
    b = text.charCodeAt(i + 1);
  return (isFullAlnum(a) || isAlnum(a)) && (isFullAlnum(b) || isAlnum(b));
}
