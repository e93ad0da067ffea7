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
    // job titles before, verbs of saying after (news and bylines)
    ["全国人大副委员长蒋正华指出，今年粗钢产量", "蒋正华"],
    ["装饰艺术公司总经理佘达", "佘达"],
    ["而纪平表示，参与移库的主要为沿线粮库", "纪平"],
    ["王芳律师，李明说", "王芳", "李明"],
    ["89岁的王建国首次登上榜首", "王建国"],
    ["王正华说这批货已到", "王正华"],
    // an everyday word after a person word, with a bracket, a sex or a number after it; a sex after a name
    ["联系人：夏天（女），手机17355884068", "夏天"],
    ["实习生信息：高山，男，2002年7月出生", "高山"],
    ["消费者龙海燕投诉美容院办卡后店铺跑路", "龙海燕"],
    // given names that are also bare district names (秀英区, 卫东区, 南宫市)
    ["左卫东，19960670522，安徽省合肥市", "左卫东"],
    ["返聘人员：晁秀英，1963年5月生", "晁秀英"],
    ["南宫雨桐同学获得数学竞赛二等奖。", "南宫雨桐"],
    ["客户王湖说明天到", "王湖"],
    // Western names in Chinese characters, with a job title before or a verb of saying after
    ["不过主帅马扎里并未对此感到担心", "马扎里"],
    ["，霍夫曼表示，影片将在年底上映", "霍夫曼"],
    // Traditional
    ["高雄門市：李宗霖店長", "李宗霖"],
    ["中文名許家豪", "許家豪"],
    // Latin letters, the whole name
    ["客户英文名写法：Zhang, Wei（姓在前）", "Zhang, Wei"],
    ["Name: CHEN, YI-JUN", "CHEN, YI-JUN"],
    ["乘机人 LI/XIAOMING 证件 护照", "LI/XIAOMING"],
    ["HKID Z418119(1)，客人Wong Siu Ming，酒店登记用", "Wong Siu Ming"],
    ["HK contact: Au Yeung Ka Wai", "Au Yeung Ka Wai"],
    ["客户签名：Zhāng Wěi（带声调）", "Zhāng Wěi"],
    ["外籍员工：John Smith，美国籍", "John Smith"],
    // given name first, spaced
    ["转发的聊天记录：⏎Sherry 孟：合同我这边法务看过了", "Sherry 孟"],
    ["扫描名片：峻熙 何⏎Senior Product Manager", "峻熙 何"],
    ["OCR名片：刘 海 涛 总经理", "刘 海 涛"],
    // minorities, whole
    ["宾馆住宿登记：阿依努尔·买买提 女 维吾尔族", "阿依努尔·买买提"],
    ["收件人：帕提古丽-吐尔洪（用短横线代替）", "帕提古丽-吐尔洪"],
    ["客户阿卜杜热西提．吾买尔（全角点）投诉", "阿卜杜热西提．吾买尔"],
    ["姓名 扎西多吉 性别 男", "扎西多吉"],
    ["客户自称次仁卓玛，从拉萨打来", "次仁卓玛"],
    // what stands around names in news text, learned from CLUENER2020's train split (name-context.generated.ts)
    ["林丹率先破门", "林丹"],
    // as CRM lists show them: either order with a space, a compound surname after an English name, pinyin
    ["刘 诗哲", "刘 诗哲"],
    ["燕雷 任", "燕雷 任"],
    ["林杰 郭", "林杰 郭"],
    ["Jack 呼延", "Jack 呼延"],
    ["Long Yinghua", "Long Yinghua"],
    ["FAN, FENGQI", "FAN, FENGQI"],
    ["据悉，林丹当选", "林丹"],
    // a Western name without a title or a verb, where the learned context speaks strongly for one
    ["卡洛斯（巴西）首发", "卡洛斯"],
  ],
  notFound: [
    "我马上到，很高兴见到你",
    // what a mask leaves beside a name-like pair: a plate's province after 车, a district kept by the address mask
    "客户崔*的车云LF****8在北京鼎盛贸易有限公司维修",
    "地址：贵州深圳市北戴河新区********",
    "地址：忻州市锡林浩特市******************",
    "浙江省七台河市长寿区中山****",
    "城关镇派出所",
    // words spaced out, and English words that are also surnames
    "黄 金",
    "高 兴",
    "明 天",
    "Long Beach",
    "Fan Club",
    "China Mobile",
    "Nike 江南",
    "切尔西客场告负",
    "曼彻斯特的天气不错",
    // titles of works, counts, function words, a job title that was the last name's
    "受新款游戏《变形金刚》及《波斯王子》热销的推动",
    "联盟杯比赛更是取得了4连胜",
    "客户可达20万人规模",
    "军事学博士向记者介绍说",
    "他曾担任公司顾问",
    "王正在开会",
    "老黄历上说今天宜开业",
    "博尔顿vs雷吉纳推荐：3",
    "亚特兰大vs那不勒斯推荐：1",
    "切尔西主场迎战曼联",
    "南宫市人民政府",
    "高龙岛是柬埔寨南部城市的一个离岛",
    "卢浮宫的藏品",
    "从拉萨出发",
    "上门安装完成，客户满意，给了五星好评。",
    "客户咨询能不能分期，告知支持12期免息",
    "与户主关系 女 出生日期 2011年9月3日",
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
    "收款银行 HSBC Hong Kong 金额 USD 12,000",
    "Room 1502, Tower 2, Jing An Kerry Centre",
    "中国·北京 国际展览",
    "版本 1.5 和 2.0 的区别",
  ],
});
