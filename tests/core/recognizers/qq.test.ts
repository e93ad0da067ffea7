/** qq (QQ号): 5–11 digits, only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("qq", {
  found: [
    // a QQ chat log's message header; a QQ number said in a call, after a QQ word
    [
      "王磊(2873315624) 14:32:08\n在吗 那个报价单能再发一次吗\n王磊(2873315624) 14:33:15\n发我邮箱",
      "2873315624",
      "2873315624",
    ],
    ["您的QQ号是多少？我们把资料发到QQ邮箱。\n客户：二八七三零九幺四五六。", "二八七三零九幺四五六"],
    ["QQ 123456789", "123456789"],
    ["QQ号：87654321", "87654321"],
    ["客户QQ2918374650已加", "2918374650"],
    ["企鹅2045718369，备注来意", "2045718369"],
    ["我扣扣1092837465，晚上在线", "1092837465"],
  ],
  notFound: [
    "售后问题请添加企业客服QQ：800012345",
    "价格(12800) 14:32:00 到账",
    "客户：二八七三零九幺四五六", // enterprise QQ, a company's line
    "会员积分 15012345",
    "数量 123456789 件",
  ],
});
