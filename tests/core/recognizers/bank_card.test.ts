/** bank_card (银行卡号): 13–19 digits, Luhn, groups of 4 allowed; never inside a longer run of digits or letters. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("bank_card", {
  found: [
    ["工资卡 622202123456789012", "622202123456789012"],
    ["银行卡号：6228480123456789015", "6228480123456789015"],
    ["卡号 6222 0212 3456 7890 12", "6222 0212 3456 7890 12"],
    // right after an ID with one space between: the ID does not swallow the card's first group
    ["身份证320102199407124181 6228 4801 1234 5678 919", "6228 4801 1234 5678 919"],
    ["工资卡号陆：六二二八四八零一二三四五六七八九零一五", "六二二八四八零一二三四五六七八九零一五"],
    ["信用卡 4367421234567896", "4367421234567896"],
    ["收款账户 6228-4801-2345-6789", "6228-4801-2345-6789"],
  ],
  notFound: [
    "设备IMEI：357972516360830，保修期内", // a phone's IMEI passes Luhn too
    "工资卡 6222 0212 3456 7890 125", // Luhn fails
    "订单号 DD6222021234567890122",
    "运单号 SF6954123456789",
    "流水号 202311221030001234",
    "商品编码 6901234567892",
  ],
});
