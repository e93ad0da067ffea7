import { isPlausibleBirthDate } from "../../_lib/dates.js";
import type { Candidate, Recognizer, ScanContext } from "../types.js";
import { columnIs, containsContextWord } from "../context.js";

/**
 * 出生日期 as people write it: 1990-03-07, 1990/3/7, 1990.03.07, 1990年3月7日, 1999 年 5 月 11 日, 19900307,
 * 03/05/1990, 14.02.1995, 12 MAR 1988, 一九九〇年三月五日, 民國84年7月12日, 农历三月初五 — and, when the context
 * says birth right beside it, the partial forms 2018年3月, 1985.3, 85年3月, 1990年, 11月8日, 8.15, 10-03.
 * Only birth dates, never every date: a full date needs a birth word shortly before, 生/出生 right after,
 * a gender right before (男，1990-03-05), or a birth-date column; a partial one needs a birth word right
 * beside it. In a birth-date column a whole cell in any form is one, and so is an Excel date serial.
 */

const YEAR = String.raw`(?:18|19|20)\d{2}`;
const MON = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const CN_DIGIT = "[〇零一二三四五六七八九]";
const CN_DAY = "(?:[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十[一]?)";
const LUNAR_DAY =
  "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)";

/** Full dates: named groups say the form, so the parser knows which number is which. */
const FULL_FORMS = [
  String.raw`(?<ymd>${YEAR}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}(?:\s?[日号])?)`,
  String.raw`(?<compact>${YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))`,
  String.raw`(?<dmy>\d{1,2}[/.]\d{1,2}[/.]${YEAR})`,
  String.raw`(?<en>\d{1,2}\s+${MON},?\s+${YEAR}|${MON}\s+\d{1,2},?\s+${YEAR})`,
  `(?<cn>${CN_DIGIT}{4}年(?:十[一二]?|[一二三四五六七八九])月${CN_DAY}[日号])`,
  String.raw`(?<roc>民[國国]\d{2,3}年\d{1,2}月\d{1,2}日)`,
  `(?<lunar>(?:${YEAR}年)?(?:农历|農曆|阴历)[正一二三四五六七八九十冬腊]{1,2}月${LUNAR_DAY})`,
];
/** Partial dates: reported only with a birth word right beside them. */
const PARTIAL_FORMS = [
  String.raw`(?<ym>${YEAR}\s?(?:年\s?\d{1,2}\s?月|[-/.]\d{1,2}(?![\d./-])))`,
  String.raw`(?<shortym>\d{2}年\d{1,2}月)`,
  String.raw`(?<year>${YEAR}年)`,
  String.raw`(?<md>\d{1,2}月\d{1,2}[日号]?|\d{1,2}[-/.]\d{1,2}(?![\d./-]))`,
];
const DATE = new RegExp(`(?<![A-Za-z0-9./-])(?:${[...FULL_FORMS, ...PARTIAL_FORMS].join("|")})(?![A-Za-z0-9])`, "gi");
const WHOLE = new RegExp(`^(?:${[...FULL_FORMS, ...PARTIAL_FORMS].join("|")})$`, "i");
const PARTIAL = new Set(["ym", "shortym", "year", "md"]);

/** Any hint of a birth date in a text: without one (and outside a birth-date column) nothing is looked for. */
const BIRTH_CUE = /出\s?生|生\s?日|生于|生人|[\d年月)）]\s?生/;
const GENDER_DATE = /[男女][\s,，|、/]{1,3}\d/;
const hasCue = (t: string): boolean =>
  (t.includes("生") && BIRTH_CUE.test(t)) ||
  ((t.includes("男") || t.includes("女")) && GENDER_DATE.test(t)) ||
  t.includes("农历") ||
  t.includes("農曆") ||
  t.includes("阴历") ||
  (/[bBdD]/.test(t) && /dob|birth|born/i.test(t));
/** A birth word ending right before a value: 生日：, 出生于, 出生年月, DOB, Date of Birth, born. */
const WORD_BEFORE =
  /(?:出\s?生(?:\s?日\s?期|\s?年\s?月(?:\s?日)?|于|在)?|生\s?日(?:是)?|生于|dob|date\s+of\s+birth|birth\s*(?:date|day)?|born(?:\s+on)?)[\s:：,，]*$/i;
/** 生, 出生, 生人, 生日 right after a value (…1992.11.20生）, 2018年3月生, 1990年生人). */
const WORD_AFTER = /^\s?[)）]?\s?(?:出生|生人|生日|生(?![产活意成效气病物长命])|年生)/;
/** words of other dates (领证日期, 到期, 入职时间): a date after one is not the next in a list of birthdays */
const OTHER_DATE_WORD = /[日期]|时间|date/i;
/** A gender right before a full date, as records list them: 男，1990-03-05 / 男 | 1996/11/02. */
const GENDER_BEFORE = /(?:^|[^\u4e00-\u9fff])[男女][\s,，|、/]{1,3}$/;

const CN_NUM: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** year, month, day of a full date (day/month order read as day first unless it cannot be), or null. */
function parseFull(kind: string, v: string): [number, number, number] | null {
  const n = (v.match(/\d+/g) ?? []).map(Number);
  switch (kind) {
    case "ymd":
      return [n[0]!, n[1]!, n[2]!];
    case "compact":
      return [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))];
    case "dmy":
      return n[1]! > 12 ? [n[2]!, n[0]!, n[1]!] : [n[2]!, n[1]!, n[0]!];
    case "en": {
      const m = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.exec(v)!;
      const month = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(m[0].toLowerCase()) / 3 + 1;
      return [n[1]!, month, n[0]!];
    }
    case "cn": {
      const [y, rest] = v.split("年") as [string, string];
      const cnNumber = (s: string): number =>
        s.startsWith("十")
          ? 10 + (CN_NUM[s[1] ?? ""] ?? 0)
          : s.length > 1 && s.includes("十")
            ? CN_NUM[s[0]!]! * 10 + (CN_NUM[s[2] ?? ""] ?? 0)
            : CN_NUM[s]!;
      const [m, d] = rest.split("月") as [string, string];
      return [Number([...y].map((c) => CN_NUM[c]).join("")), cnNumber(m), cnNumber(d.replace(/[日号]$/, ""))];
    }
    case "roc":
      return [n[0]! + 1911, n[1]!, n[2]!];
    default:
      return null; // lunar: not a Gregorian date, but a birthday all the same
  }
}

function plausible(kind: string, v: string): boolean {
  if (kind === "lunar") return true;
  if (PARTIAL.has(kind)) {
    const n = (v.match(/\d+/g) ?? []).map(Number);
    if (kind === "md") return n[0]! >= 1 && n[0]! <= 12 && n[1]! >= 1 && n[1]! <= 31;
    if (kind === "ym" || kind === "shortym") return n[1]! >= 1 && n[1]! <= 12;
    return n[0]! >= 1900 && n[0]! <= new Date().getUTCFullYear();
  }
  const d = parseFull(kind, v);
  return d !== null && isPlausibleBirthDate(d[0], d[1], d[2]);
}

/** An Excel date serial (days since 1899-12-30) of a plausible birth date: 1900 to today. */
function isExcelBirthSerial(text: string): boolean {
  if (!/^\d{1,5}$/.test(text)) return false;
  const serial = Number(text);
  return serial >= 1 && serial <= Math.floor(Date.now() / 86400000 + 25569);
}

const BIRTH_WORD = /出\s?生|生\s?日|生于|dob|birth|born/gi;
/** Is there a birth word in `before` with nothing after it that starts another clause or names another date? */
function birthWordNear(before: string): boolean {
  let after = -1;
  BIRTH_WORD.lastIndex = 0;
  for (let m = BIRTH_WORD.exec(before); m; m = BIRTH_WORD.exec(before)) after = m.index + m[0].length;
  if (after < 0) return false;
  const gap = before.slice(after).replace(/^\s?(?:日\s?期|年\s?月(?:\s?日)?)/, "");
  return !/[。；;\n]/.test(gap) && !OTHER_DATE_WORD.test(gap);
}

const kindOf = (m: RegExpExecArray): string => Object.entries(m.groups!).find(([, v]) => v !== undefined)![0];

function findInText(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  const labelled = ctx.label !== null && containsContextWord("birth_date", ctx.label);
  let lastEnd = -Infinity;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const kind = kindOf(m);
    const start = m.index,
      end = start + m[0].length;
    if (!plausible(kind, m[0])) continue;
    // what a mask kept (1998年*月*日, 1990-**-**) is no birth date left to find
    if (text[end] === "*" || text[end + 1] === "*" || text[start - 1] === "*") continue;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 4);
    const beside = WORD_BEFORE.test(before.slice(-10)) || WORD_AFTER.test(after);
    // a list of birthdays: 生日名单：钱晓静 10-03，舒文杰 10-17 — each one close after the last, no other date word between
    const listed = start - lastEnd <= 8 && !OTHER_DATE_WORD.test(text.slice(lastEnd, start));
    // a birth word a little before, in the same clause, with no other date's word after it: 员工生日名单（10月）：钱某 10-03
    const near = birthWordNear(before);
    let confidence = 0;
    if (PARTIAL.has(kind)) {
      if (beside || listed || labelled || near) confidence = 0.8;
    } else if (beside || listed || labelled || near) confidence = 0.9;
    else if (GENDER_BEFORE.test(before)) confidence = 0.8;
    if (!confidence) continue;
    out.push({ type: "birth_date", start, end, confidence, flags: [] });
    lastEnd = end;
  }
}

export const birthDate: Recognizer = {
  type: "birth_date",
  mayMatch: (t) => /\d|年|农历|農曆|阴历/.test(t),
  find(ctx: ScanContext): Candidate[] {
    const out: Candidate[] = [];
    if (columnIs("birth_date", ctx)) {
      const t = ctx.text.trim();
      const start = ctx.text.indexOf(t);
      const m = WHOLE.exec(t);
      if ((m && plausible(kindOf(m as RegExpExecArray), t)) || (ctx.numeric && isExcelBirthSerial(t)))
        return [{ type: "birth_date", start, end: start + t.length, confidence: 0.9, flags: [] }];
    }
    if (hasCue(ctx.text) || ctx.label !== null) findInText(ctx, out);
    return out;
  },
};
