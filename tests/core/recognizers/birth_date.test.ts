/** birth_date (出生日期): a date said to be a birth date (出生日期, 生日, DOB) — not every date. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("birth_date", {
  found: [
    ["出生日期：1990年3月7日", "1990年3月7日"],
    ["生日 1985-11-20", "1985-11-20"],
  ],
  notFound: ["2023-11-22 10:30:00 创建", "下单时间 2024年1月5日", "合同签订于 2019-06-30"],
});
