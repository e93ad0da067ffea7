/**
 * The labeled evaluation set: follow-up notes with labeled spans, CRM-export tables with labeled
 * columns (and labeled spans inside the notes column), and trap texts with nothing personal. Generated
 * deterministically from tests/synth (synthetic data only); `npm run eval` scores the core on it.
 */
import type { Cell, EntityType } from "../../core/src/index.js";
import { labeledNote, type Labeled, type Span } from "../synth/notes.js";
import { People } from "../synth/people.js";
import { Rng } from "../synth/random.js";

export interface LabeledTable {
  rows: Cell[][];
  labels: { row: number; col: number; spans: Span[] }[];
}

// prettier-ignore
export const TRAPS = [
  "我马上到，很高兴见到你", "黄金价格上涨，金额合计 12,345.67 元", "江苏省的客户都很方便", "王老吉凉茶一箱", "张家港保税区仓库",
  "订单号 DD20231122123456789012", "运单号 SF6954123456789", "快递单号 YT7412589630147", "时间戳 1700000000000",
  "2023-11-22 10:30:00 创建", "流水号 202311221030001234", "客服热线 400-860-8608", "800-820-8820 免费", "版本 v13.8.0012",
  "商品编码 6901234567892", "高新区管委会", "常州市天宁区", "成都平安物流有限公司", "周末安排好了", "方便的时候回电",
  "包装完好，任何问题请反馈", "华为手机壳 20 个", "金华火腿 5 斤", "平安银行对账单", "明天全部发货", "安全库存 3000 件",
  "发票代码 144032109110", "合同编号 HT-2023-0012", "单价 138.00 元，数量 13800", "会员积分 15012345", "IP 段规划",
];

export function notes(count: number, seed: number): Labeled[] {
  const p = new People(new Rng(seed));
  return Array.from({ length: count }, () => labeledNote(p));
}

const COLUMNS: [string, EntityType | null, (p: People) => string][] = [
  ["姓名", "person_name", (p) => p.name()],
  ["手机号", "phone_mobile", (p) => p.mobileFormatted()],
  ["身份证号码", "cn_resident_id", (p) => p.residentId()],
  ["电子邮箱", "email", (p) => p.email()],
  ["详细地址", "address", (p) => p.address()],
  ["银行账号", "bank_card", (p) => p.bankCardFormatted()],
  ["固定电话", "phone_landline", (p) => p.landline()],
  ["订单号", null, (p) => p.orderNo()],
  ["金额", null, (p) => p.amount()],
  ["下单时间", null, (p) => p.timestamp()],
  ["车牌号", "license_plate", (p) => p.plate()],
  ["会员等级", null, (p) => p.rng.pick(["普通", "银卡", "金卡", "钻石", "黄金"])],
];

export function table(rows: number, seed: number): LabeledTable {
  const p = new People(new Rng(seed));
  const out: Cell[][] = [COLUMNS.map((c) => c[0]).concat("备注")];
  const labels: LabeledTable["labels"] = [];
  for (let r = 0; r < rows; r++) {
    const row: Cell[] = [];
    COLUMNS.forEach(([, type, gen], col) => {
      const v = gen(p);
      row.push(v);
      if (type) labels.push({ row: r + 2, col, spans: [{ type, start: 0, end: v.length }] });
    });
    const note = p.rng.chance(0.4) ? labeledNote(p) : { text: p.rng.pick(TRAPS), spans: [] };
    row.push(note.text);
    if (note.spans.length) labels.push({ row: r + 2, col: COLUMNS.length, spans: note.spans });
    out.push(row);
  }
  return { rows: out, labels };
}
