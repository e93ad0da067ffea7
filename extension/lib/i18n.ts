import i18next, { type i18n } from "i18next";
import { initReactI18next } from "react-i18next";

/** The side panel's words (docs/spec/glossary.md): Simplified Chinese first, English second. */
export const RESOURCES = {
  zh: {
    translation: {
      product: "脱敏助手",
      language: "English",
      page: "当前页面",
      scan: "扫描",
      scanning: "正在扫描…",
      scanned: "发现 {{total}} 个发现项(首次扫描 {{ms}} 毫秒),新内容会自动扫描。",
      none: "此页面未发现个人信息。",
      highlight: "突出显示",
      findings: "发现项",
      maskView: "页面遮盖",
      restoreView: "恢复显示",
      masked: "页面已遮盖:后加载的内容也会遮盖。",
      restored: "已恢复显示。",
      maskFields: "脱敏字段",
      clearFields: "清空字段",
      fieldsHint: "只修改表单中的字段。请检查后用 CRM 自己的“保存”按钮保存。",
      edited: "已修改 {{fields}} 个字段({{changed}} 处),变更记录共 {{entries}} 条。",
      noFields: "表单中没有含个人信息的字段。",
      log: "变更记录",
      logCount: "共 {{entries}} 条",
      exportLog: "导出记录 (JSONL)",
      exportCsv: "导出 CSV",
      actor: "操作人",
      auto: "自动扫描此网站",
      autoOn: "此网站已开启自动扫描",
      autoOff: "关闭自动扫描",
      autoDenied: "未获得此网站的访问权限。",
      field: "字段",
      more: "另有 {{count}} 项未列出",
      errors: {
        page_unreachable:
          "无法访问此页面(浏览器内部页面、扩展商店或未授权的网站):请在要检查的网页上点击扩展图标后再扫描。",
        tab_gone: "页面已关闭或已跳转:请重新扫描。",
        no_tab: "没有可操作的页面。",
        no_permission: "没有 {{origin}} 的访问权限。",
        no_response: "扩展后台没有响应:请关闭侧边栏后重新打开。",
        internal: "出错了(Tuomin 内部错误):{{detail}}",
      },
    },
  },
  en: {
    translation: {
      product: "Tuomin",
      language: "中文",
      page: "This page",
      scan: "Scan",
      scanning: "Scanning…",
      scanned: "{{total}} findings (first scan {{ms}} ms); new content is scanned as it appears.",
      none: "No personal information on this page.",
      highlight: "Highlight",
      findings: "Findings",
      maskView: "Mask view",
      restoreView: "Restore view",
      masked: "View masked: content that loads later is masked too.",
      restored: "View restored.",
      maskFields: "Mask fields",
      clearFields: "Clear fields",
      fieldsHint: "Only form fields change. Check them, then save with the CRM's own Save button.",
      edited: "Changed {{fields}} fields ({{changed}} values); the change log has {{entries}} entries.",
      noFields: "No form field holds personal information.",
      log: "Change log",
      logCount: "{{entries}} entries",
      exportLog: "Export log (JSONL)",
      exportCsv: "Export CSV",
      actor: "Operator",
      auto: "Scan this site automatically",
      autoOn: "Automatic scanning is on for this site",
      autoOff: "Turn off",
      autoDenied: "Access to this site was not granted.",
      field: "field",
      more: "{{count}} more not listed",
      errors: {
        page_unreachable:
          "This page cannot be accessed (a browser page, the extension store or a site not allowed): click the extension's icon on the page to check, then scan.",
        tab_gone: "The page was closed or navigated away: scan again.",
        no_tab: "No page to work on.",
        no_permission: "No access to {{origin}}.",
        no_response: "The extension's background did not answer: close the side panel and open it again.",
        internal: "Something went wrong (internal error in Tuomin): {{detail}}",
      },
    },
  },
} as const;

export type Lang = keyof typeof RESOURCES;

export function createI18n(lang: Lang): i18n {
  const inst = i18next.createInstance();
  void inst.use(initReactI18next).init({
    resources: RESOURCES,
    lng: lang,
    fallbackLng: "zh",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return inst;
}
