/** qq (QQ号): 5–11 digits, only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("qq", {
  found: [
    ["QQ 123456789", "123456789"],
    ["QQ号：87654321", "87654321"],
  ],
  notFound: ["会员积分 15012345", "数量 123456789 件"],
});
