/** person_name (姓名): surname from the national list + given characters, decided by context and a character model. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("person_name", {
  found: [
    ["客户王小明来电，要求退款", "王小明"],
    ["联系人：欧阳娜娜", "欧阳娜娜"],
    ["收件人 张伟 电话13812345678", "张伟"],
    ["经办人：刘建国", "刘建国"],
    ["司马相宇先生已到", "司马相宇"],
  ],
  notFound: [
    "我马上到，很高兴见到你",
    "黄金价格上涨",
    "江苏省的客户",
    "王老吉凉茶一箱",
    "张家港保税区",
    "方便的时候回电",
    "周末安排好了",
    "成都平安物流有限公司",
  ],
});
