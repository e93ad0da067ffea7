/** A generated CRM export of N rows × 10 columns (synthetic), written with ExcelJS's streaming writer. */
import ExcelJS from "exceljs";
import fs from "node:fs";
import { People } from "../../tests/synth/people.js";
import { Rng } from "../../tests/synth/random.js";

export const HEADERS = [
  "姓名",
  "手机",
  "身份证号",
  "邮箱",
  "收货地址",
  "订单号",
  "金额",
  "下单时间",
  "备注",
  "银行卡号",
];

export async function makeWorkbook(file: string, rows: number): Promise<void> {
  if (fs.existsSync(file)) return;
  const p = new People(new Rng(rows));
  const tmp = file + ".part";
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet("客户订单");
  ws.addRow(HEADERS).commit();
  const notes = ["", "", "", "老客户", "要求开发票", "已回访,满意", "马上续费", "金额有误已更正"];
  for (let i = 0; i < rows; i++) {
    ws.addRow([
      p.name(),
      p.mobile(),
      p.residentId(),
      p.email(),
      p.address(),
      p.orderNo(),
      Number(p.amount()),
      p.timestamp(),
      i % 10 === 0 ? `客户${p.name()}来电,手机${p.mobile()}` : p.rng.pick(notes),
      p.bankCard(),
    ]).commit();
  }
  ws.commit();
  await wb.commit();
  fs.renameSync(tmp, file);
}
