import { ENTITY_INFO, type EntityType, type Sensitivity } from "../model/entity-type.js";
import type { FileNote, FileNoteKind } from "../formats/scan-result.js";
import type { FindingFlag, Location } from "../model/finding.js";
import { pick, type Bilingual, type Lang } from "../model/bilingual.js";

export { pick, type Bilingual, type Lang } from "../model/bilingual.js";

/** The product's words (docs/spec/glossary.md), zh-CN first. */
const WORDS = {
  product: ["脱敏助手 (Tuomin)", "Tuomin"],
  report: ["检查报告", "Report"],
  file: ["文件", "File"],
  sheet: ["工作表", "Sheet"],
  column: ["列", "Column"],
  header: ["表头", "Header"],
  type: ["类型", "Type"],
  count: ["数量", "Count"],
  examples: ["示例(已遮盖)", "Examples (masked)"],
  finding: ["发现项", "Finding"],
  findings: ["发现项", "Findings"],
  cell: ["单元格", "Cell"],
  location: ["位置", "Location"],
  preview: ["预览", "Preview"],
  confidence: ["置信度", "Confidence"],
  flags: ["标记", "Flags"],
  hidden: ["隐藏工作表", "Hidden sheet"],
  inHidden: ["隐藏工作表中的发现项", "Findings in hidden sheets"],
  veryHidden: ["深度隐藏", "very hidden"],
  rows: ["行", "rows"],
  errors: ["无法读取", "Could not read"],
  notes: ["提示", "Notes"],
  total: ["合计", "Total"],
  byType: ["按类型", "By type"],
  bySheet: ["按工作表", "By sheet"],
  bySensitivity: ["敏感个人信息与个人信息", "Sensitive vs personal"],
  noFindings: ["未发现个人信息", "No personal information found"],
  otherPlaces: ["单元格以外的位置", "Places other than cell values"],
  generated: ["生成时间", "Generated"],
  files: ["个文件", "files"],
  truncated: ["仅列出前 {n} 项", "Only the first {n} are listed"],
  scanned: ["已扫描", "Scanned"],
  summaryLine: [
    "共发现 {n} 项:敏感个人信息 {s} 项,个人信息 {p} 项,组织信息 {o} 项",
    "{n} findings: {s} sensitive personal, {p} personal, {o} organization",
  ],
  clean: ["交接前检查通过:未发现个人信息", "Handover check passed: no personal information found"],
  notClean: [
    "交接前检查未通过:仍有 {n} 项个人信息",
    "Handover check failed: {n} findings of personal information remain",
  ],
  rawWarning: ["本报告含原始值(--reveal),请妥善保管", "This report contains raw values (--reveal): keep it safe"],
  // the remediation report (mask --report)
  maskReport: ["脱敏报告", "Remediation report"],
  summary: ["概况", "Summary"],
  input: ["输入", "Input"],
  output: ["输出", "Output"],
  changedRetained: ["已处理 {n} 个值,依法保留 {r} 个", "{n} values changed, {r} retained"],
  changeLog: ["变更记录", "Change log"],
  finalHash: ["最终哈希", "Final hash"],
  byTypeAction: ["按类型与处理方式", "By type and action"],
  action: ["处理方式", "Action"],
  retainedValues: ["依法保留的值", "Retained values"],
  legalBasis: ["法律依据", "Legal basis"],
  retentionPeriod: ["留存期限", "Retention period"],
  none: ["无", "None"],
} as const satisfies Record<string, Bilingual>;

export type Word = keyof typeof WORDS;

export const t = (lang: Lang, w: Word, vars: Record<string, string | number> = {}): string =>
  pick(lang, WORDS[w], vars);

export const typeName = (lang: Lang, type: EntityType): string =>
  pick(lang, [ENTITY_INFO[type].zh, ENTITY_INFO[type].en]);

/** The policy's actions as the glossary names them. */
// prettier-ignore
const ACTION: Record<string, Bilingual> = {
  mask: ["脱敏(遮盖)", "Mask"],
  pseudonymize: ["假名化", "Pseudonymize"],
  generalize: ["泛化", "Generalize"],
  delete: ["删除", "Delete"],
  mark_deleted: ["标记删除", "Mark deleted"],
  retain: ["保留(依法留存)", "Retain"],
};
export const actionName = (lang: Lang, action: string): string =>
  ACTION[action] ? pick(lang, ACTION[action]) : action;

/** The value of an HTML lang attribute. */
export const htmlLang = (lang: Lang): string => pick(lang, ["zh-CN", "en"]);

const SENS: Record<Sensitivity, Bilingual> = {
  sensitive: ["敏感个人信息", "Sensitive personal information"],
  personal: ["个人信息", "Personal information"],
  organization: ["组织信息", "Organization information"],
};
export const sensitivityName = (lang: Lang, s: Sensitivity): string => pick(lang, SENS[s]);

const LOC: Record<Location, Bilingual> = {
  value: ["单元格", "Cell value"],
  comment: ["批注", "Comment"],
  doc_property: ["文档属性", "Document property"],
  sheet_name: ["工作表名", "Sheet name"],
  defined_name: ["定义的名称", "Defined name"],
  header_footer: ["页眉页脚", "Header/footer"],
  chart_cache: ["图表缓存", "Chart cache"],
  pivot_cache: ["数据透视表缓存", "Pivot cache"],
  data_validation: ["数据验证列表", "Data validation list"],
  other_part: ["其他部件", "Other part"],
};
export const locationName = (lang: Lang, l: Location): string => pick(lang, LOC[l]);

const FLAG: Record<FindingFlag, Bilingual> = {
  invalid_checksum: ["校验位错误", "Invalid check digit"],
  damaged_number: ["数字精度已丢失", "Digits lost"],
  hidden_sheet: ["隐藏工作表", "Hidden sheet"],
  formula: ["公式结果", "Formula result"],
  low_context: ["缺少上下文", "Little context"],
  surname_only: ["仅姓氏", "Surname only"],
  unverified: ["未通过校验", "Failed its check"],
};
export const flagName = (lang: Lang, f: FindingFlag): string => pick(lang, FLAG[f]);

const NOTES: Record<FileNoteKind, Bilingual> = {
  thumbnail: [
    "文件含缩略图({d}),图中可能显示未脱敏的数据",
    "the file keeps a preview picture ({d}) that may show unmasked data",
  ],
  macros: [
    "文件含宏({d}),宏代码未扫描,其中也可能有数据",
    "the file has macros ({d}), not scanned, which can hold data too",
  ],
  revisions: [
    "文件含共享工作簿修订记录({d}),其中有旧的单元格值",
    "the file keeps shared-workbook revisions ({d}) with old cell values",
  ],
  encoding: ["文件编码为 {d}", "file encoding: {d}"],
  unread_part: [
    "文件中有无法读取的部分({d}),未能检查其中是否有个人信息",
    "part of the file cannot be read ({d}), so it was not checked for personal data",
  ],
};
export const noteText = (lang: Lang, n: FileNote): string => pick(lang, NOTES[n.kind], { d: n.detail });
