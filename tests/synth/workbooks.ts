/**
 * Synthetic workbooks written with ExcelJS (a second, independent writer): the bundled example and test
 * fixtures. Every value comes from People; nothing is a real person's.
 */
import ExcelJS from "exceljs";
import { People } from "./people.js";
import { Rng } from "./random.js";

/** A realistic CRM export: customers, orders, follow-up notes, company accounts, and a hidden backup sheet. */
export async function crmWorkbook(file: string, opts: { rows?: number; seed?: number } = {}): Promise<void> {
  const p = new People(new Rng(opts.seed ?? 42));
  const n = opts.rows ?? 60;
  const wb = new ExcelJS.Workbook();
  wb.creator = "李会计";
  wb.lastModifiedBy = "王小燕";
  wb.title = "客户资料导出";
  wb.company = "示例商贸有限公司";

  const customers = wb.addWorksheet("客户名单");
  customers.columns = [
    { header: "客户编号", key: "no", width: 12 },
    { header: "姓名", key: "name", width: 10 },
    { header: "性别", key: "sex", width: 6 },
    { header: "身份证号", key: "id", width: 22 },
    { header: "手机", key: "mobile", width: 15 },
    { header: "邮箱", key: "email", width: 24 },
    { header: "收货地址", key: "addr", width: 40 },
    { header: "会员等级", key: "level", width: 10 },
    { header: "累计消费(元)", key: "spent", width: 12 },
    { header: "注册时间", key: "since", width: 20 },
    { header: "备注", key: "note", width: 30 },
  ];
  for (let i = 0; i < n; i++) {
    customers.addRow({
      no: `KH${String(10001 + i)}`,
      name: p.name(),
      sex: p.rng.pick(["男", "女"]),
      id: p.residentId(),
      mobile: p.mobile(),
      email: p.email(),
      addr: p.address(),
      level: p.rng.pick(["普通", "银卡", "金卡", "钻石"]),
      spent: Number(p.amount()),
      since: p.timestamp(),
      note: p.rng.pick(["", "", "老客户,马上续费", "要求开发票", "黄金会员活动", `介绍人 ${p.name()}`]),
    });
  }
  customers.getCell("E3").note = `客户说换号了,新号 ${p.mobile()}`;
  customers.getRow(1).font = { bold: true };

  const orders = wb.addWorksheet("订单记录");
  orders.columns = [
    { header: "订单号", key: "order", width: 24 },
    { header: "客户姓名", key: "name", width: 10 },
    { header: "联系电话", key: "tel", width: 15 },
    { header: "收件地址", key: "addr", width: 40 },
    { header: "金额", key: "amount", width: 10 },
    { header: "下单时间", key: "at", width: 20 },
    { header: "快递单号", key: "waybill", width: 20 },
    { header: "含税价", key: "tax", width: 10 },
  ];
  for (let i = 0; i < n; i++) {
    const r = orders.addRow({
      order: p.orderNo(),
      name: p.name(),
      tel: p.rng.chance(0.8) ? p.mobile() : p.landline(),
      addr: p.address(),
      amount: Number(p.amount()),
      at: p.timestamp(),
      waybill: p.waybill(),
    });
    r.getCell("tax").value = {
      formula: `E${i + 2}*1.13`,
      result: Math.round(Number(r.getCell("amount").value) * 113) / 100,
    };
  }

  const notes = wb.addWorksheet("跟进记录");
  notes.columns = [
    { header: "日期", key: "d", width: 12 },
    { header: "跟进人", key: "who", width: 10 },
    { header: "内容", key: "text", width: 70 },
  ];
  const texts = [
    () => `客户${p.name()}来电咨询退款,手机${p.mobile()},已安排处理。`,
    () => `已与${p.name()}女士确认订单${p.orderNo()},金额${p.amount()}元,马上发货。`,
    () => `回访:客户对产品满意,邮箱 ${p.email()},下周再联系。`,
    () => `请把合同寄到${p.address()},收件人${p.name()}。`,
    () => `今天跟进了${p.company()}的项目,方案待确认。`,
  ];
  for (let i = 0; i < Math.ceil(n / 2); i++)
    notes.addRow({ d: p.timestamp().slice(0, 10), who: p.name(), text: p.rng.pick(texts)() });

  const companies = wb.addWorksheet("企业客户");
  companies.columns = [
    { header: "公司名称", key: "co", width: 28 },
    { header: "统一社会信用代码", key: "uscc", width: 22 },
    { header: "联系人", key: "who", width: 10 },
    { header: "办公电话", key: "tel", width: 16 },
    { header: "开户账号", key: "acct", width: 24 },
  ];
  for (let i = 0; i < Math.ceil(n / 4); i++)
    companies.addRow({ co: p.company(), uscc: p.uscc(), who: p.name(), tel: p.landline(), acct: p.bankCard() });
  // ExcelJS has worksheet.dataValidations at run time but not in its type definitions
  (companies as unknown as { dataValidations: { add(range: string, v: object): void } }).dataValidations.add("C2:C99", {
    type: "list",
    allowBlank: true,
    formulae: [`"${p.name()},${p.name()}"`],
  });

  const backup = wb.addWorksheet("备份", { state: "hidden" });
  backup.columns = [
    { header: "姓名", key: "name", width: 10 },
    { header: "身份证号", key: "id", width: 22 },
    { header: "银行卡号", key: "card", width: 24 },
  ];
  for (let i = 0; i < Math.ceil(n / 3); i++) {
    const id = p.residentId();
    // a third of the IDs were typed without an apostrophe: Excel stored them as numbers and lost the last digits
    backup.addRow({ name: p.name(), id: i % 3 === 0 ? Number(id.slice(0, 17)) * 10 : id, card: p.bankCardFormatted() });
  }
  wb.definedNames.add("备份!$B$2", "客服热线");
  await wb.xlsx.writeFile(file);
}
