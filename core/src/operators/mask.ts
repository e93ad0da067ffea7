import { simplified } from "../_lib/t2s.js";
import { ADMIN_INDEX as ADMIN, wordAt } from "../data/place-names.js";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "../data/surnames.generated.js";
import type { EntityType } from "../model/entity-type.js";

export type MaskLevel = "strict" | "standard" | "loose";
export const MASK_CHAR = "*";

/** Characters a mask keeps in place so a reviewer still sees the value's shape. */
const SEPARATOR = /[\s\-()（）[\]·•.:：/@+]/;

/** Keep the first `first` and last `last` maskable characters, mask the rest; separators stay. */
export function keepEnds(value: string, first: number, last: number): string {
  const chars = Array.from(value);
  const idx = chars.map((c, i) => (SEPARATOR.test(c) ? -1 : i)).filter((i) => i >= 0);
  const n = idx.length;
  if (first + last >= n) {
    // too short to keep both ends: keep at most the first character
    return chars.map((c, i) => (SEPARATOR.test(c) || (n > 1 && i === idx[0] && first > 0) ? c : MASK_CHAR)).join("");
  }
  const masked = new Set(idx.slice(first, n - last));
  return chars.map((c, i) => (masked.has(i) ? MASK_CHAR : c)).join("");
}

/** hutool's bank-card mask: blanks dropped; first 4 and the last (len % 4 || 4) kept; the middle masked in groups of 4. */
function bankCard(value: string, first: number): string {
  const d = value.replace(/\s/g, "");
  if (d.length < 9) return value;
  const endLen = d.length % 4 || 4;
  const midLen = d.length - first - endLen;
  const mid = MASK_CHAR.repeat(Math.max(0, midLen))
    .replace(/(.{4})/g, "$1 ")
    .trimEnd();
  return `${d.slice(0, first)} ${mid} ${d.slice(d.length - endLen)}`.replace(/\s+/g, " ");
}

/** What stands for @ in an e-mail as written: ＠ (full-width), (at), [at], #, " at ". */
const AT_SIGN = /@|＠|\s*[([]at[)\]]\s*|#|\s+at\s+/i;

function email(value: string, level: MaskLevel): string {
  const m = AT_SIGN.exec(value);
  const at = m ? m.index : value.length;
  const keep = level === "strict" || at <= 1 ? 0 : 1;
  return value.slice(0, keep) + MASK_CHAR.repeat(at - keep) + value.slice(at);
}

function mobile(value: string, level: MaskLevel): string {
  // mask the 11-digit national number; a +86 / 0086 prefix stays as written
  const digits = [...value].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const national = new Set(digits.slice(-11));
  if (national.size < 11) return keepEnds(value, 3, 4);
  const nat = digits.slice(-11);
  const keep = new Set(level === "strict" ? nat.slice(7) : [...nat.slice(0, 3), ...nat.slice(7)]);
  return [...value].map((c, i) => (national.has(i) && !keep.has(i) ? MASK_CHAR : c)).join("");
}

const isSurname = (w: string): boolean =>
  w.length === 1 ? SINGLE_SURNAMES[w] !== undefined : w.length === 2 && COMPOUND_SURNAMES[w] !== undefined;

function personName(value: string, _level: MaskLevel): string {
  const t = value.trim();
  // Latin names: keep each word's first letter (Zhang Wei → Z**** W**), separators stay
  if (/^[A-Za-z]/.test(t))
    return value.replace(/([A-Za-z])([A-Za-z']*)/g, (_m, a: string, rest: string) => a + MASK_CHAR.repeat(rest.length));
  // given name first, as CRM lists show it (文轩 段): the surname is the last word; keep it and mask the rest
  const words = t.split(/\s+/);
  if (words.length === 2 && isSurname(words[1]!) && !isSurname(words[0]!)) {
    const surnameAt = value.lastIndexOf(words[1]!);
    return value.replace(/[^\s]/g, (c, i: number) => (i >= surnameAt ? c : MASK_CHAR));
  }
  const keep = COMPOUND_SURNAMES[t.slice(0, 2)] !== undefined ? 2 : 1;
  // a surname alone (李 of 李总, at the strict level) is masked whole: keeping it would keep everything
  if (t.length <= keep && /^[\u3400-\u9fff]+$/.test(t)) return value.replace(t, MASK_CHAR.repeat(t.length));
  return keepEnds(value, keep, 0);
}

/** The length of the province/city/district prefix of an address. */
function adminPrefix(value: string): number {
  // read as the recognizer reads it: 澳門 is 澳门, 臺中市 is 台中市; Taobao's spaces between levels stay kept
  const v = simplified(value);
  let p = 0;
  const words: [start: number, end: number][] = [];
  for (let w = wordAt(ADMIN, v, p); w; w = wordAt(ADMIN, v, p)) {
    words.push([p, p + w.length]);
    p += w.length;
    if (v[p] === " " && wordAt(ADMIN, v, p + 1)) p++;
  }
  // a short form that names a road (鼓楼区|汉中路2号, 中山路88号) is the road's, as the recognizer reads it
  while (words.length) {
    const [a, b] = words[words.length - 1]!;
    if (/[省市区县旗州盟]$/.test(v.slice(a, b)) || !ROAD_AFTER.test(v.slice(b))) break;
    words.pop();
  }
  return words.length ? words[words.length - 1]![1] : 0;
}
const ROAD_AFTER = /^(?:大道|大街|路|街|巷|弄|胡同|道|里|村)/;

/**
 * Addresses keep their province/city/district prefix and lose the detail (entities.md): 上海市浦东新区*********.
 * Level loose keeps the road name too. Without a recognisable prefix nothing is kept: hutool's rule (the
 * last 8 characters go) leaves road and house number of a long address readable, which a handover check
 * would still flag.
 */
function address(value: string, level: MaskLevel): string {
  const chars = Array.from(value);
  let keep = adminPrefix(value);
  // no prefix we know (幸福小区3栋2单元501, 新口岸宋玉生广场258号): nothing of it is kept
  if (keep === 0) return MASK_CHAR.repeat(chars.length);
  else if (level === "loose") {
    const road = /^[\u4e00-\u9fff]{1,12}?(?:大道|路|街|巷|弄|胡同|里|村)/.exec(value.slice(keep));
    if (road) keep += road[0].length;
  }
  return chars.map((c, i) => (i < keep ? c : MASK_CHAR)).join("");
}

function licensePlate(value: string): string {
  const chars = Array.from(value.replace(/[·• \-]/g, ""));
  if (chars.length === 7) return chars.map((c, i) => (i >= 3 && i < 6 ? MASK_CHAR : c)).join("");
  if (chars.length === 8) return chars.map((c, i) => (i >= 3 && i < 7 ? MASK_CHAR : c)).join("");
  return value;
}

function ip(value: string): string {
  if (value.includes(":")) return value.split(":")[0] + ":*".repeat(7);
  return value.split(".")[0] + ".*.*.*";
}

function birthDate(value: string, level: MaskLevel): string {
  // strict: nothing of it stays
  if (level === "strict") return value.replace(/[\d〇零一二三四五六七八九十廿初正冬腊]/g, MASK_CHAR);
  // the year stays (1990-**-**, 一九九〇年*月*日); month and day go, in digits, Chinese numerals or lunar words
  const m = /^(\d{4}|[〇零一二三四五六七八九]{4})(.*)$/s.exec(value);
  return m ? m[1] + m[2].replace(/[\d〇零一二三四五六七八九十廿初正冬腊]/g, MASK_CHAR) : keepEnds(value, 0, 0);
}

/**
 * The masked form of a value of `type` at `level` (entities.md; `standard` follows hutool's
 * DesensitizedUtil). Masks keep length and separators, except where hutool's convention regroups
 * (bank cards in groups of 4, IP addresses as `192.*.*.*`).
 */
export function maskValue(type: EntityType, value: string, level: MaskLevel = "standard"): string {
  switch (type) {
    case "cn_resident_id":
      return level === "strict"
        ? keepEnds(value, 1, 1)
        : level === "loose"
          ? keepEnds(value, 6, 4)
          : keepEnds(value, 1, 2);
    case "passport":
    case "hk_macau_permit":
    case "tw_permit":
    case "hk_id":
    case "mo_id":
    case "tw_id":
    case "uscc":
      return level === "strict"
        ? keepEnds(value, 1, 1)
        : level === "loose"
          ? keepEnds(value, 2, 3)
          : keepEnds(value, 1, 2);
    case "bank_card":
      return level === "strict" ? keepEnds(value, 0, 4) : bankCard(value, level === "loose" ? 6 : 4);
    case "phone_mobile":
      return mobile(value, level);
    case "phone_landline":
      return level === "strict" ? keepEnds(value, 0, 2) : keepEnds(value, 4, 2);
    case "email":
      return email(value, level);
    case "person_name":
      return personName(value, level);
    case "address":
      return address(value, level);
    case "license_plate":
      return licensePlate(value);
    case "birth_date":
      return birthDate(value, level);
    case "ip_address":
      return ip(value);
    case "wechat_id":
    case "qq":
      return level === "strict" ? keepEnds(value, 0, 0) : keepEnds(value, 1, 1);
  }
}
