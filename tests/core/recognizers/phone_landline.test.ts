/** phone_landline (固定电话): area code (also in parentheses), 7–8 digit number, optional extension. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("phone_landline", {
  found: [
    ["办公电话(010)88993108转123", "(010)88993108转123"],
    ["座机 021-64381234", "021-64381234"],
    ["固话 0571-87654321", "0571-87654321"],
  ],
  notFound: ["客服热线 400-860-8608", "800-820-8820 免费", "版本 v13.8.0012", "合同编号 HT-2023-0012"],
});
