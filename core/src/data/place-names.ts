import { CITY_NAMES, DISTRICT_NAMES, PLACE_SHORT_NAMES, PROVINCE_NAMES } from "./regions.generated.js";

/** District names without their 市/县/区/旗 suffix when what is left is 2+ characters (张家港, 浦东新 is not kept). */
const districtShort = DISTRICT_NAMES.filter((n) => n.length >= 3 && /[市县区旗]$/.test(n) && !/新区$/.test(n)).map(
  (n) => n.slice(0, -1),
);

/**
 * Hong Kong, Macau and Taiwan places addresses start with, which GB/T 2260 does not list (Traditional
 * text is read as Simplified: 臺北市 → 台北市, 九龍 → 九龙).
 */
// prettier-ignore
const HMT_PLACES = [
  "香港", "香港岛", "港岛", "九龙", "新界", "澳门", "氹仔", "路环", "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市",
  "新竹县", "嘉义市", "嘉义县", "苗栗县", "彰化县", "南投县", "云林县", "屏东县", "宜兰县", "花莲县", "台东县", "澎湖县",
];

/** Every admin-division name an address can start with, full and short forms. */
export const ADMIN_NAMES: readonly string[] = [
  ...new Set([...PROVINCE_NAMES, ...CITY_NAMES, ...DISTRICT_NAMES, ...PLACE_SHORT_NAMES, ...HMT_PLACES]),
];

/** Place names that are not person names even though they begin with a surname character (江苏, 张家港 …). */
export const PLACE_WORDS: readonly string[] = [...new Set([...ADMIN_NAMES, ...districtShort])];

/** Words indexed by their first two characters (as one number), longest first: "does a word start at i?" in O(1). */
export interface WordIndex {
  byPrefix: Map<number, string[]>;
  /** per UTF-16 code unit: 1 when some word starts with it */
  first: Uint8Array;
}

/** Two characters as one number (an exact key for pairs of UTF-16 code units). */
export const key2 = (s: string, i: number): number => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

export function indexByFirstChar(words: readonly string[]): WordIndex {
  const byPrefix = new Map<number, string[]>();
  const first = new Uint8Array(65536);
  for (const w of words) {
    if (w.length < 2) continue;
    const k = key2(w, 0);
    first[w.charCodeAt(0)] = 1;
    const list = byPrefix.get(k);
    if (list) list.push(w);
    else byPrefix.set(k, [w]);
  }
  for (const list of byPrefix.values()) list.sort((a, b) => b.length - a.length);
  return { byPrefix, first };
}

/** The longest word of `index` that starts at `i` in `text`, or "". */
export function wordAt(index: WordIndex, text: string, i: number): string {
  if (index.first[text.charCodeAt(i)] === 0 || i + 1 >= text.length) return "";
  const list = index.byPrefix.get(key2(text, i));
  if (!list) return "";
  for (const w of list) if (w.length === 2 || text.startsWith(w, i)) return w;
  return "";
}
