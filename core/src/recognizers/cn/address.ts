import { ADMIN_INDEX as ADMIN, wordAt } from "../../data/place-names.js";
import { columnIs, hasContext } from "../context.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";

/** Words that end an address in running text: particles, pronouns, and what comes after an address in notes. */
// prettier-ignore
const STOP_WORDS = ["的", "了", "是", "在", "我", "你", "他", "她", "您", "请", "与", "或", "及", "等", "把", "给", "从", "向", "对", "被",
  "电话", "手机", "联系", "收件", "收货", "寄到", "发到", "送到", "附近", "旁边", "对面", "地址", "客户", "签收", "谢谢"];
const CJK = `(?:(?!${STOP_WORDS.join("|")})[\\u4e00-\\u9fff])`;
/** A further admin level written out: 张江镇, 城关街道, 某某开发区 (Taobao writes a space before each). */
const LEVEL = new RegExp(`\\s?(?:${CJK}){1,8}?(?:街道|开发区|高新区|新区|工业园区|园区|镇|乡|县|区|市)`, "y");
/** A named place: road, street, lane, village, estate, building. */
const PLACE = new RegExp(
  `\\s?(?:${CJK}|[A-Za-z]){1,12}(?:大道|街道|胡同|小区|花园|公寓|大厦|广场|中心|社区|新村|家园|大楼|工业区|园区|路|街|道|巷|弄|里|村|屯|组|苑|园|庄|城|湾|府|坊|楼|阁|轩|居|邸|墅)`,
  "y",
);
/** A number with its unit: 88号, 3号楼, 2单元, 501室, 12-3号, 七组, 四段, 附1号, A座, B区, 3006房, H3-1285商位. */
const NUMBER =
  /\s?(?:附)?(?:[A-Za-z]?\d{1,5}(?:[-－之](?:\d{1,5}|[A-Za-z](?![A-Za-z])))*|[A-Za-z])(?:号楼|号院|号库|号铺|号|弄|栋|幢|座|单元|楼|层|室|户|组|巷|期|排|门|段|房|塔|区|商位|[Ff](?![A-Za-z]))|\s?[一二三四五六七八九十百]{1,3}(?:号楼|号院|号|弄|栋|幢|座|单元|组|巷|期|排|段|区)/y;
/** Places that make an address on their own after an admin prefix; 园区, 中心, 苑 … alone can be the prefix's own name. */
const STRONG_PLACE = /(?:大道|街道|胡同|小区|花园|公寓|大厦|广场|社区|新村|家园|大楼|路|街|巷|弄|村|组)$/;
/** Places that hold rooms: a bare number after one is a room (柳州国际大厦1702, 月牙湖花园1座25B). */
const BUILDING =
  /(?:大厦|中心|广场|花园|公寓|大楼|城|苑|园|府|阁|轩|居|邸|号楼|号院|栋|幢|座|单元|楼|层|塔|门|区|[Ff])$/;
/** A trailing room after a unit or a building: 2单元501, 大厦1702, 25B, 12-201, 8楼之2, 8樓E. */
const ROOM =
  /\s?(?:[A-Za-z]?\d{2,5}(?:-\d{1,5})?[A-Za-z]?(?![\dA-Za-z号])|\d[A-Za-z](?![\dA-Za-z])|之\d{1,3}|[A-Za-z](?![A-Za-z\d]))/y;
/** Characters an estate's own name is made of (中铁1818中心, 金地自在城, R2): not punctuation, not a phone word. */
const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9]/;
const NOT_IN_NAME = /^(?:电话|手机|联系|收件|收货|寄件|寄到|发到|送到|客户|签收|谢谢)/;

/**
 * An estate's own name before its number, without a place word: 186号保利心语7栋, 1700号新世纪环球中心E2区,
 * 109号中铁1818中心3栋, 大道中63号, 枫林阁1502; right after the admin prefix too: 海淀区枫丹丽舍3栋.
 * The length of the shortest such name at `p` that a number (or, after one, a room) follows; 0 if none.
 */
function namedRun(text: string, p: number, roomOk: boolean, first: boolean): { name: number; next: number } {
  const q = text.charCodeAt(p) === 32 ? p + 1 : p;
  for (let k = 1; k <= 10 && q + k <= text.length; k++) {
    const c = text[q + k - 1]!;
    if (!NAME_CHAR.test(c) || NOT_IN_NAME.test(text.slice(q + k - 1, q + k + 1))) break;
    // opening a detail, a particle or verb ends the words before the address (会议在A座, 请到3号楼); inside one it may be a name's (金地自在城)
    if (first && LEAD_CHARS.has(c)) break;
    const next = stickyAt(NUMBER, text, q + k) || (roomOk ? stickyAt(BARE_ROOM, text, q + k) : 0);
    if (next) return { name: q + k - p, next };
  }
  return { name: 0, next: 0 };
}
const LEAD_CHARS = new Set("的了是在我你他她您请与或及等把给从向对被到住为家");
/** A bare room number closing an address: 枫林阁1502 */
const BARE_ROOM = /\d{3,5}(?![\d号A-Za-z@._])/y;
const HAS_DETAIL = /[路街道巷弄号村组室栋幢楼苑园里屯座]/;

function stickyAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

interface Detail {
  end: number;
  places: number;
  numbers: number;
  strong: number;
  /** a building, unit or room number (栋, 幢, 座, 号楼, 单元, 室): what a community address without a prefix carries */
  rooms: number;
  /** where the detail first held a number or a road, street, estate … (what makes a prefix an address); 0 if never */
  firstWhole: number;
}
const ROOM_UNIT = /(?:号楼|栋|幢|座|单元|室|房)$/;
const LAST_UNIT = /(?:室|户)$/;
/** a door number on a road: 88号, 12-3号 (not 3号楼, 27号院) */
const DOOR = /\d号$/;

/**
 * From `start`, the end of the detail part of an address, and how much detail it holds. `namedFirst`: the
 * detail may open with an estate's own name when a building number follows it (枫丹丽舍3栋, 星河传说D座).
 */
function detailEnd(text: string, start: number, namedFirst = false): Detail {
  let p = start,
    places = 0,
    numbers = 0,
    strong = 0,
    rooms = 0,
    holdsRooms = false,
    afterDoor = false,
    firstWhole = 0;
  for (let guard = 0; guard < 16; guard++) {
    if (!firstWhole && numbers + strong > 0) firstWhole = p;
    let n = stickyAt(NUMBER, text, p);
    if (n) {
      const unit = text.slice(p, p + n);
      if (ROOM_UNIT.test(unit)) rooms++;
      holdsRooms = BUILDING.test(unit);
      afterDoor = DOOR.test(unit);
      p += n;
      numbers++;
      // a room is the last detail: what follows 2703室 is the next thing said (邮件发给hr409@…)
      if (LAST_UNIT.test(unit)) break;
      continue;
    }
    n = stickyAt(PLACE, text, p);
    // after a door number and a space, a place word is the address's only when more numbered detail follows it
    // (文二西路88号 西溪花园 蒹葭苑12幢); else it is the next thing said (624号 胡鑫旭和方鹏一起来店里)
    if (n && afterDoor && text.charCodeAt(p) === 32 && detailEnd(text, p).numbers === 0) n = 0;
    if (n) {
      const place = text.slice(p, p + n);
      if (STRONG_PLACE.test(place)) strong++;
      holdsRooms = BUILDING.test(place);
      afterDoor = false;
      p += n;
      places++;
      continue;
    }
    // inside an address, an estate's own name runs up to its next number
    if (numbers + places > 0 || namedFirst) {
      const { name, next } = namedRun(text, p, numbers + places > 0, numbers + places === 0);
      if (next) {
        p += name;
        places++;
        continue;
      }
    }
    if (holdsRooms && numbers + places > 0) {
      n = stickyAt(ROOM, text, p);
      if (n) {
        p += n;
        numbers++;
        rooms++;
      }
    }
    break;
  }
  if (!firstWhole && numbers + strong > 0) firstWhole = p;
  return { end: p, places, numbers, strong, rooms, firstWhole };
}

/** Where an address without an admin prefix may begin: after these words (家住, 地址：, 小区：, 访问, 房号) or a break. */
const LEAD_BEFORE = /(?:住|住在|家住|家|地址|位于|到|在|了|访问|房号|寄到|送到|改成|改为|为|是|：|:|，|,|（|\(|\s)$/;
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
        // Taobao writes 浙江省 杭州市 西湖区 with a space between
        if (text.charCodeAt(p) === 32 && wordAt(ADMIN, text, p + 1)) p++;
      }
      if (ends.length === 0 && i !== lead) continue;
      let d: Detail = { end: p, places: 0, numbers: 0, strong: 0, rooms: 0, firstWhole: 0 },
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
        const dd = detailEnd(text, q, lv > 0 || (inColumn && q === lead));
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
      // (a stronger finding over its tail cuts it back, as far as its first whole detail: 阳光花园624号 | 胡鑫旭…)
      out.push({ type: "address", start: i, end: d.end, confidence, flags: [], minEnd: d.firstWhole || d.end });
      i = d.end - 1;
    }
    if (!inColumn) findWithoutPrefix(ctx, out);
    return out;
  },
};

/**
 * Community addresses written without province or city: 家住幸福小区3栋2单元501, 碧桂园凤凰城凤辉苑12座,
 * 3号楼2单元1102, 桃园路139号桃源村二期6栋1704. They need a building, unit or room number: an estate or road
 * with one (…苑12座, …路139号…6栋), or a building with a unit or room (3栋2单元501, 7栋1801).
 */
const MAY_BE_COMMUNITY = /(?:号楼|栋|幢|座|单元)/;
/** a building, unit or room number, and an estate's or road's name or a second such number */
const communityLike = (d: Detail): boolean => d.rooms > 0 && (d.places > 0 || d.rooms >= 2);
const UNIT_AT = /号楼|栋|幢|座|单元/g;
/** How far before a building number an address without a prefix may start: estate, road and number (桃园路139号桃源村二期6栋) */
const WINDOW = 30;
function findWithoutPrefix(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  if (!MAY_BE_COMMUNITY.test(text)) return;
  const withPrefix = out.length; // the addresses found so far, in text order
  let k = 0,
    searchFrom = 0;
  UNIT_AT.lastIndex = 0;
  // look only around building, unit and room words: linear in the text
  for (let m = UNIT_AT.exec(text); m; m = UNIT_AT.exec(text)) {
    const u = m.index;
    if (u < searchFrom) continue;
    while (k < withPrefix && out[k]!.end <= u) k++;
    if (k < withPrefix && out[k]!.start <= u) continue; // inside an address with a prefix
    const lo = Math.max(searchFrom, u - WINDOW, k > 0 ? out[k - 1]!.end : 0);
    for (let i = lo; i < u; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10) continue;
      if (i > 0 && !LEAD_BEFORE.test(text.slice(Math.max(0, i - 3), i))) continue;
      let d = detailEnd(text, i, true);
      if (d.end <= u || !communityLike(d)) continue;
      // the address starts after the last lead word that still gives the same address: 客户家住|幸福小区3栋
      let start = i;
      for (let j = i + 1; j < u; j++)
        if (LEAD_BEFORE.test(text.slice(Math.max(0, j - 3), j))) {
          const dj = detailEnd(text, j, true);
          if (dj.end === d.end && communityLike(dj)) {
            start = j;
            d = dj;
          }
        }
      let confidence = d.places > 0 ? 0.75 : 0.65;
      if (
        hasContext("address", ctx, start) ||
        /(?:住|小区|房号|访问)[：:]?$/.test(text.slice(Math.max(0, start - 3), start))
      )
        confidence += 0.15;
      out.push({ type: "address", start, end: d.end, confidence, flags: [] });
      searchFrom = d.end;
      UNIT_AT.lastIndex = d.end;
      break;
    }
  }
}
