import { COMMON_SURNAMES } from "../../data/common-surnames.js";
import { CONTEXT_WORDS, NAME_TITLES_AFTER, ROLE_WORDS_BEFORE, VERBS_AFTER_NAME } from "../../data/context-words.js";
import { EVERYDAY_WORDS } from "../../data/everyday-words.js";
import { COMMON_GIVEN_CHARS, NAME_CONJUNCTIONS, NAME_FOLLOWERS, NEVER_GIVEN_CHARS } from "../../data/given-names.js";
import {
  ENGLISH_WORD_SURNAMES,
  LATIN_NAME_CONTEXT,
  LEAD_WORDS,
  LATIN_NOT_NAME_WORDS,
  ROMANISED_SURNAMES,
} from "../../data/latin-name-words.js";
import { LATIN_NAME_SCORES, NAME_SCORES as S, WHOLE_CELL_SCORES as W } from "../../data/name-scores.js";
import { anyOf, COMPANY_SUFFIX, INDUSTRY_WORDS, ORG_WORDS, ORG_WORDS_IN_NAME_CELL } from "../../data/org-words.js";
import { ADMIN_INDEX, indexByFirstChar, PairSet, PLACE_WORDS, wordAt } from "../../data/place-names.js";
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from "../../data/surnames.generated.js";
import { PINYIN_SYLLABLES } from "../../data/pinyin-syllables.generated.js";
import { NAME_WORDS_2, WORDS_2, WORDS_3 } from "../../data/words.generated.js";
import type { FindingFlag } from "../../model/finding.js";
import { columnIs, containsContextWord } from "../context.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";
import { NAME_CONTEXT_WEIGHTS } from "../../data/name-context.generated.js";
import { learnedContext } from "./name-context.js";

/** Per UTF-16 code unit bits: common given-name char, never a given-name char, a char that follows names, a one-char title. */
const COMMON_BIT = 1,
  NEVER_BIT = 2,
  FOLLOWER_BIT = 4,
  TITLE_BIT = 8,
  CONJ_BIT = 16;
const CHAR_BITS = new Uint8Array(65536);
for (const c of COMMON_GIVEN_CHARS) CHAR_BITS[c.charCodeAt(0)] |= COMMON_BIT;
for (const c of NEVER_GIVEN_CHARS) CHAR_BITS[c.charCodeAt(0)] |= NEVER_BIT;
for (const c of NAME_FOLLOWERS) CHAR_BITS[c.charCodeAt(0)] |= FOLLOWER_BIT;
for (const t of NAME_TITLES_AFTER) if (t.length === 1) CHAR_BITS[t.charCodeAt(0)] |= TITLE_BIT;
for (const c of NAME_CONJUNCTIONS) CHAR_BITS[c.charCodeAt(0)] |= CONJ_BIT;
/** surname characters that are far more often function words: 曾 (once), 向, 从, 和, 于, 将, 都, 同 */
const FUNCTION_BIT = 32;
for (const c of "曾向从和于将都同及所") CHAR_BITS[c.charCodeAt(0)] |= FUNCTION_BIT;
/** characters that end the names of places and buildings (…岛, …湖, …宫, …寺), never a given name's last */
/** a set of characters as a bitmap of code units: "is text[i] one of them?" without hashing */
function charSet(chars: string): { has: (s: string, i: number) => boolean } {
  const bits = new Uint8Array(65536);
  for (const c of chars) bits[c.charCodeAt(0)] = 1;
  return { has: (s, i) => i < s.length && bits[s.charCodeAt(i)] === 1 };
}
const PLACE_SUFFIX = charSet("岛湖滩寺庙宫馆塔");
/** what ends the name of a district or town (…区, …县, …镇, …乡), and what after it makes it a title (区长, 县委, 镇政府) */
const ADMIN_TAIL = charSet("区县镇乡");
const ADMIN_TITLE = charSet("长委政府域级");
/** whether the name of a province, city or district that starts up to 4 characters before `i` runs past it */
function insideAdminName(text: string, i: number): boolean {
  for (let k = 1; k <= 4 && i - k >= 0; k++)
    if (ADMIN_INDEX.first[text.charCodeAt(i - k)] !== 0 && wordAt(ADMIN_INDEX, text, i - k).length > k) return true;
  return false;
}
/** a licence plate's start, also as a mask leaves it: 云LF12348, 云LF****8, 粤B·D12345 */
const PLATE_START =
  /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·• -]?[A-HJ-NP-Z0-9*]{4}/y;
const plateOpensAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i + 1);
  if (!(c >= 65 && c <= 90)) return false;
  PLATE_START.lastIndex = i;
  return PLATE_START.test(text);
};
const isDigitCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
const bitAt = (s: string, i: number, bit: number): boolean => i < s.length && (CHAR_BITS[s.charCodeAt(i)] & bit) !== 0;
const COMMON = { has: (s: string, i: number) => bitAt(s, i, COMMON_BIT) };
const NEVER = { has: (s: string, i: number) => bitAt(s, i, NEVER_BIT) };
const FOLLOWERS = { has: (s: string, i: number) => bitAt(s, i, FOLLOWER_BIT) };
const SHORT_TITLES = { has: (s: string, i: number) => bitAt(s, i, TITLE_BIT) };
const EVERYDAY = indexByFirstChar(EVERYDAY_WORDS);
const PLACES = indexByFirstChar(PLACE_WORDS);
/** provinces, cities and districts as written (江苏, 杭州市, 拉萨): not the bare district names (秀英, 卫东, 南宫) that are given names too */
const ADMIN = ADMIN_INDEX;
/** Everyday words always win; a place name (彭泽, 卢龙 …) gives way to a name when a person word stands right before it. */
const BLOCKED = indexByFirstChar([...EVERYDAY_WORDS, ...PLACE_WORDS]);
const TITLES = indexByFirstChar(NAME_TITLES_AFTER.filter((t) => t.length >= 2));
const PERSON_CONTEXT = (CONTEXT_WORDS.person_name ?? []).filter((w) => !/^[a-z]+$/.test(w));
/** 李明表示, 纪平指出, 张艺谋执导: a verb of saying or doing right after */
const VERBS = indexByFirstChar(VERBS_AFTER_NAME.filter((w) => w.length >= 2));
const VERB_BIT = 64;
for (const w of VERBS_AFTER_NAME) if (w.length === 1) CHAR_BITS[w.charCodeAt(0)] |= VERB_BIT;
const ADVERB_BIT = 128;
for (const c of "还也就都又便则却已曾正将再亦仍均立不") CHAR_BITS[c.charCodeAt(0)] |= ADVERB_BIT;
const verbHere = (text: string, i: number): boolean => bitAt(text, i, VERB_BIT) || wordAt(VERBS, text, i) !== "";
/** a verb of saying at i, or after one adverb: 萧照兴|还认为, 李宁|也表示 */
const verbAt = (text: string, i: number): boolean =>
  verbHere(text, i) || (bitAt(text, i, ADVERB_BIT) && verbHere(text, i + 1));
/** a Latin name's lead word at the end of the text before it: "Contact: " */
const LATIN_CONTEXT = new RegExp(`(?:^|[^a-z])${anyOf(LATIN_NAME_CONTEXT)}[\\s.:：,，]*$`, "i");
const SURNAME_PINYIN = new Set([...Object.values(SINGLE_SURNAMES), ...Object.values(COMPOUND_SURNAMES)]);

const isCjk = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const cjkAt = (s: string, i: number): boolean => i >= 0 && i < s.length && isCjk(s.charCodeAt(i));
/**
 * What follows a word inside a company name: 杭州瑞丰实业有限公司, 金达电子有限公司, 宏远集团 —
 * up to 6 characters (the firm's own name), then a trade, up to 4 more and a suffix; or a bare 有限公司 / 集团.
 */
const COMPANY_TAIL = new RegExp(
  "^[\\u4e00-\\u9fff]{0,6}?" + // the rest of the firm's own name
    `(?:${anyOf(INDUSTRY_WORDS)}[\\u4e00-\\u9fff]{0,4}?${COMPANY_SUFFIX}` + // trade … 有限公司
    "|(?:股份)?有限(?:责任)?公司|集团)", // or the suffix alone
);
/** an organisation, not a person, in a cell of a name column */
const ORG = new RegExp(anyOf([...ORG_WORDS, ...ORG_WORDS_IN_NAME_CELL]));

/**
 * A lexicon as the language signal (jieba's dictionary, words used 300+ times): 付清, 巩固, 家长, 卫生 are
 * words, not names; a surname character that ends the word before it (意向|强, 官方|平台) starts no name; a
 * given name does not run into the next word (张伟|明天, 李宁|运动鞋).
 */
const WORD_PAIRS = new PairSet(WORDS_2);
const NAME_PAIRS = new PairSet(NAME_WORDS_2);
const WORD_TRIPLES = new Set<string>();
for (let k = 0; k < WORDS_3.length; k += 3) WORD_TRIPLES.add(WORDS_3.slice(k, k + 3));
/** Is text[i..i+2) a word (not a name)? */
const wordPairAt = (s: string, i: number): boolean => WORD_PAIRS.has(s, i);
const anyPairAt = (s: string, i: number): boolean => WORD_PAIRS.has(s, i) || NAME_PAIRS.has(s, i);

/** Per UTF-16 code unit: 1 = single surname, 2 = first character of a compound surname. */
const SURNAME_BITS = new Uint8Array(65536);
for (const s of Object.keys(SINGLE_SURNAMES)) SURNAME_BITS[s.charCodeAt(0)] |= 1;
for (const s of Object.keys(COMPOUND_SURNAMES)) SURNAME_BITS[s.charCodeAt(0)] |= 2;
for (const c of COMMON_SURNAMES) SURNAME_BITS[c.charCodeAt(0)] |= 4;
const COMPOUND_KEYS = new Set(Object.keys(COMPOUND_SURNAMES).map((s) => s.charCodeAt(0) * 65536 + s.charCodeAt(1)));

/** 2 for a compound surname at i (欧阳), 1 for a single one, 0 for none — without allocating strings. */
function surnameAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const bits = SURNAME_BITS[c];
  if (bits === 0) return 0;
  if (bits & 2 && COMPOUND_KEYS.has(c * 65536 + text.charCodeAt(i + 1))) return 2;
  return bits & 1;
}

/** A Chinese name in a whole cell of a name column: surname + 1–2, or minority names with a middle dot. */
const WHOLE_CJK = /^(?:[\u4e00-\u9fff\u3400-\u4dbf]{2,4}|[\u4e00-\u9fff]{1,10}(?:[·•][\u4e00-\u9fff]{1,10}){1,3})$/;
/** Given name first, as CRMs built abroad show it: "小明 王". */
const GIVEN_FIRST = /^[\u4e00-\u9fff]{1,2}\s+[\u4e00-\u9fff]{1,2}$/;
/** Latin-letter names: "Zhang Wei", "WANG Xiaoming", "Lily Zhang", "Xiao-Ming Li". */
const LATIN = /^[A-Za-z][A-Za-z'\-]{0,20}(?:,?\s+[A-Za-z][A-Za-z'\-]{0,20}){1,2}$/;

function wholeCellName(t: string): number {
  if (ORG.test(t)) return 0;
  if (WHOLE_CJK.test(t)) return surnameAt(t, 0) > 0 || t.includes("·") ? W.chineseWithSurname : W.chineseOther;
  if (GIVEN_FIRST.test(t))
    return surnameAt(t, t.length - 1) > 0 || surnameAt(t, t.length - 2) === 2
      ? W.givenFirstWithSurname
      : W.givenFirstOther;
  if (LATIN.test(t)) {
    const tokens = t
      .toLowerCase()
      .split(/[\s,]+/)
      .map((x) => x.replace(/[^a-z]/g, ""));
    return tokens.some((x) => SURNAME_PINYIN.has(x)) ? W.latinWithSurname : W.latinOther;
  }
  return 0;
}

/**
 * Latin-letter names in running text, the whole run: Zhang Wei, Wong Siu Ming, Au Yeung Ka Wai, ZHANG, WEI,
 * CHEN, YI-JUN, LI/XIAOMING, Zhāng Wěi, DAVID CHEN — one word a surname's romanisation (pinyin, Cantonese,
 * Wade-Giles) — and foreign names (John Smith, Anna Müller) after a person word. "Customer Wang Lei": the
 * lead word is not part of the name.
 */
const ENGLISH_WORDS = new Set(ENGLISH_WORD_SURNAMES);
const LEADS = new Set(LEAD_WORDS);
const ROMANISED = new Set([...SURNAME_PINYIN, ...ROMANISED_SURNAMES]);
const NOT_NAME_WORDS = new Set(LATIN_NOT_NAME_WORDS);
const LATIN_WORD = /[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+)?/g;
const toneless = (w: string): string =>
  w
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
const isCapitalised = (w: string): boolean => /^[A-ZÀ-ÖØ-ÞĀ-Ž]/.test(w);

const SYLLABLES = new Set(PINYIN_SYLLABLES.split(" "));
/** a word made of two or three pinyin syllables (yinghua, xiaorong, fengqi): a given name's Latin form */
function pinyinGivenName(w: string, parts = 0): boolean {
  if (w === "") return parts >= 2;
  if (parts === 3) return false;
  for (let n = Math.min(6, w.length); n >= 1; n--)
    if (SYLLABLES.has(w.slice(0, n)) && pinyinGivenName(w.slice(n), parts + 1)) return true;
  return false;
}

/** two Latin words, the second capitalised (Zhang Wei, ZHANG, WEI, LI/XIAOMING): what a Latin name needs */
const LATIN_PAIR = /[A-Za-zÀ-ž'’](?:, ?| |\/)[A-ZÀ-ÞĀ-Ž]/;
function findLatin(text: string, out: Candidate[]): void {
  const words = [...text.matchAll(LATIN_WORD)];
  for (let k = 0; k < words.length; k++) {
    const first = words[k]!;
    if (LEADS.has(first[0].toLowerCase()) || !isCapitalised(first[0])) continue;
    // the run: up to 4 capitalised words joined by one space, ", " (ZHANG, WEI) or "/" (LI/XIAOMING)
    let j = k;
    while (j + 1 < words.length && j - k < 3) {
      const a = words[j]!,
        b = words[j + 1]!;
      const gap = text.slice(a.index! + a[0].length, b.index);
      if (!/^(?: |, ?|\/)$/.test(gap) || !isCapitalised(b[0]) || LEADS.has(b[0].toLowerCase())) break;
      if (gap.startsWith(",") && j > k) break;
      j++;
    }
    if (j === k) continue;
    const run = words.slice(k, j + 1).map((w) => toneless(w[0]).replace(/[^a-z-]/g, ""));
    const surnameAt = run.findIndex(
      (w, n) => ROMANISED.has(w) || (n + 1 < run.length && ROMANISED.has(`${w} ${run[n + 1]}`)),
    );
    const startAt = first.index!;
    const context =
      contextBefore(text, startAt) >= S.personWordBefore ||
      LATIN_CONTEXT.test(text.slice(Math.max(0, startAt - 16), startAt));
    if (surnameAt < 0 && !context) continue;
    if (run.some((w) => NOT_NAME_WORDS.has(w))) continue; // Hong Kong, Kerry Centre, HSBC
    // without context, a capitalised pair with a surname's romanisation is still likely a name (Lily Zhang called),
    // unless the "surname" is an everyday English word (He, An, Long …) and nothing else in it is a two-syllable
    // pinyin given name (Long Yinghua, FAN, FENGQI)
    if (
      !context &&
      run.every((w) => !ROMANISED.has(w) || ENGLISH_WORDS.has(w)) &&
      !(run.some((w) => ROMANISED.has(w)) && run.some((w) => !ROMANISED.has(w) && pinyinGivenName(w)))
    )
      continue;
    const last = words[j]!;
    out.push({
      type: "person_name",
      start: startAt,
      end: last.index! + last[0].length,
      confidence: context ? LATIN_NAME_SCORES.withContext : LATIN_NAME_SCORES.withoutContext,
      flags: context ? [] : ["low_context"],
    });
    k = j;
  }
}

/**
 * Names as CRM lists and OCR show them: given name first (Sherry 孟, Amy 陈, 峻熙 何) and spaced (张 伟,
 * 葛 丽 娟). Both ends stand apart from other Chinese text; the given part is no everyday word.
 */
const GIVEN_FIRST_LATIN = /(?<![A-Za-z])([A-Z][a-z]{1,12}) ([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])/g;
const GIVEN_FIRST_CJK = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{1,2}) ([\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])/g;
const SPACED =
  /(?<![\u4e00-\u9fff ])([\u4e00-\u9fff]{1,2})((?: [\u4e00-\u9fff]){1,2})(?![\u4e00-\u9fff]| [\u4e00-\u9fff](?![\u4e00-\u9fff]))/g;
function givenLike(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!cjkAt(text, i) || NEVER.has(text, i) || FOLLOWERS.has(text, i)) return false;
  return !(to - from === 2 && wordPairAt(text, from)) && (COMMON.has(text, from) || COMMON.has(text, to - 1));
}
/** a Chinese character or a capitalised word, one space, a Chinese character: what the list forms need */
const LIST_FORM = /[\u4e00-\u9fffa-z] [\u4e00-\u9fff]/;
function findListForms(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(GIVEN_FIRST_LATIN)) {
    const sur = m.index! + m[1]!.length + 1;
    // Sherry 孟, Jack 呼延: the Chinese part is the surname, whole
    if (surnameAt(text, sur) !== m[2]!.length || LEADS.has(m[1]!.toLowerCase())) continue;
    out.push({ type: "person_name", start: m.index!, end: sur + m[2]!.length, confidence: 0.75, flags: [] });
  }
  // the names found so far (findInText's), by start: a long text may hold many pairs
  let byStart: Candidate[] | undefined;
  for (const m of text.matchAll(GIVEN_FIRST_CJK)) {
    const a = m.index!,
      b = a + m[1]!.length + 1,
      end = b + m[2]!.length;
    // 峻熙 何 (given first) or 何 峻熙 (surname, a space, given): either reading makes the pair a name
    const givenFirst = surnameAt(text, b) === m[2]!.length && givenLike(text, a, b - 1);
    const surnameFirst = surnameAt(text, a) === m[1]!.length && givenLike(text, b, end);
    if (!givenFirst && !surnameFirst) continue;
    if (end - a === 3 && wordPairAt(text[a]! + text[b]!, 0)) continue; // 高 兴: a word spaced out
    // as sure as the name found inside it (林杰 of 林杰 郭): the lone character is the rest of the same name, and a
    // mask of the inner one alone would leave it (文* 段)
    let confidence = 0.7;
    byStart ??= [...out].sort((x, y) => x.start - y.start);
    let lo = 0,
      hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < a) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byStart.length && byStart[k]!.start < end; k++) {
      const c = byStart[k]!;
      if (c.end <= end && !c.flags.length) confidence = Math.max(confidence, c.confidence);
    }
    out.push({ type: "person_name", start: a, end, confidence, flags: [] });
  }
  for (const m of text.matchAll(SPACED)) {
    const i = m.index!;
    const sl = surnameAt(text, i);
    if (!sl || sl !== m[1]!.length) continue;
    const given = m[2]!.replace(/ /g, "");
    const g = i + m[0].length - m[2]!.length; // the given characters sit at g+1, g+3
    let ok = true;
    for (let q = g + 1; q < i + m[0].length; q += 2) if (NEVER.has(text, q) || FOLLOWERS.has(text, q)) ok = false;
    if (!ok || ![...given].some((_, n) => COMMON.has(text, g + 1 + 2 * n))) continue;
    // 黄 金, 明 天, 和 平: a word spaced out (a heading, a sign) is no name
    if (m[0].length === 3 && wordPairAt(text[i]! + text[i + 2]!, 0)) continue;
    out.push({ type: "person_name", start: i, end: i + m[0].length, confidence: 0.7, flags: [] });
  }
}

/** Person words indexed by their last character, for "does the text just before i end with one?". */
function byLast(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const k = w.charCodeAt(w.length - 1);
    m.set(k, [...(m.get(k) ?? []), w]);
  }
  return m;
}
const CONTEXT_BY_LAST = byLast(PERSON_CONTEXT);
/** job titles (总经理, 副局长, 画家): a person follows, but they do not make a place or an everyday word a name */
const ROLES_BY_LAST = byLast(ROLE_WORDS_BEFORE.filter((w) => !/^[a-z]+$/.test(w)));
const endsWithOneOf = (m: Map<number, string[]>, text: string, j: number): boolean =>
  m.get(text.charCodeAt(j - 1))?.some((w) => j >= w.length && text.startsWith(w, j - w.length)) ?? false;
/** does a person word or a job title end right at j (分析师|, 客户|)? — without contextBefore's wider look */
const endsPersonWord = (text: string, j: number): boolean =>
  endsWithOneOf(CONTEXT_BY_LAST, text, j) || endsWithOneOf(ROLES_BY_LAST, text, j);
const SEPARATOR_BEFORE = new Set([..." \t:：,，、（("].map((c) => c.charCodeAt(0)));
const WEAK_BEFORE = new Set([..."请由派让叫找问给和与及同跟据把被帮替陪带、"].map((c) => c.charCodeAt(0)));

function contextBefore(text: string, i: number): number {
  return leadWordBefore(text, i) || contextWordWithin(text, i);
}

/** contextBefore's look at the words right before i (a list's 、, a person word, a job title, a one-character lead) */
function leadWordBefore(text: string, i: number): number {
  // the next name of a list: 何敏、马超、韩梅
  if (i > 0 && text.charCodeAt(i - 1) === 0x3001 /* 、 */) return S.weakWordBefore;
  // strip separators right before the name: "联系人：" "客户 " "收件人:"
  let j = i;
  while (j > 0 && SEPARATOR_BEFORE.has(text.charCodeAt(j - 1))) j--;
  if (j > 0) {
    if (endsWithOneOf(CONTEXT_BY_LAST, text, j)) return S.personWordBefore;
    if (endsWithOneOf(ROLES_BY_LAST, text, j)) return S.roleWordBefore;
    // 请王芳…, 由李娜…, 派张伟…, 和/与 after another name: weaker, one character
    if (WEAK_BEFORE.has(text.charCodeAt(j - 1))) return S.weakWordBefore;
  }
  return 0;
}

/** … and its wider, costlier look: a person word anywhere in the 12 characters before i */
const contextWordWithin = (text: string, i: number): number =>
  i > 0 && containsContextWord("person_name", text.slice(Math.max(0, i - 12), i)) ? S.weakWordBefore : 0;

/** Does a word end at `i`: no Chinese character follows, or one that follows names (说, 的), or an everyday word (确认)? */
function endsAt(text: string, i: number): boolean {
  return !cjkAt(text, i) || FOLLOWERS.has(text, i) || wordAt(BLOCKED, text, i) !== "";
}

function titleAfter(text: string, end: number): boolean {
  return wordAt(TITLES, text, end) !== "" || (SHORT_TITLES.has(text, end) && !cjkAt(text, end + 1));
}

/** （女, ，男, (男): a sex right after a name */
function sexAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 0xff08 && c !== 0x28 && c !== 0xff0c && c !== 0x2c) return false;
  const sex = text.charCodeAt(end + 1);
  return (sex === 0x7537 || sex === 0x5973) /* 男 女 */ && !cjkAt(text, end + 2);
}
/** what follows a name in a list or a form: a bracket (夏天（女）, 夏天（6229…）), a sex, a number */
const asidesAfter = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 0xff08 || text.charCodeAt(end) === 0x28 || sexAfter(text, end) || numberAfter(text, end);
/** a separator and 7+ digits (a phone, an ID) right after a name */
function numberAfter(text: string, end: number): boolean {
  let j = end;
  while (j < text.length && j - end < 2 && SEPARATOR_BEFORE.has(text.charCodeAt(j))) j++;
  if (j === end && cjkAt(text, j)) return false;
  let n = 0;
  while (n < 7 && isDigitCode(text.charCodeAt(j + n))) n++;
  return n === 7;
}

const surnameOnly = (start: number, end: number, confidence: number): Candidate => ({
  type: "person_name",
  start,
  end,
  confidence,
  flags: ["surname_only"],
});
/** 小于, 小白, 老白干 …: 小/老 + a surname character that makes a word, not a nickname */
const NOT_NICKNAMES = new Set(["小于", "大于", "小白", "老白", "大方", "小方", "小时", "大江", "大华", "老程", "大龙"]);

/**
 * 小刘, 老陈 (a familiar form of address: the surname, ended clearly) and 我姓尚 / 姓欧阳 (a surname said
 * alone) — references to a person without a given name, reported with the flag `surname_only`.
 */
function surnameReference(text: string, i: number): Candidate | null {
  const c = text.charCodeAt(i);
  const sl = surnameAt(text, i + 1);
  if (!sl) return null;
  const end = i + 1 + sl;
  const common = sl === 2 || SURNAME_BITS[text.charCodeAt(i + 1)] & 4;
  const ends = !cjkAt(text, end) || FOLLOWERS.has(text, end) || titleAfter(text, end);
  // 我姓尚，/ 姓史，史记的史 (姓名 and 姓氏 are words: 名 and 氏 are no surnames)
  if (c === 0x59d3 /* 姓 */) return ends ? surnameOnly(i + 1, end, S.surnameSaid) : null;
  // 大刘 only at a clause's start (最大于, 很大方 are words); 小/老 after a role too: 客服小陈, 助理小郭
  if (c === 0x5927 /* 大 */ && cjkAt(text, i - 1)) return null;
  if (!common || !ends || NOT_NICKNAMES.has(text.slice(i, i + 2))) return null;
  return surnameOnly(i + 1, end, S.surnameNickname);
}
/** 小, 老, 大, 姓: compared as numbers, since every character of a text is checked */
const isNicknameLead = (c: number): boolean => c === 0x5c0f || c === 0x8001 || c === 0x5927 || c === 0x59d3;

/** Surname + 1–2 given characters in running text, scored by the given-name model and context. */
function findInText(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  const inColumn = columnIs("person_name", ctx);
  // the context before a candidate is asked several times at one position: computed once
  /** where the title after the last name ends (王芳律师|…) */
  let titleEnd = -1;
  let ctxAt = -1,
    ctxVal = 0;
  const contextAt = (k: number): number => (k === ctxAt ? ctxVal : ((ctxAt = k), (ctxVal = contextBefore(text, k))));
  for (let i = 0; i < text.length; i++) {
    if (isNicknameLead(text.charCodeAt(i))) {
      const ref = surnameReference(text, i);
      if (ref) {
        out.push(ref);
        i = ref.end - 1;
        continue;
      }
    }
    const sl = surnameAt(text, i);
    // a name or a title follows a surname as a Chinese character: anything else ends it at once (most texts' punctuation)
    if (!sl || !cjkAt(text, i + sl)) continue;
    // 锡林浩特市, 长寿区: inside the name of a city or district (as an address mask leaves it) no name starts
    if (cjkAt(text, i - 1) && insideAdminName(text, i)) continue;
    const everyday = wordAt(EVERYDAY, text, i);
    // an everyday word is a name only after a person word and standing alone: 联系人：夏天（女）, 主播夏天（6229…）
    // (客户满意，/ 告知支持12期 / 与户主关系 stay words: a bracket, a sex or a number must follow)
    if (everyday && !(everyday.length === 2 && asidesAfter(text, i + 2) && contextAt(i) >= S.personWordBefore)) {
      i += everyday.length - 1;
      continue;
    }
    const place = wordAt(PLACES, text, i);
    // (a compound surname before a given name beats a bare district name: 南宫雨桐, not 南宫(市))
    if (place && contextAt(i) < S.personWordBefore && !(sl === 2 && place.length === 2 && !wordAt(ADMIN, text, i))) {
      i += place.length - 1;
      continue;
    }
    // 7连胜, 20万人, 3家: after a number, characters are a count and what is counted
    if (isDigitCode(text.charCodeAt(i - 1)) && contextAt(i) < S.personWordBefore) continue;
    // 曾担任, 向记者, 从北京, 和美国: a surname character that is a function word, before a word, is the function word
    if (
      sl === 1 &&
      bitAt(text, i, FUNCTION_BIT) &&
      (wordPairAt(text, i + 1) || wordAt(BLOCKED, text, i + 1) !== "") &&
      contextAt(i) < S.personWordBefore &&
      !titleAfter(text, i + 1) &&
      !titleAfter(text, i + 3)
    )
      continue;
    // 和, 于, 向 … between two names are conjunctions, not surnames: 张伟和李娜
    if (bitAt(text, i, CONJ_BIT) && (surnameAt(text, i + 1) || isNicknameLead(text.charCodeAt(i + 1)))) continue;
    const g = i + sl;
    // the surname character ends the word before it: 意向|强, 官方|平台, 资金|周转 (unless a person word says otherwise)
    // (nor a job title: 秘书长|于秀苏 — 长于 is a word, but the title ends before 于)
    if (sl === 1 && cjkAt(text, i - 1) && wordPairAt(text, i - 1) && contextAt(i) < S.roleWordBefore) continue;
    // 分析师|陈克清, 律师|李明: the surname character ends a job title or a person word, and a surname follows it
    if (sl === 1 && surnameAt(text, i + 1) && endsPersonWord(text, i + 1)) continue;
    // 员曾德胜, 向曹丽, 方施春梅: when the next character is a surname that is no usual given-name character, the name starts there
    if (sl === 1 && surnameAt(text, g) && !COMMON.has(text, g) && COMMON.has(text, g + 1)) continue;
    const longTitle = wordAt(TITLES, text, g) !== "";
    // a one-character title (总, 姐, 哥, 工) that is no word's start with what follows (总部, 工作, 姐妹), after a surname it is no word with (汇总)
    const shortTitle =
      !longTitle &&
      SHORT_TITLES.has(text, g) &&
      (endsAt(text, g + 1) || !wordPairAt(text, g)) &&
      !(sl === 1 && wordPairAt(text, i));
    if (longTitle || shortTitle) {
      // 王经理, 李总, 欧阳总: a surname and a title — a reference to a person, though not a name
      const common = sl === 2 || SURNAME_BITS[text.charCodeAt(i)] & 4;
      // 和 of 何先生和太太 is a conjunction, not Mr 和
      if (bitAt(text, i, CONJ_BIT) && cjkAt(text, i - 1)) {
        i = g - 1;
        continue;
      }
      // a rare surname character: after a two-character title (滕先生, 阮师傅); after a one-character one only at a clear
      // start or after a person word (…，冉工 / 师傅冉工 / 客户臧总), since rare surname characters end many words
      if (common || longTitle || !cjkAt(text, i - 1) || contextAt(i) > 0) out.push(surnameOnly(i, g, S.surnameTitle));
      i = g - 1;
      continue;
    }
    if (!cjkAt(text, g) || NEVER.has(text, g) || FOLLOWERS.has(text, g)) continue;
    // 从|拉萨: a place right after the character is no given name
    if (
      sl === 1 &&
      !(SURNAME_BITS[text.charCodeAt(i)] & 4) &&
      wordAt(ADMIN, text, g) &&
      contextAt(i) < S.personWordBefore
    )
      continue;
    if (wordAt(EVERYDAY, text, g).length >= 2 && !COMMON.has(text, g)) continue;
    let givenLen = 1;
    const g2 = g + 1;
    if (
      cjkAt(text, g2) &&
      !NEVER.has(text, g2) &&
      !FOLLOWERS.has(text, g2) &&
      !wordAt(TITLES, text, g2) &&
      !wordAt(BLOCKED, text, g2) &&
      !(SHORT_TITLES.has(text, g2) && !cjkAt(text, g2 + 1))
    ) {
      // take the 2nd given character when it is a name character, or when what follows it ends the name
      const after = g2 + 1;
      if (
        COMMON.has(text, g2) ||
        !cjkAt(text, after) ||
        FOLLOWERS.has(text, after) ||
        titleAfter(text, after) ||
        wordAt(BLOCKED, text, after)
      )
        givenLen = 2;
    }
    // a given name does not run into the next word: 张伟|明天, 李宁|运动鞋; a one-character one is not the next word's start (于|本周, 张|罗一下)
    if (givenLen === 2 && anyPairAt(text, g + 1)) givenLen = 1;
    // (but 李明|说, 纪平|表示: a verb of saying right after makes the name)
    else if (givenLen === 1 && wordPairAt(text, g) && contextAt(i) < S.personWordBefore && !verbAt(text, g + 1))
      continue;
    let end = g + givenLen;
    // 车|云LF****8, 的车云A12345: a plate's province opens after the car, it ends no name
    if (plateOpensAt(text, end - 1) && --end === g) continue;
    // 北戴河新区, 城关镇: a district's or town's own name, not a person's (李明县长 is one: a title follows)
    if (ADMIN_TAIL.has(text, end) && !ADMIN_TITLE.has(text, end + 1) && contextAt(i) < S.personWordBefore) continue;
    // 高龙岛, 苏梅岛, 卢浮宫, 羊湖: a place or a building's name, unless a person word says otherwise
    if (
      (PLACE_SUFFIX.has(text, end) || (end - i === 3 && PLACE_SUFFIX.has(text, end - 1))) &&
      contextAt(i) < S.personWordBefore
    )
      continue;
    if (COMPANY_TAIL.test(text.slice(end, end + 16))) {
      i = end - 1;
      continue;
    } // part of a company name
    if (text.charCodeAt(end) === 42 || text.charCodeAt(end) === 0xff0a) {
      i = end - 1;
      continue;
    } // what a mask left: 张*, 江苏省南京市***
    // rare surname characters (钻, 区, 能 …) start everyday words far more often than names
    let score = sl === 2 || SURNAME_BITS[text.charCodeAt(i)] & 4 ? S.commonSurname : S.rareSurname;
    if (COMMON.has(text, g)) score += S.commonGiven;
    if (givenLen === 2 && COMMON.has(text, g2)) score += S.commonSecondGiven;
    // 闻人思远律师|代理本案: the job title was the last name's, not this one's lead
    const ctxScore = contextAt(i) === S.roleWordBefore && i === titleEnd ? 0 : contextAt(i);
    // a job title does not make a word a name: 律师|代理本案, 记者|高达
    if (ctxScore === S.roleWordBefore && sl === 1 && wordPairAt(text, i)) continue;
    // in an address column, characters that look like a name are more often a place's (张江, 金陵) unless a person
    // word precedes them: a name there needs more evidence, and one inside the cell's address loses to it
    const inAddressColumn = columnIs("address", ctx) && ctxScore < S.personWordBefore;
    score += ctxScore;
    // an everyday word (付清, 巩固, 卫生, 红烧肉) is a name only with strong evidence around it
    const span = end - i;
    // (and a word and one more character that is no name's: 麻烦|用, 宁可|慢 — not 蓝海|洋, 罗海|涛)
    const everydayWord =
      sl === 1 &&
      (span === 2
        ? wordPairAt(text, i) || (NAME_PAIRS.has(text, i) && !COMMON.has(text, i + 1)) // 周转, 陈旧 (tagged as names)
        : WORD_TRIPLES.has(text.slice(i, end)) || (wordPairAt(text, i) && !COMMON.has(text, i + 2)));
    // … unless a person word stands right before it (导师蓝天, 主播夏天, 本人宁波)
    if (everydayWord)
      score -= ctxScore >= S.personWordBefore && span === 2 ? S.dictionaryWordAfterPersonWord : S.dictionaryWord;
    const title = titleAfter(text, end);
    if (title) titleEnd = end + (wordAt(TITLES, text, end).length || 1);
    if (title) score += S.titleAfter;
    // 金星（女，行政部）, 高山，男，2002年: a sex right after says person as a title does
    else if (sexAfter(text, end)) score += S.titleAfter;
    // 左卫东，19960670522: a phone or ID number right after, as contact lists write them
    else if (numberAfter(text, end)) score += S.numberAfter;
    // a name opening the text or a clause (张伟投诉…) and a name that ends clearly (…王芳，/ 王芳说)
    const startsClearly = !cjkAt(text, i - 1);
    const endsClearly =
      !cjkAt(text, end) || FOLLOWERS.has(text, end) || bitAt(text, end, CONJ_BIT) || wordAt(BLOCKED, text, end) !== "";
    const standalone = startsClearly && !cjkAt(text, end);
    // bounded on both sides it is a name-sized unit of its own; one clear end says less
    if (standalone || (startsClearly && endsClearly)) score += S.bounded;
    else if (endsClearly) score += S.endsClearly;
    // (a three-character one's last character must be a name's: not 老黄历上|说, 会议上|说)
    const verb = verbAt(text, end) && (span !== 3 || (COMMON.has(text, end - 1) && !everydayWord));
    if (verb) score += S.verbAfter;
    if (inColumn) score += S.nameColumn;
    if (ctx.label && containsContextWord("person_name", ctx.label)) score += S.nameLabel;
    // what stands around names in news text, learned from CLUENER2020's train split (name-context.generated.ts)
    // (for a name only after a common surname: rare surname characters start the words of notes, 要|开发票)
    const commonSurname = sl === 2 || (SURNAME_BITS[text.charCodeAt(i)] & 4) !== 0;
    score += Math.max(
      -S.learnedMax,
      Math.min(commonSurname ? S.learnedMax : 0, S.learnedPerNat * learnedContext(NAME_CONTEXT_WEIGHTS, text, i, end)),
    );
    if (inAddressColumn) score -= S.inAddressColumn;
    const flags: FindingFlag[] = ctxScore === 0 && !title && !verb && !inColumn && !standalone ? ["low_context"] : [];
    out.push({ type: "person_name", start: i, end, confidence: Math.min(S.max, score), flags });
    // an everyday word does not hide a name that starts inside it: 家长|袁宏伟
    if (!everydayWord) i = end - 1;
  }
}

/**
 * Names of minorities and transliterated names, whole: 阿依古丽·吐尔逊, 帕提古丽-吐尔洪 (a dash for the dot),
 * 阿卜杜热西提．吾买尔, 阿依达娜•叶尔兰, 买买提.艾力. Each part runs over Chinese characters that are no
 * particle or verb, and stops at a person word before it (客户|古丽娜尔·…).
 */
const DOT_SEPARATOR = /[\u4e00-\u9fff][·•．.\-‧・][\u4e00-\u9fff]/;
const DOTS = new Set([..."·•．.-‧・"].map((c) => c.charCodeAt(0)));
/** transliterations use characters our given-name model calls never-given (买买提, 吾买尔): only particles end a part */
const PARTICLES = new Set([..."的了是在和与及或说叫我你他她您请把被给向对从到让自称"].map((c) => c.charCodeAt(0)));
const partChar = (text: string, i: number): boolean => cjkAt(text, i) && !PARTICLES.has(text.charCodeAt(i));
function findDotted(text: string, out: Candidate[]): void {
  for (let d = 1; d + 1 < text.length; d++) {
    if (!DOTS.has(text.charCodeAt(d)) || !cjkAt(text, d - 1) || !cjkAt(text, d + 1)) continue;
    let start = d;
    while (start > 0 && d - start < 10 && partChar(text, start - 1) && contextBefore(text, start) < S.personWordBefore)
      start--;
    let end = d + 1;
    for (;;) {
      const from = end;
      while (end < text.length && end - from < 10 && partChar(text, end)) end++;
      if (end - from < 1) break;
      if (DOTS.has(text.charCodeAt(end)) && cjkAt(text, end + 1)) end++;
      else break;
    }
    if (d - start < 2 || end - d < 3) continue; // 中·美, 1.5 are no names
    const sep = text[d];
    const context = contextBefore(text, start) >= S.weakWordBefore;
    // a dash or a full stop between two words is more often something else: only the name-like ones
    if ((sep === "-" || sep === ".") && !context && !TRANSLIT.has(text, start)) continue;
    if (wordAt(PLACES, text, start) || wordAt(PLACES, text, d + 1)) continue; // 中国·北京
    out.push({
      type: "person_name",
      start,
      end,
      confidence: context ? W.dottedAfterPersonWord : W.dotted,
      flags: [],
    });
    d = end;
  }
}

/**
 * Transliterated names written without a dot (扎西多吉, 巴雅尔图, 格桑央金, 热娜古丽艾力): a run of 3–8
 * characters all common in Uyghur, Tibetan, Mongolian, Kazakh and Yi names as written in Chinese, standing
 * apart from other words, after a person word or long enough to be one.
 */
const TRANSLIT_CHARS =
  "阿艾爱安敖奥巴拜班宝贝别波博布才策措达旦丹德迪登迪顿多朵尔尔法甫嘎噶甘刚格根古古丽哈汗合赫胡华吉加江杰金久卡坎克孜库拉腊兰勒力丽莉" +
  "林玛买麦曼毛梅米敏明姆木穆那娜纳乃尼努帕潘佩平其齐琪钦曲热仁日荣萨塞桑色沙莎扎图吐托娃旺维乌吾西夏肖欣雅亚央扬叶伊依音尤玉扎泽增珍" +
  "卓孜宗次罕苏和巴特尔孟朝鲁达赖克勒提夏";
const TRANSLIT = charSet(TRANSLIT_CHARS);
function findTransliterated(text: string, out: Candidate[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!TRANSLIT.has(text, i)) continue;
    let end = i;
    while (end < text.length && end - i < 8 && TRANSLIT.has(text, end)) end++;
    const n = end - i;
    const from = i;
    i = end;
    // cheap tests first (most runs are parts of ordinary words): 3+ characters, ending where a word ends
    if (n < 3 || !(endsAt(text, end) || bitAt(text, end, CONJ_BIT) || titleAfter(text, end))) continue;
    const context = contextBefore(text, from);
    if ((n === 3 && context === 0) || (context === 0 && cjkAt(text, from - 1))) continue;
    if (wordAt(PLACES, text, from) || wordAt(EVERYDAY, text, from)) continue;
    out.push({
      type: "person_name",
      start: from,
      end,
      confidence: context ? W.dottedAfterPersonWord : W.dotted,
      flags: [],
    });
  }
}

/**
 * Western names as Chinese writes them (穆里尼奥, 伯南克, 费莱尼): a run of characters of the transliteration
 * table, with one that Chinese words rarely use (斯, 尔, 奥, 尼 …), after a job title or a person word
 * (主帅马扎里) or before a verb of saying (霍夫曼表示). Clubs and cities use the same characters
 * (切尔西, 曼彻斯特), so there is no finding without such context.
 */
const WEST_CHARS =
  "斯尔克特拉里尼德马夫奥罗科卡蒂雷巴利阿莱布希维托贝纳基普格亚埃加奇西萨迪洛塔鲁森林多瓦诺杰博吉姆恩兰比内弗图勒伯佩伦梅沃南" +
  "耶塞朗顿波莫韦扬扎米菲奈帕伊威穆哈霍芬达约安乔本皮凯迈琼范列廉彼齐伍茨什佐娃娅娜丝琳莉蕾妮黛露费盖汉曼罕";
const WEST_STRONG = "斯尔克夫奥蒂莱纳基普埃奇迪洛森诺姆恩弗勒佩伦沃耶塞顿莫韦扎菲奈帕伊威穆霍芬乔凯迈琼茨佐娃娅妮黛";
const WEST_BIT = 1,
  WEST_STRONG_BIT = 2;
const WEST_BITS = new Uint8Array(65536);
for (const c of WEST_CHARS) WEST_BITS[c.charCodeAt(0)] |= WEST_BIT;
for (const c of WEST_STRONG) WEST_BITS[c.charCodeAt(0)] |= WEST_BIT | WEST_STRONG_BIT;
function findWestern(text: string, out: Candidate[]): void {
  for (let i = 0; i < text.length; i++) {
    if (!(WEST_BITS[text.charCodeAt(i)]! & WEST_BIT)) continue;
    let end = i,
      strong = 0;
    while (end < text.length && end - i < 7 && WEST_BITS[text.charCodeAt(end)]! & WEST_BIT)
      strong += WEST_BITS[text.charCodeAt(end++)]! >> 1;
    const from = i;
    i = end;
    if (end - from < 2 || strong === 0 || (end - from === 2 && strong < 2)) continue;
    // the gate needs a job title or a person word (the words right before), or a verb after at a word's start (not
    // 那不|勒斯, 富|勒姆); the wider look for context words is taken only for a run that passed it
    const lead = leadWordBefore(text, from);
    // without a title or a verb: only where the learned context speaks strongly for a name (卡洛斯（巴西）)
    const ungated = lead < S.roleWordBefore && (!verbAt(text, end) || cjkAt(text, from - 1));
    if (ungated && learnedContext(NAME_CONTEXT_WEIGHTS, text, from, end) < S.westernLearnedNats) continue;
    const before = ungated ? 0 : lead || contextWordWithin(text, from);
    const endsHere = !cjkAt(text, end) || verbAt(text, end) || FOLLOWERS.has(text, end) || wordAt(BLOCKED, text, end);
    if (!ungated && !endsHere && before < S.roleWordBefore) continue;
    if (wordAt(PLACES, text, from) || wordAt(EVERYDAY, text, from) || wordPairAt(text, from)) continue;
    out.push({ type: "person_name", start: from, end, confidence: ungated ? 0.6 : before ? 0.8 : 0.65, flags: [] });
  }
}

export const personName: Recognizer = {
  type: "person_name",
  mayMatch: (t) => /[\u3400-\u9fff]/.test(t) || /[A-Za-z]{2}/.test(t),
  find(ctx: ScanContext): Candidate[] {
    const out: Candidate[] = [];
    if (columnIs("person_name", ctx) || (ctx.label && containsContextWord("person_name", ctx.label))) {
      const t = ctx.text.trim();
      const offset = ctx.text.indexOf(t);
      const score = t ? wholeCellName(t) : 0;
      if (score > 0)
        return [{ type: "person_name", start: offset, end: offset + t.length, confidence: score, flags: [] }];
    }
    if (/[\u3400-\u9fff]/.test(ctx.text)) findInText(ctx, out);
    // 《变形金刚》, 《波斯王子》, 《美国陆军3》: the title of a work, not a person
    if (ctx.text.includes("《")) return withoutTitlesOfWorks(ctx.text, findOthers(ctx.text, out));
    return findOthers(ctx.text, out);
  },
};

function findOthers(text: string, out: Candidate[]): Candidate[] {
  if (LATIN_PAIR.test(text)) findLatin(text, out);
  if (LIST_FORM.test(text)) findListForms(text, out);
  if (DOT_SEPARATOR.test(text)) findDotted(text, out);
  findTransliterated(text, out);
  findWestern(text, out);
  return out;
}

/** Drops candidates that lie inside 《…》 (titles of books, films, games, laws). */
function withoutTitlesOfWorks(text: string, out: Candidate[]): Candidate[] {
  const spans: [number, number][] = [];
  for (let a = text.indexOf("《"); a >= 0; a = text.indexOf("《", a + 1)) {
    const b = text.indexOf("》", a);
    if (b < 0) break;
    spans.push([a, b]);
  }
  return out.filter((c) => !spans.some(([a, b]) => c.start > a && c.end <= b));
}
