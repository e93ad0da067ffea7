/**
 * How the person-name recognizer weighs its evidence for "surname + given name" in running text. A
 * candidate's confidence is the sum of what applies, capped at `max`; findings below the reporting
 * threshold (0.5) are dropped. Tuned on the generated and the realistic evaluation sets (npm run eval).
 */
// prettier-ignore
export const NAME_SCORES = {
  /** a compound surname (欧阳) or one of the common single surnames */
  commonSurname: 0.3,
  /** a rare single surname (钻, 区, 能 …), which starts everyday words far more often than names */
  rareSurname: 0.15,
  /** the first given character is common in names */
  commonGiven: 0.15,
  /** the second given character is common in names too */
  commonSecondGiven: 0.1,
  /** a person word right before (联系人：, 客户) — see contextBefore; a weak one-character lead (请, 由, 和) */
  personWordBefore: 0.4,
  weakWordBefore: 0.2,
  /** a job title right before (总经理李明, 副局长逯军; ROLE_WORDS_BEFORE): less than a person word, which also unblocks words */
  roleWordBefore: 0.35,
  /** a title right after: 王芳女士, 张伟经理 */
  titleAfter: 0.4,
  /** a verb of saying or doing right after: 李明表示, 纪平指出 (VERBS_AFTER_NAME) */
  verbAfter: 0.2,
  /** a phone or ID number right after (左卫东，19960670522) */
  numberAfter: 0.2,
  /** bounded on both sides (its own clause, a cell of its own), or clearly at one end */
  bounded: 0.25,
  endsClearly: 0.1,
  /** in a column whose header says name, or after a label that says so */
  nameColumn: 0.4,
  nameLabel: 0.3,
  /** in an address column, without a person word before: a name after the address (…167号 李明 138…, （王芳）) */
  inAddressColumn: 0.3,
  max: 0.95,
  /**
   * what stands around a name and its given characters, learned from CLUENER2020's train split
   * (name-context.generated.ts): this much per natural log of odds, at most ± learnedMax; for a name only
   * after a common surname. Tuned on train: dev names 0.596 → 0.640 recall, 0.780 → 0.826 precision.
   */
  learnedPerNat: 0.07,
  learnedMax: 0.2,
  /** a Western name in characters without a title or a verb (伯南克, 纳斯里) needs this much learned context (nats) */
  westernLearnedNats: 5,
  /** the candidate is an everyday word of the lexicon (words.generated.ts) */
  dictionaryWord: 0.35,
  /** … with a person word right before it (导师蓝天, 主播夏天): less */
  dictionaryWordAfterPersonWord: 0.15,
  /** references without a given name (flag surname_only): 李总, 王女士; 小刘, 老陈; 我姓尚 */
  surnameTitle: 0.65,
  surnameNickname: 0.6,
  surnameSaid: 0.7,
} as const;

/** Whole cells of a name column, by their shape. */
// prettier-ignore
export const WHOLE_CELL_SCORES = {
  /** 2–4 Chinese characters starting with a surname, or a minority name with a middle dot */
  chineseWithSurname: 0.95,
  chineseOther: 0.8,
  /** given name first, spaced: 小明 王 */
  givenFirstWithSurname: 0.9,
  givenFirstOther: 0.75,
  /** Latin letters: one token a surname's pinyin, or not */
  latinWithSurname: 0.9,
  latinOther: 0.75,
  /** 阿卜杜尼亚孜·毛力尼亚孜 after a person word; without one */
  dottedAfterPersonWord: 0.9,
  dotted: 0.75,
} as const;

/** Latin-letter names in running text. */
export const LATIN_NAME_SCORES = { withContext: 0.85, withoutContext: 0.6 } as const;
