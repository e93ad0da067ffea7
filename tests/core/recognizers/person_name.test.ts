/**
 * person_name (姓名): surname from the national list + given characters, decided by context, a given-name
 * character model and a word lexicon (jieba's dictionary): everyday words are not names, a name does not run
 * into the next word, a surname character that ends the word before it starts no name.
 */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("person_name", {
  found: [
    ["客户王小明来电，要求退款", "王小明"],
    ["联系人：欧阳娜娜", "欧阳娜娜"],
    ["收件人 张伟 电话13812345678", "张伟"],
    ["经办人：刘建国", "刘建国"],
    ["司马相宇先生已到", "司马相宇"],
    // before verbs, after roles and in lists
    ["李明介绍说，这批货是上个月进口的", "李明"],
    ["据吴昊反映，仓库的叉车又坏了", "吴昊"],
    ["标的车驾驶员曾德胜 16653602834", "曾德胜"],
    ["买方施春梅，16657994891", "施春梅"],
    ["何敏、马超、韩梅三人组成评审小组", "何敏", "马超", "韩梅"],
    ["家长袁宏伟 18039861934 报读课程", "袁宏伟"],
    ["张伟明天到", "张伟"],
    ["收件人：岳秀兰 手机：15062212360", "岳秀兰"],
    // Traditional
    ["高雄門市：李宗霖店長", "李宗霖"],
    ["中文名許家豪", "許家豪"],
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
    "陈列架需要重新布置，陈旧的展板撤掉",
    "习惯用微信支付的顾客居然占了七成，巩固老客户",
    "客户说意向强，月底前签",
    "门口的摄像头接入官方平台",
    "原因多为客户资金周转困难",
    "阳台改造、卫生间防水",
    "食堂下周菜单：米饭、红烧肉",
  ],
});
