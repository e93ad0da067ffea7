import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";

/** The pane's words (docs/spec/glossary.md): Simplified Chinese first, English second. */
export const RESOURCES = {
  zh: {
    translation: {
      product: "脱敏助手",
      language: "English",
      scope: { label: "扫描范围", sheet: "当前工作表", workbook: "整个工作簿", selection: "所选区域" },
      scan: "扫描", scanning: "正在扫描 {{sheet}}…", cancel: "取消", cancelled: "已取消扫描。",
      scanned: "扫描了 {{cells}} 个单元格,用时 {{seconds}} 秒,发现 {{count}} 个发现项。",
      nothingFound: "未发现个人信息。",
      summary: "发现项", columns: "列的分类", findings: "发现项列表",
      sensitive: "敏感个人信息", personal: "个人信息", organization: "组织信息",
      hiddenSheet: "隐藏工作表", formula: "公式", digitsLost: "数字精度已丢失",
      header: "表头", column: "列", count: "数量",
      highlight: "突出显示发现项",
      more: "另有 {{count}} 项未列出",
      warn: {
        damaged: "{{count}} 个身份证号以数字保存,末尾数字已丢失(数字精度已丢失),无法还原。",
        hidden: "隐藏工作表“{{sheet}}”含 {{count}} 个发现项。",
        comments: "{{count}} 条批注含个人信息,请在 Excel 中手动删除或修改。",
        cached: "工作簿含 {{pivots}} 个数据透视表、{{charts}} 个图表,它们缓存着旧值:执行后请刷新。",
        formulas: "{{count}} 个公式单元格引用了个人信息:公式不会被修改,请处理其引用的单元格。",
      },
      apply: {
        title: "处理规则", type: "类型", action: "处理方式", byType: "按类型",
        reason: "法律依据", period: "留存期限", reasonDefault: "会计档案管理办法", periodDefault: "30年",
        preview: "预览", previewNone: "按当前规则没有需要修改的单元格。", before: "脱敏前(已遮盖)", after: "脱敏后",
        run: "执行", running: "正在执行…", undo: "撤销", undone: "已撤销 {{count}} 个单元格的修改。",
        done: "已脱敏 {{count}} 个单元格,变更记录已写入“脱敏记录”工作表。",
        skipped: "{{count}} 个单元格在扫描后被修改,已跳过,请重新扫描。",
        retained: "{{count}} 个值依法保留。",
        refresh: "刷新数据透视表", refreshed: "已刷新数据透视表。",
        empty: "(空)",
        step: { check: "正在核对单元格…", write: "正在写入单元格…", log: "正在写入变更记录…" },
      },
      actions: { mask_strict: "脱敏(遮盖) · 严格", mask_standard: "脱敏(遮盖) · 标准", mask_loose: "脱敏(遮盖) · 宽松", pseudonymize: "假名化", generalize: "泛化", delete: "删除", retain: "保留(依法留存)" },
      log: { title: "变更记录", export: "导出记录 (JSONL)", exportCsv: "导出 CSV", none: "还没有变更记录。", actor: "操作人", actorDefault: "Excel 用户" },
      error: "出错了:{{message}}",
    },
  },
  en: {
    translation: {
      product: "Tuomin",
      language: "中文",
      scope: { label: "Scan", sheet: "Current sheet", workbook: "Whole workbook", selection: "Selection" },
      scan: "Scan", scanning: "Scanning {{sheet}}…", cancel: "Cancel", cancelled: "Scan cancelled.",
      scanned: "Scanned {{cells}} cells in {{seconds}} s: {{count}} findings.",
      nothingFound: "No personal information found.",
      summary: "Findings", columns: "Columns", findings: "Finding list",
      sensitive: "Sensitive personal information", personal: "Personal information", organization: "Organization information",
      hiddenSheet: "Hidden sheet", formula: "Formula", digitsLost: "Digits lost",
      header: "Header", column: "Column", count: "Count",
      highlight: "Highlight findings",
      more: "{{count}} more not listed",
      warn: {
        damaged: "{{count}} ID numbers are stored as numbers: their last digits are lost and cannot be restored.",
        hidden: "Hidden sheet “{{sheet}}” has {{count}} findings.",
        comments: "{{count}} comments hold personal information: delete or edit them in Excel.",
        cached: "The workbook has {{pivots}} pivot tables and {{charts}} charts that cache old values: refresh them after applying.",
        formulas: "{{count}} formula cells show personal information: formulas are not changed; mask the cells they read.",
      },
      apply: {
        title: "Policy", type: "Type", action: "Action", byType: "By type",
        reason: "Legal basis", period: "Retention period", reasonDefault: "Accounting archives regulation", periodDefault: "30 years",
        preview: "Preview", previewNone: "Nothing to change under these rules.", before: "Before (masked)", after: "After",
        run: "Apply", running: "Applying…", undo: "Undo", undone: "Undid the changes to {{count}} cells.",
        done: "Masked {{count}} cells; the change log is in the “脱敏记录” sheet.",
        skipped: "{{count}} cells changed after the scan and were skipped: scan again.",
        retained: "{{count}} values retained.",
        refresh: "Refresh pivot tables", refreshed: "Pivot tables refreshed.",
        empty: "(empty)",
        step: { check: "Checking cells…", write: "Writing cells…", log: "Writing the change log…" },
      },
      actions: { mask_strict: "Mask · Strict", mask_standard: "Mask · Standard", mask_loose: "Mask · Loose", pseudonymize: "Pseudonymize", generalize: "Generalize", delete: "Delete", retain: "Retain" },
      log: { title: "Change log", export: "Export log (JSONL)", exportCsv: "Export CSV", none: "No changes logged yet.", actor: "Operator", actorDefault: "Excel user" },
      error: "Something went wrong: {{message}}",
    },
  },
} as const;

export type Lang = keyof typeof RESOURCES;

export function createI18n(lang: Lang = "zh"): i18n {
  const inst = i18next.createInstance();
  void inst.use(initReactI18next).init({ resources: RESOURCES, lng: lang, fallbackLng: "zh", interpolation: { escapeValue: false }, initAsync: false });
  return inst;
}
