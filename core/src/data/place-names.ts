import { CITY_NAMES, DISTRICT_NAMES, PLACE_SHORT_NAMES, PROVINCE_NAMES } from "./regions.generated.js";

/** District names without their 市/县/区/旗 suffix when what is left is 2+ characters (张家港, 浦东新 is not kept). */
const districtShort = DISTRICT_NAMES
  .filter((n) => n.length >= 3 && /[市县区旗]$/.test(n) && !/新区$/.test(n))
  .map((n) => n.slice(0, -1));

/** Every admin-division name an address can start with, full and short forms. */
export const ADMIN_NAMES: readonly string[] = [...new Set([...PROVINCE_NAMES, ...CITY_NAMES, ...DISTRICT_NAMES, ...PLACE_SHORT_NAMES])];

/** Place names that are not person names even though they begin with a surname character (江苏, 张家港 …). */
export const PLACE_WORDS: readonly string[] = [...new Set([...ADMIN_NAMES, ...districtShort])];

/** Index words by their first character, longest first, for "does a word start at i?" checks. */
export function indexByFirstChar(words: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 2) continue;
    const list = m.get(w[0]);
    if (list) list.push(w); else m.set(w[0], [w]);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

/** The longest word of `index` that starts at `i` in `text`, or "". */
export function wordAt(index: Map<string, string[]>, text: string, i: number): string {
  const list = index.get(text[i]);
  if (!list) return "";
  for (const w of list) if (text.startsWith(w, i)) return w;
  return "";
}
