import { HEADER_SYNONYMS, NON_PERSONAL_HEADERS } from "../data/header-synonyms.js";
import type { EntityType } from "../model/entity-type.js";

const normalize = (h: string): string => h.toLowerCase().replace(/[\s_\-./\\()（）[\]【】:：*#'"“”]/g, "");

interface Syn {
  word: string;
  type: EntityType | null;
}
const SYNONYMS: Syn[] = [];
for (const [type, words] of Object.entries(HEADER_SYNONYMS))
  for (const w of words) SYNONYMS.push({ word: normalize(w), type: type as EntityType });
for (const w of NON_PERSONAL_HEADERS) SYNONYMS.push({ word: normalize(w), type: null });
const EXACT = new Map<string, Syn>();
for (const s of SYNONYMS) if (!EXACT.has(s.word)) EXACT.set(s.word, s);

export interface HeaderMatch {
  type: EntityType | null;
  nonPersonal: boolean;
}

/**
 * What a column header names. Exact synonyms first; else the longest synonym the header contains, the
 * rightmost on a tie (the head noun of a Chinese header comes last: 客户手机 is a phone). Short ASCII
 * synonyms (ip, tel, qq, name) count only as whole words, so "zip" and "hotel" are not matches.
 */
export function matchHeader(header: string | null | undefined): HeaderMatch | null {
  if (!header) return null;
  const h = normalize(header);
  if (!h) return null;
  const exact = EXACT.get(h);
  if (exact) return { type: exact.type, nonPersonal: exact.type === null };
  const words = new Set(
    header
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
  let best: Syn | null = null,
    bestLen = 0,
    bestPos = -1;
  for (const s of SYNONYMS) {
    let pos: number;
    if (/^[a-z0-9]{1,4}$/.test(s.word)) {
      if (!words.has(s.word)) continue;
      pos = h.lastIndexOf(s.word);
    } else {
      pos = h.lastIndexOf(s.word);
      if (pos < 0) continue;
    }
    const len = s.word.length;
    if (len > bestLen || (len === bestLen && pos > bestPos)) {
      best = s;
      bestLen = len;
      bestPos = pos;
    }
  }
  return best ? { type: best.type, nonPersonal: best.type === null } : null;
}
