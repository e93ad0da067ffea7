import { CITY_NAMES, DISTRICT_NAMES, PLACE_SHORT_NAMES, PROVINCE_NAMES } from "./regions.generated.js";
import { PairTable } from "../_lib/pair-table.js";

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

/** Words indexed by their first two characters, longest first: "does a word start at i?" in O(1). */
export interface WordIndex {
  /** per UTF-16 code unit: 1 when some word starts with it (most characters start none) */
  first: Uint8Array;
  table: PairTable;
  /** per slot of `table`: the words starting with that pair, longest first */
  lists: readonly (string[] | undefined)[];
}

export function indexByFirstChar(words: readonly string[]): WordIndex {
  const groups = new Map<number, string[]>();
  const first = new Uint8Array(65536);
  for (const w of words) {
    if (w.length < 2) continue;
    first[w.charCodeAt(0)] = 1;
    const key = w.charCodeAt(0) * 65536 + w.charCodeAt(1);
    const list = groups.get(key);
    if (list) list.push(w);
    else groups.set(key, [w]);
  }
  const table = new PairTable(groups.size);
  const lists = new Array<string[] | undefined>(table.size).fill(undefined);
  for (const [key, list] of groups)
    lists[table.insert(Math.floor(key / 65536), key % 65536)] = list.sort((a, b) => b.length - a.length);
  return { first, table, lists };
}

/** The longest word of `index` that starts at `i` in `text`, or "". */
export function wordAt(index: WordIndex, text: string, i: number): string {
  if (i < 0 || i + 1 >= text.length || index.first[text.charCodeAt(i)] === 0) return "";
  const slot = index.table.find(text.charCodeAt(i), text.charCodeAt(i + 1));
  if (slot < 0) return "";
  for (const w of index.lists[slot]!) if (w.length === 2 || text.startsWith(w, i)) return w;
  return "";
}

/** Provinces, cities and districts as written (江苏, 杭州市, 余杭区), indexed once for every module that asks. */
export const ADMIN_INDEX: WordIndex = indexByFirstChar(ADMIN_NAMES);

/** A set of two-character strings, looked up in place (no substring is made): has(text, i) for text[i..i+2). */
export class PairSet {
  private readonly first = new Uint8Array(65536);
  private readonly table: PairTable;
  /** every pair of a string of concatenated pairs */
  constructor(pairs: string) {
    this.table = new PairTable(pairs.length / 2);
    for (let k = 0; k + 1 < pairs.length; k += 2) {
      this.first[pairs.charCodeAt(k)] = 1;
      this.table.insert(pairs.charCodeAt(k), pairs.charCodeAt(k + 1));
    }
  }
  has(s: string, i: number): boolean {
    return (
      i >= 0 &&
      i + 1 < s.length &&
      this.first[s.charCodeAt(i)] === 1 &&
      this.table.find(s.charCodeAt(i), s.charCodeAt(i + 1)) >= 0
    );
  }
}
