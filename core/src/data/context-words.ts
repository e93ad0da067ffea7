import type { EntityType } from "../model/entity-type.js";

/**
 * Words that, shortly before a value, say what it is. Lower-case; matched case-insensitively in the
 * CONTEXT_WINDOW characters before a candidate (and in a host-supplied label such as a form field's).
 */
export const CONTEXT_WINDOW = 16;

// prettier-ignore
export const CONTEXT_WORDS: Partial<Record<EntityType, readonly string[]>> = {
  cn_resident_id: ["身份证", "证件号", "证件号码", "公民身份号码", "身份号码", "id card", "id no", "idcard", "id number"],
  passport: ["护照", "passport", "出境", "出国", "签证", "visa", "旅行团", "登机"],
  hk_macau_permit: ["通行证", "回乡证", "港澳", "往来港澳", "来往内地", "permit"],
  tw_permit: ["台胞证", "台湾居民来往大陆", "来往大陆通行证", "往来台湾通行证", "赴台", "入台证", "mtp"],
  hk_id: ["香港身份证", "香港身份證", "hkid", "hong kong id", "身份證"],
  mo_id: ["澳门身份证", "澳門身份證", "macau id", "bir", "澳门"],
  tw_id: ["台湾身份证", "台灣身分證", "身分證", "taiwan id", "国民身分证"],
  bank_card: [
    "银行卡", "卡号", "账号", "帐号", "开户", "银行账户", "收款账户", "借记卡", "信用卡", "储蓄卡", "card no", "card number", "account", "iban",
    "bank",
  ],
  phone_mobile: [
    "手机", "电话", "联系方式", "联系电话", "tel", "mobile", "phone", "cell", "致电", "来电", "号码", "手機", "電話", "手提", "聯絡",
  ],
  phone_landline: [
    "电话", "座机", "固话", "办公电话", "联系电话", "tel", "phone", "传真", "fax", "总机", "電話", "座機", "傳真", "辦公室", "聯絡電話", "办公室",
  ],
  email: ["邮箱", "email", "e-mail", "mail"],
  person_name: [
    "姓名", "联系人", "客户", "顾客", "客人", "用户", "收件人", "收货人", "寄件人", "签收人", "对接人", "经办人", "负责人", "法人", "法定代表人", "户主", "持卡人",
    "开户人", "开户名",
    "业务员", "销售", "顾问", "跟进人", "申请人", "投保人", "被保险人", "委托人", "代理人", "担保人", "借款人", "会员", "学员", "患者", "家属", "车主", "业主",
    "租户",
    "来电人", "致电", "致电给", "寄给", "交给", "转交", "已派", "通知", "告知", "提醒", "转告", "告诉", "拜访", "联系", "约见", "经办", "经手", "抄送",
    "回访", "审批人", "发件人", "制单人", "操作人", "收款人", "付款人", "name", "customer", "contact", "client", "attn", "mr", "ms",
    "mrs", "dear",
    // roles written right before a name: 驾驶员曾某, 配送员孙某, 老公高某, 买方施某, 导师蓝某, 记者王某
    "员工", "职工", "同事", "司机", "驾驶员", "派送员", "配送员", "快递员", "派件员", "送货员", "坐席", "工作人员", "老公", "老婆", "丈夫", "妻子",
    "爱人", "买方", "卖方", "买家", "卖家", "学员", "学生", "教练", "导师", "财务", "出纳", "主播", "同学", "店长", "作者", "记者", "通讯员",
    "编辑", "主持人", "客服", "带队老师", "队长", "组长", "班长", "乘机人", "入住人", "旅客", "乘客", "签名", "家长", "本人", "病人", "牧民",
    "茶农", "门卫", "保安", "代收", "中文名", "员工姓名", "证明人", "推荐人", "介绍人", "监护人", "紧急联系人", "消费者", "参保人", "被保人", "投诉人", "举报人", "当事人", "报案人", "领款人", "联系人是", "户名", "持证人", "姓名为", "我叫", "我是", "叫做", "名叫", "自称" ],
  address: ["地址", "住址", "收货", "户籍", "住所", "居住", "address"],
  license_plate: ["车牌", "车号", "plate"],
  birth_date: ["出生日期", "出生", "生日", "出生年月", "dob", "birth", "birthday", "date of birth"],
  ip_address: [
    "ip", "ipv4", "ipv6", "ip地址", "登录ip", "ip address", "客户端ip", "来源ip", "白名单", "网关", "服务器", "内网", "外网", "nas", "login", "from",
    "access", "host", "发帖人", "地址池",
  ],
  wechat_id: ["微信", "wechat", "weixin", "vx", "wx", "v信", "加v", "薇信", "加薇", "威信", "v：", "v:", "绑定微信"],
  qq: ["qq", "企鹅号", "企鹅", "扣扣", "q号", "qq号"],
  uscc: ["统一社会信用代码", "信用代码", "社会信用", "税号", "纳税人识别号", "uscc"],
};

/**
 * Words that say a following number is not personal (订单号 DD…, 流水号 …, 发票代码 …): a digit-type
 * candidate right after one of them loses ANTI_CONTEXT_PENALTY.
 */
// prettier-ignore
export const ANTI_CONTEXT_WORDS = [
  "订单号", "订单", "单号", "运单", "快递单", "流水号", "编号", "工单号", "合同编号", "发票号码", "发票代码", "发票号", "序列号", "条码", "商品编码",
  "批次", "版本", "型号", "金额", "数量", "单价", "积分", "余额", "时间戳", "order", "tracking", "invoice", "serial", "sku", "sn",
  // device numbers that pass Luhn like cards do
  "imei", "meid", "iccid", "设备号", "串号"];
export const ANTI_CONTEXT_PENALTY = 0.4;

/**
 * Job titles and roles that stand right before a name in news, bylines and business text (总经理李明, 副局长逯军,
 * 主帅穆里尼奥, 画家石涛): the position words CLUENER2020's train split most often puts right before a name
 * (counted, then read through), and their kin. A prefix (副, 前, 常务, 首席 …) needs no entry: the word's end is matched.
 */
// prettier-ignore
export const ROLE_WORDS_BEFORE = [
  "总经理", "经理", "主任", "董事长", "董事", "导演", "主帅", "总监", "主教练", "教练", "教授", "秘书长", "秘书", "总裁", "画家", "局长",
  "主编", "行长", "律师", "作家", "负责人", "研究员", "会长", "主席", "设计师", "处长", "馆长", "发言人", "分析师", "老板", "部长", "所长",
  "编剧", "前锋", "后卫", "中场", "门将", "中卫", "球员", "选手", "专家", "收藏家", "藏家", "经济学家", "科学家", "艺术家", "书法家", "漫画家",
  "书记", "创始人", "合伙人", "主管", "建筑师", "工程师", "司长", "院长", "校长", "市长", "省长", "县长", "区长", "镇长", "村长", "厅长",
  "署长", "委员长", "委员", "总理", "总统", "首相", "大使", "参赞", "领事", "司令", "政委", "参谋长", "将军", "上校", "中尉", "士兵", "警官",
  "刑警", "民警", "交警", "法官", "检察官", "签证官", "外交官", "副官", "执行官", "首席执行官", "ceo", "cfo", "cto", "董秘", "主持", "解说",
  "评论员", "演员", "歌手", "影星", "歌星", "球星", "棋手", "车手", "舞者", "诗人", "学者", "博士", "硕士", "博士生", "硕士生", "导师",
  "院士", "医师", "护士", "主治医生", "大夫", "彩民", "网友", "市民", "村民", "居民", "农民", "工人", "师傅", "厨师", "总工",
  "岁的", "新秀", "名将", "队友", "主创", "制片人", "监制", "出品人", "策划", "经纪人", "助理", "实习生", "实习编辑", "见习记者", "特约记者", "撰稿", "撰文", "摄影",
];

/**
 * Verbs of saying and doing that follow a person's name (李明表示, 纪平指出, 张艺谋执导, 徐阳推荐): the words
 * CLUENER2020's train split most often has right after a name, read through, and their kin.
 */
// prettier-ignore
export const VERBS_AFTER_NAME = [
  "表示", "说", "告诉", "认为", "介绍", "指出", "透露", "称", "执导", "导演", "报道", "发自", "主演", "扮演", "坦言", "强调", "回忆", "解释",
  "建议", "分析", "承认", "否认", "宣布", "回应", "补充", "感叹", "直言", "笑称", "声称", "说道", "谈到", "提到",
  "提出", "提醒", "呼吁", "希望", "相信", "觉得", "坦承", "证实", "评价", "点评", "接受", "出席", "主持", "带领", "率领", "签署", "亲自",
  "先后", "本人", "等人", "一行", "夫妇", "父子", "母女", "兄弟", "姐妹", "作品", "创作", "去世", "逝世", "出生", "生于",
];

/** Titles after a name: 王先生, 李女士, 张同志 … */
export const NAME_TITLES_AFTER = [
  "先生",
  "女士",
  "小姐",
  "同志",
  "老师",
  "经理",
  "总监",
  "主任",
  "律师",
  "医生",
  "师傅",
  "阿姨",
  "总",
  "工",
  "董",
  "姐",
  "哥",
  "氏",
  "老板",
  "老板娘",
  "主管",
  "厂长",
  "校长",
  "院长",
  "局长",
  "处长",
  "科长",
  "部长",
  "所长",
  "队长",
  "教授",
  "博士",
  "大夫",
  "护士",
  "同学",
  "太太",
  "叔叔",
  "叔",
  "姨",
  "大爷",
  "大姐",
  "大哥",
  "会计",
  "秘书",
  "助理",
  "警官",
  "律师",
  "经理",
  "店长",
  "教练",
  "总经理",
  "董事长",
];
