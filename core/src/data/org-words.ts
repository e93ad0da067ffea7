/**
 * Words that make a value an organisation rather than a person: a cell holding one of them is not a
 * name (person-name), and a column whose values mostly hold one is an organisation column (classify-columns).
 */
// prettier-ignore
export const ORG_WORDS: readonly string[] = [
  "公司", "集团", "有限", "股份", "厂", "商行", "店", "中心", "银行", "医院", "学校", "大学", "学院",
  "委员会", "协会", "工作室", "事务所", "合作社", "研究所",
];

/** Further words that, in a cell of a name column, show a department or a business, not a person. */
export const ORG_WORDS_IN_NAME_CELL: readonly string[] = ["部", "局", "科技", "贸易", "实业"];

/** The trade a company name states before its suffix: 杭州瑞丰[实业]有限公司, 金达[电子]有限公司. */
// prettier-ignore
export const INDUSTRY_WORDS: readonly string[] = [
  "科技", "贸易", "实业", "电子", "物流", "商贸", "网络", "信息", "文化", "传媒", "建设", "建筑", "工程", "咨询",
  "服务", "投资", "管理", "发展", "食品", "医药", "汽车", "机械", "设备", "材料", "化工", "制造", "餐饮", "装饰",
  "家具", "服饰", "印刷", "包装", "置业", "地产", "能源", "环保", "教育", "旅游",
];

/** The suffixes that close a company name once its trade is said: 有限公司, 集团, 商行, 厂. */
export const COMPANY_SUFFIX = "(?:有限|股份)?(?:公司|集团|商行|厂)";

/** A regex source matching any of the words (they hold no regex syntax). */
export const anyOf = (words: readonly string[]): string => `(?:${words.join("|")})`;
