/**
 * birth_date (出生日期): a date said to be a birth date — by a birth word before it (出生日期, 生日, DOB, 出生于),
 * 生/出生 right after it, a gender right before it in a record, or a birth-date column — not every date.
 * Full dates in every way people write them; partial ones (no year, year and month, year only) only with
 * a birth word right beside them.
 */
import { describe, expect, it } from "vitest";
import { recognizerTable, valuesOf } from "../../helpers/recognizer-table.js";

recognizerTable("birth_date", {
  found: [
    ["出生日期：1990年3月7日", "1990年3月7日"],
    ["生日 1985-11-20", "1985-11-20"],
    ["出 生 1999 年 5 月 11 日", "1999 年 5 月 11 日"],
    ["祁某（1992.11.20生）报名了瑜伽年卡", "1992.11.20"],
    ["体检名单：1.孟某 男 1987-04-19 16762245295", "1987-04-19"],
    ["花名册：工号 E0231 | 谭某 | 男 | 1996/11/02 | 研发部", "1996/11/02"],
    ["Date of Birth 03/05/1990 (MM/DD/YYYY)", "03/05/1990"],
    ["护照号 E87150683 出生日期 12 MAR 1988", "12 MAR 1988"],
    ["holder Oliver Smith, DOB 21 Jun 1985", "21 Jun 1985"],
    ["出生日期：一九九〇年三月五日", "一九九〇年三月五日"],
    ["请问您的出生日期？客户：一九八七年十一月三号。", "一九八七年十一月三号"],
    ["會員資料 出生日期 民國84年7月12日 身分證", "民國84年7月12日"],
    ["生日：农历三月初五（客户只记得农历）", "农历三月初五"],
    ["孩子毛某，2018年3月生，想报秋季班", "2018年3月"],
    ["出生于1985.3，现年38岁", "1985.3"],
    ["出生日期：85年3月生", "85年3月"],
    ["客户丁某，1990年生人，属马", "1990年"],
    ["会员苏某生日8.15，赠送生日券", "8.15"],
    ["姚某阿姨3月12日生日，提前准备蛋糕券", "3月12日"],
    ["驾驶证 出生日期 1988-03-12 初次领证日期 2010-05-20 准驾车型 C1", "1988-03-12"],
    ["员工生日名单（10月）：钱某 10-03，舒某 10-17，卫某 10-28", "10-03", "10-17", "10-28"],
  ],
  notFound: [
    "2023-11-22 10:30:00 创建",
    "下单时间 2024年1月5日",
    "合同签订于 2019-06-30",
    "出生日期 未填 初次领证日期 2010-05-20 准驾车型 C1",
    "学生 3月12日 开学",
    "公司成立于2008年，生产基地在苏州",
    "月卡到期2023-12-01，男装区在二楼",
    "出生日期 2031-01-01",
  ],
});

describe("birth_date in a birth-date column", () => {
  const column = { index: 0, type: "birth_date" as const, confidence: 0.9, header: "生日", fromHeader: true };
  it.each([["1990/3/5"], ["03-05"], ["3月5日"], ["19900305"], ["1990年"]])("the whole cell %s", (cell) => {
    expect(valuesOf("birth_date", cell, { column })).toEqual([cell]);
  });
  it("an Excel date serial stored as a number is a birth date; text that is not a date is not", () => {
    expect(valuesOf("birth_date", "32937", { column, numeric: true })).toEqual(["32937"]);
    expect(valuesOf("birth_date", "32937", { column })).toEqual([]);
    expect(valuesOf("birth_date", "待补充", { column })).toEqual([]);
  });
});
