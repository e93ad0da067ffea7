import { SIMPLIFIED, TRADITIONAL } from "../data/t2s.generated.js";
import { widthChangesAt } from "./width.js";

/**
 * Traditional characters read as Simplified, one for one (張美玲 → 张美玲, 九龍旺角彌敦道688號 → 九龙旺角弥敦道688号),
 * so the surname, given-name, place and context tables serve Hong Kong, Taiwan and Macau text as well.
 * Every character maps to exactly one code unit: offsets into the view are offsets into the original.
 */
const TO_SIMPLIFIED = new Uint16Array(65536);
for (let i = 0; i < TRADITIONAL.length; i++) TO_SIMPLIFIED[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/**
 * Does the text hold anything the reading view changes — a Traditional character, or what halfWidth changes
 * (widthChangesAt; not full-width punctuation such as ，and ：, which every Chinese text has)? One pass, no
 * allocation: most texts hold none.
 */
export function needsReadingView(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (TO_SIMPLIFIED[c] !== 0) return true;
    // only full-width forms and the ideographic space need the closer look
    if ((c >= 0xff0b || c === 0x3000) && widthChangesAt(text, i)) return true;
  }
  return false;
}

/** The text with Traditional characters as Simplified; the same string when it has none. */
export function simplified(text: string): string {
  let i = 0;
  while (i < text.length && TO_SIMPLIFIED[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  const out: number[] = [];
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    out.push(TO_SIMPLIFIED[c] || c);
  }
  let s = "";
  for (let k = 0; k < out.length; k += 4096) s += String.fromCharCode(...out.slice(k, k + 4096));
  return s;
}
