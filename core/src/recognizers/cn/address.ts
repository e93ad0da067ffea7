import { ADMIN_NAMES, indexByFirstChar, wordAt } from "../../data/place-names.js";
import { columnIs, hasContext } from "../context.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";

const ADMIN = indexByFirstChar(ADMIN_NAMES);
/** Words that end an address in running text: particles, pronouns, and what comes after an address in notes. */
// prettier-ignore
const STOP_WORDS = ["的", "了", "是", "在", "我", "你", "他", "她", "您", "请", "与", "或", "及", "等", "把", "给", "从", "向", "对", "被",
  "电话", "手机", "联系", "收件", "收货", "寄到", "发到", "送到", "附近", "旁边", "对面", "地址", "客户", "签收", "谢谢"];
const CJK = `(?:(?!${STOP_WORDS.join("|")})[\\u4e00-\\u9fff])`;
/** A further admin level written out: 张江镇, 城关街道, 某某开发区. */
const LEVEL = new RegExp(`(?:${CJK}){1,8}?(?:街道|开发区|高新区|新区|工业园区|园区|镇|乡|县|区|市)`, "y");
/** A named place: road, street, lane, village, estate, building. */
const PLACE = new RegExp(
  `(?:${CJK}|[A-Za-z]){1,12}(?:大道|街道|胡同|小区|花园|公寓|大厦|广场|中心|社区|新村|家园|大楼|工业区|园区|路|街|道|巷|弄|里|村|屯|组|苑|园|庄|城|湾|府|坊|楼)`,
  "y",
);
/** A number with its unit: 88号, 3号楼, 2单元, 501室, 12-3号, 七组, 四段, 附1号, A座. */
const NUMBER =
  /\s?(?:附)?(?:[A-Za-z]?\d{1,5}(?:[-－之]\d{1,5})*|[一二三四五六七八九十百]{1,3}|[A-Za-z])(?:号楼|号院|号|弄|栋|幢|座|单元|楼|层|室|户|组|巷|期|排|门|段)/y;
/** Places that make an address on their own after an admin prefix; 园区, 中心, 苑 … alone can be the prefix's own name. */
const STRONG_PLACE = /(?:大道|街道|胡同|小区|花园|公寓|大厦|广场|社区|新村|家园|大楼|路|街|巷|弄|村|组)$/;
/** A trailing room number after a unit: 2单元501. */
const ROOM = /\s?\d{2,5}(?![\d号])/y;
const HAS_DETAIL = /[路街道巷弄号村组室栋幢楼苑园里屯]/;

function stickyAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

/** From `start`, the end of the detail part of an address, and how much detail it holds. */
function detailEnd(text: string, start: number): { end: number; places: number; numbers: number; strong: number } {
  let p = start,
    places = 0,
    numbers = 0,
    strong = 0,
    lastWasUnit = false;
  for (let guard = 0; guard < 12; guard++) {
    let n = stickyAt(NUMBER, text, p);
    if (n) {
      p += n;
      numbers++;
      lastWasUnit = true;
      continue;
    }
    n = stickyAt(PLACE, text, p);
    if (n) {
      if (STRONG_PLACE.test(text.slice(p, p + n))) strong++;
      p += n;
      places++;
      lastWasUnit = false;
      continue;
    }
    if (lastWasUnit && numbers > 0) {
      n = stickyAt(ROOM, text, p);
      if (n) {
        p += n;
        numbers++;
      }
    }
    break;
  }
  return { end: p, places, numbers, strong };
}

/**
 * 地址: an admin-division prefix (province, city, district — GB/T 2260 names, full or short) followed by
 * street, road, lane, number or room detail. A bare province or city is not an address. In an address
 * column the prefix may be missing (张江路88号).
 */
export const address: Recognizer = {
  type: "address",
  mayMatch: (t) => HAS_DETAIL.test(t),
  find(ctx: ScanContext): Candidate[] {
    const { text } = ctx;
    const out: Candidate[] = [];
    const inColumn = columnIs("address", ctx);
    const lead = inColumn ? text.search(/\S/) : -1;
    for (let i = 0; i < text.length; i++) {
      if (ADMIN.first[text.charCodeAt(i)] === 0 && i !== lead) continue;
      // admin names, greedily; remember where each ended so a road named after a place (中山路, 朝阳路) can be given back
      const ends: number[] = [];
      let p = i;
      for (let w = wordAt(ADMIN, text, p); w && ends.length < 4; w = wordAt(ADMIN, text, p)) {
        p += w.length;
        ends.push(p);
      }
      if (ends.length === 0 && i !== lead) continue;
      let d = { end: p, places: 0, numbers: 0, strong: 0 },
        levels = 0;
      for (let k = ends.length; k >= (ends.length ? 1 : 0); k--) {
        // only a short form (中山, 朝阳) can be given back to a road name; 上街区 or 路南区 stays a district
        if (k < ends.length && /[省市区县旗州盟]$/.test(text.slice(k ? ends[k - 1] : i, ends[k]))) break;
        let q = k ? ends[k - 1] : i,
          lv = k;
        if (k)
          for (let n = stickyAt(LEVEL, text, q); n && lv < 6; n = stickyAt(LEVEL, text, q)) {
            q += n;
            lv++;
          }
        const dd = detailEnd(text, q);
        if (dd.numbers + dd.strong > 0) {
          d = dd;
          levels = lv;
          break;
        }
      }
      if (d.numbers + d.strong === 0 || (levels === 0 && d.numbers === 0)) continue;
      let confidence = d.numbers > 0 ? (levels > 0 ? 0.9 : 0.75) : 0.6;
      if (levels >= 2 && d.places > 0) confidence = Math.max(confidence, 0.75);
      if (inColumn || hasContext("address", ctx, i)) confidence = Math.min(0.99, confidence + 0.15);
      out.push({ type: "address", start: i, end: d.end, confidence, flags: [] });
      i = d.end - 1;
    }
    return out;
  },
};
