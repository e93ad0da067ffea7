/** email (电子邮箱): local@domain.tld, IDN domains too. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("email", {
  found: [
    ["邮箱 zhang.wei@example.com.cn。", "zhang.wei@example.com.cn"],
    ["发到 li@例子.中国", "li@例子.中国"],
    ["抄送 wang_fang+crm@163.com 和 lily@qq.com", "wang_fang+crm@163.com", "lily@qq.com"],
    ["客户邮箱录成了全角：zhaolei＠qq.com，需要修正", "zhaolei＠qq.com"],
    ["邮箱 ｌｉｈｕａ＠１６３．ｃｏｍ", "ｌｉｈｕａ＠１６３．ｃｏｍ"],
  ],
  notFound: ["请发邮件", "版本 v1.2@beta", "@所有人 明天开会", "user@localhost"],
});
