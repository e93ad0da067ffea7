/** qq (QQ号): 5–11 digits, only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("qq", {
  found: [
    ["QQ 123456789", "123456789"],
    ["QQ号：87654321", "87654321"],
    ["客户QQ2918374650已加", "2918374650"],
    ["企鹅2045718369，备注来意", "2045718369"],
    ["我扣扣1092837465，晚上在线", "1092837465"],
  ],
  notFound: [
    "售后问题请添加企业客服QQ：800012345", // enterprise QQ, a company's line
    "会员积分 15012345",
    "数量 123456789 件",
  ],
});
