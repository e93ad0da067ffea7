/**
 * Labeled CRM follow-up notes: text built from templates whose slots are synthetic personal data (with
 * their spans recorded) and everyday traps (amounts, order and waybill numbers, timestamps, companies,
 * places, words that begin with a surname character) that must not be reported.
 */
import type { EntityType } from "../../core/src/index.js";
import { People } from "./people.js";
import { Rng } from "./random.js";

export interface Span {
  type: EntityType;
  start: number;
  end: number;
}
export interface Labeled {
  text: string;
  spans: Span[];
}

type Part = string | [EntityType, () => string] | (() => string);

// prettier-ignore
const EVERYDAY = [
  "马上", "高兴", "黄金", "金额", "方便", "安排", "平安", "常规", "明天", "周末", "全部", "成本", "江苏", "张家港", "王老吉", "高新区", "华为", "包装", "任何",
  "时间",
];

export function noteTemplates(p: People): Part[][] {
  const name: [EntityType, () => string] = ["person_name", () => p.name()];
  const mobile: [EntityType, () => string] = ["phone_mobile", () => p.mobileFormatted()];
  const id: [EntityType, () => string] = ["cn_resident_id", () => p.residentId()];
  const card: [EntityType, () => string] = ["bank_card", () => p.bankCardFormatted()];
  const addr: [EntityType, () => string] = ["address", () => p.address()];
  const mail: [EntityType, () => string] = ["email", () => p.email()];
  const tel: [EntityType, () => string] = ["phone_landline", () => p.landline()];
  const plate: [EntityType, () => string] = ["license_plate", () => p.plate()];
  const uscc: [EntityType, () => string] = ["uscc", () => p.uscc()];
  const hk: [EntityType, () => string] = ["hk_id", () => p.hkId()];
  const tw: [EntityType, () => string] = ["tw_id", () => p.twId()];
  const rng = p.rng;
  const word = () => rng.pick(EVERYDAY);
  return [
    ["客户", name, "来电咨询退款事宜，手机", mobile, "，", word, "处理。"],
    ["联系人：", name, "，电话：", mobile, "，地址：", addr, "。"],
    ["收件人 ", name, " ", mobile, " ", addr],
    ["已与", name, "先生确认订单", p.orderNo, "，金额", p.amount, "元，", p.timestamp, "发货。"],
    ["客户", name, "女士要求开具发票，身份证号", id, "，开户行卡号", card, "。"],
    ["回访：", name, "对产品满意，邮箱", mail, "，下次", word, "再联系。"],
    ["快递单号", p.waybill, "已签收，签收人", name, "。"],
    ["经办人：", name, "；办公电话", tel, "；", p.company, "。"],
    ["车主", name, "，车牌", plate, "，预约", p.timestamp, "保养。"],
    ["企业客户", p.company, "，统一社会信用代码", uscc, "，对接人", name, "。"],
    ["香港客户", name, "，香港身份证", hk, "，手机", mobile, "。"],
    ["台湾客户", name, "，台湾身份证", tw, "。"],
    ["订单", p.orderNo, "于", p.timestamp, "创建，", word, "发货，合计", p.amount, "元。"],
    ["今天", word, "跟进了", p.company, "的项目，", word, "确认方案。"],
    ["请", name, "把合同寄到", addr, "，收件电话", mobile, "。"],
    [name, "和", name, "一起来店里看车，留了电话", mobile, "。"],
    ["客户经理", name, "反馈：", word, "解决，", word, "再议。"],
    ["Customer ", ["person_name", () => p.latinName()], " called about order ", p.orderNo, ", mobile ", mobile, "."],
    ["【回访】", p.timestamp, " 致电", name, "，号码", mobile, "，无人接听，", word, "再打。"],
    ["收货人：", name, "\n电话：", mobile, "\n地址：", addr],
    ["客户说卡号", card, "扣款失败，身份证", id, "，请财务核实。"],
    ["售后工单：", name, "（", mobile, "）反映", word, "问题，已派", name, "上门。"],
    ["备注：", word, "，", word, "，金额", p.amount, "，单号", p.waybill, "。"],
    ["法定代表人", name, "，身份证号码：", id, "，联系电话：", tel, "。"],
    ["邮件发给", mail, "和", mail, "了，抄送", name, "。"],
    ["客户", name, "的车", plate, "在", p.company, "维修，", p.timestamp, "取车。"],
    ["Contact: ", ["person_name", () => p.latinName()], ", email ", mail, ", tel ", tel, "."],
    ["王老吉", p.amount, "箱，张家港仓发货，", word, "到货，经办", name, "。"],
  ];
}

export function labeledNote(p: People): Labeled {
  const template = p.rng.pick(noteTemplates(p));
  let text = "";
  const spans: Span[] = [];
  for (const part of template) {
    if (typeof part === "string") text += part;
    else if (typeof part === "function") text += part();
    else {
      const v = part[1]();
      spans.push({ type: part[0], start: text.length, end: text.length + v.length });
      text += v;
    }
  }
  return { text, spans };
}

/** ~`bytes` of notes (UTF-8), one per line, for benchmarks. */
export function notesCorpus(bytes: number, seed = 7): { lines: string[]; spans: Span[][] } {
  const p = new People(new Rng(seed));
  const lines: string[] = [],
    spans: Span[][] = [];
  let size = 0;
  while (size < bytes) {
    const n = labeledNote(p);
    lines.push(n.text);
    spans.push(n.spans);
    size += Buffer.byteLength(n.text) + 1;
  }
  return { lines, spans };
}
