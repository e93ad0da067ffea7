/** Latin-letter names in running text (Customer Zhang Wei, 联系人: Lily Zhang): the words around them. */

/** Surname pinyin that is also an everyday English word: without context, "He said" is not a name. */
// prettier-ignore
export const ENGLISH_WORD_SURNAMES: readonly string[] = [
  "he", "an", "long", "you", "man", "pan", "ban", "fan", "bo", "song", "bi", "mo", "lo", "hang", "sang", "gang",
  "king",
];

/** Words that introduce a name rather than belong to one: "Customer Wang Lei" — the name is the next pair. */
// prettier-ignore
export const LEAD_WORDS: readonly string[] = [
  "customer", "contact", "client", "name", "dear", "mr", "ms", "mrs", "dr", "attn", "from", "to", "by", "with", "and",
  "the", "called", "call", "order", "mobile", "tel", "phone", "email", "hi", "hello", "thanks", "user", "member",
  "owner", "manager",
];

/**
 * Surnames as Hong Kong (Cantonese), Taiwan (Wade-Giles), Macau and Southeast Asia write them in Latin
 * letters, beside the mainland's pinyin (which comes from the surname table): Wong, Chan, Cheung, Hsu, Tsai.
 */
// prettier-ignore
export const ROMANISED_SURNAMES: readonly string[] = [
  "wong", "chan", "cheung", "leung", "lau", "ng", "ho", "lee", "tsang", "chow", "szeto", "au yeung", "lam", "yip", "kwok", "lai", "tse",
  "fung", "tang", "chiu", "choi", "chung", "kwan", "mak", "mok", "poon", "siu", "tam", "tong", "tsui", "wan", "yeung", "yu", "hsu",
  "chang", "hsieh", "tsai", "kuo", "chien", "chou", "huang", "lu", "tseng", "tan", "lim", "teo", "goh", "ong", "koh", "chua", "low",
  "kim", "park", "choi",
];

/** Words right before a Latin name that say a person follows (English and Chinese labels). */
// prettier-ignore
export const LATIN_NAME_CONTEXT: readonly string[] = [
  "customer", "contact", "client", "name", "attn", "dear", "mr", "ms", "mrs", "dr", "by", "from", "to", "with",
  "holder", "guest", "passenger", "traveller", "applicant",
  "联系人", "客户", "收件人", "姓名", "乘机人", "入住人", "持卡人", "旅客", "同行", "外籍员工", "学员", "签名", "签到",
];

/** Words that make a run of capitalised words a place or a firm, not a person: Hong Kong, Kerry Centre, HSBC. */
// prettier-ignore
export const LATIN_NOT_NAME_WORDS: readonly string[] = [
  "kong", "kowloon", "macau", "taipei", "shanghai", "beijing", "shenzhen", "guangzhou", "china", "centre", "center", "road",
  "street", "tower", "bank", "hsbc", "ltd", "limited", "co", "corp", "group", "plaza", "building", "district", "city", "mall",
  "hotel", "airport", "university", "college", "school", "hospital", "park", "west", "east", "north", "south",
];
