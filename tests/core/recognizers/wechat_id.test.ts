/** wechat_id (微信号): only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("wechat_id", {
  found: [
    ["微信：zhangwei_88", "zhangwei_88"],
    ["加微信 wxid_abc123def456", "wxid_abc123def456"],
  ],
  notFound: ["用户名 zhangwei_88", "微信支付成功"],
});
