/** wechat_id (微信号): only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("wechat_id", {
  found: [
    ["微信：zhangwei_88", "zhangwei_88"],
    ["加微信 wxid_abc123def456", "wxid_abc123def456"],
    ["客户wxid_7k2m9q4x1s22发来：我要改地址", "wxid_7k2m9q4x1s22"],
    ["他的V信是mxd_88666，你加他一下", "mxd_88666"],
    ["加薇beauty_lili520领取试用装", "beauty_lili520"],
  ],
  notFound: ["用户名 zhangwei_88", "微信支付成功"],
});
