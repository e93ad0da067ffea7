/** email (电子邮箱): local@domain.tld, IDN domains too. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("email", {
  found: [
    ["邮箱 zhang.wei@example.com.cn。", "zhang.wei@example.com.cn"],
    ["发到 li@例子.中国", "li@例子.中国"],
    ["抄送 wang_fang+crm@163.com 和 lily@qq.com", "wang_fang+crm@163.com", "lily@qq.com"],
    ["客户邮箱录成了全角：zhaolei＠qq.com，需要修正", "zhaolei＠qq.com"],
    ["邮箱 ｌｉｈｕａ＠１６３．ｃｏｍ", "ｌｉｈｕａ＠１６３．ｃｏｍ"],
    // a Chinese local part, whole; the words before it are no part of it
    ["邮箱是思聪80@gmail.com，谢谢", "思聪80@gmail.com"],
    ["Philip.崔@hotmail.com", "Philip.崔@hotmail.com"],
    ["邮件发给hr585@qq.com和sales01@foxmail.com了", "hr585@qq.com", "sales01@foxmail.com"],
    // written to dodge scrapers, after an e-mail word
    ["联系邮箱 chen.jing(at)126.com", "chen.jing(at)126.com"],
    ["客户邮箱 wang_fang[at]sina.com，防爬虫写法", "wang_fang[at]sina.com"],
    ["邮箱：zhangwei#163.com（#换成@）", "zhangwei#163.com"],
  ],
  notFound: ["请发邮件", "版本 v1.2@beta", "@所有人 明天开会", "user@localhost"],
});
