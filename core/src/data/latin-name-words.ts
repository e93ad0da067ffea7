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

/** Words right before a Latin name that say a person follows (English and Chinese labels). */
// prettier-ignore
export const LATIN_NAME_CONTEXT: readonly string[] = [
  "customer", "contact", "client", "name", "attn", "dear", "mr", "ms", "mrs", "dr", "by", "from", "to", "with",
  "联系人", "客户", "收件人", "姓名",
];
