import type { EntityType } from "../model/entity-type.js";

/**
 * Column headers that name a type, in Chinese and English. A header matches when, lower-cased and
 * stripped of spaces, brackets and punctuation, it equals an entry or contains it (longest entry wins).
 */
// prettier-ignore
export const HEADER_SYNONYMS: Record<EntityType, readonly string[]> = {
  cn_resident_id: [
    "身份证号", "身份证号码", "身份证", "证件号码", "证件号", "公民身份号码", "身份号码", "身份证件号", "idcard", "idno", "idnumber", "nationalid",
    "residentid", "证件号码身份证",
  ],
  passport: ["护照号", "护照号码", "护照", "passport", "passportno", "passportnumber"],
  hk_macau_permit: ["港澳通行证", "回乡证", "港澳居民来往内地通行证", "通行证号"],
  tw_permit: ["台胞证", "台胞证号", "台湾居民来往大陆通行证"],
  hk_id: ["香港身份证", "香港身份證", "hkid", "hkidno"],
  mo_id: ["澳门身份证", "澳門身份證", "macauid"],
  tw_id: ["台湾身份证", "台灣身分證", "身分證字號", "twid"],
  bank_card: [
    "银行卡号", "银行卡", "卡号", "银行账号", "开户账号", "账号", "帐号", "银行账户", "收款账号", "收款账户", "结算账户", "借记卡号", "信用卡号", "bankcard",
    "cardno", "cardnumber", "accountno", "accountnumber", "bankaccount", "iban",
  ],
  phone_mobile: [
    "手机号", "手机号码", "手机", "移动电话", "联系电话", "联系方式", "电话", "电话号码", "联系号码", "mobile", "mobilephone", "cell", "cellphone",
    "phone", "phonenumber", "tel", "telephone", "contactnumber",
  ],
  phone_landline: ["固定电话", "座机", "固话", "办公电话", "单位电话", "传真", "fax", "landline", "officephone"],
  email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址", "email", "mail", "emailaddress"],
  person_name: [
    "姓名", "名字", "客户姓名", "客户名称", "客户", "联系人", "联系人姓名", "收件人", "收货人", "寄件人", "经办人", "负责人", "法定代表人", "法人代表", "持卡人",
    "开户名", "户名", "户主", "员工姓名", "会员姓名", "学生姓名", "患者姓名", "业务员", "销售员", "跟进人", "name", "fullname", "customername",
    "contact", "contactname", "firstname", "lastname", "givenname", "surname", "familyname", "owner",
  ],
  address: [
    "地址", "住址", "家庭住址", "联系地址", "通讯地址", "收货地址", "收件地址", "详细地址", "户籍地址", "居住地址", "送货地址", "现住址", "单位地址", "address",
    "addr", "homeaddress", "shippingaddress", "mailingaddress", "street",
  ],
  license_plate: ["车牌号", "车牌", "车牌号码", "号牌号码", "plate", "platenumber", "licenseplate"],
  birth_date: ["出生日期", "出生年月", "出生年月日", "生日", "出生", "dob", "birthday", "birthdate", "dateofbirth"],
  ip_address: ["ip", "ip地址", "登录ip", "客户端ip", "来源ip", "ipaddress", "clientip", "lastip"],
  wechat_id: ["微信", "微信号", "wechat", "wechatid", "weixin", "wx"],
  qq: ["qq", "qq号", "qq号码"],
  uscc: ["统一社会信用代码", "社会信用代码", "信用代码", "纳税人识别号", "税号", "uscc", "creditcode", "taxid"],
};

/** Headers that say a column is NOT personal even though its values may look so (order numbers, amounts …). */
// prettier-ignore
export const NON_PERSONAL_HEADERS = [
  "订单号", "单号", "运单号", "快递单号", "流水号", "编号", "金额", "数量", "单价", "日期", "时间", "创建时间", "更新时间", "备注编号", "产品", "商品", "sku",
  "orderid", "orderno", "trackingno", "amount", "price", "qty", "公司", "公司名称", "企业名称", "单位名称", "供应商",
  // what a column says about a customer, not who the customer is: 客户来源, 客户等级, 跟进方式, 订单状态
  "来源", "渠道", "等级", "级别", "类型", "类别", "状态", "阶段", "方式", "行业", "标签", "source", "channel", "level", "status", "stage",
];
