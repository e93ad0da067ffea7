import type { EntityType } from "../model/entity-type.js";
import type { Location } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";
import { escapeHtml } from "./html.js";
import { locationName, t, typeName, type Lang } from "./i18n.js";
import { TOOL_VERSION } from "./version.js";

export interface MaskReportData {
  input: string;
  output: string;
  log: string;
  finalHash: string;
  /** changes counted by type and action */
  changes: Map<string, number>;
  retained: { type: EntityType; place: string; location?: Location; basis: string; period: string; value: string }[];
  notes: string[];
}

const esc = escapeHtml;
const ACTION: Record<string, [string, string]> = {
  mask: ["脱敏(遮盖)", "Mask"],
  pseudonymize: ["假名化", "Pseudonymize"],
  generalize: ["泛化", "Generalize"],
  delete: ["删除", "Delete"],
  mark_deleted: ["标记删除", "Mark deleted"],
  retain: ["保留(依法留存)", "Retain"],
};

/** The remediation report of `tuomin mask --report`: what was done per type, what was retained and on what legal basis. */
export function renderMaskReport(d: MaskReportData, lang: Lang): string {
  const zh = lang === "zh";
  const rows = [...d.changes]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => {
      const [type, action] = k.split("\u0000");
      return `<tr><td>${esc(typeName(lang, type as EntityType))}</td><td>${esc(ACTION[action]?.[zh ? 0 : 1] ?? action)}</td><td class="n">${n}</td></tr>`;
    })
    .join("");
  const kept = d.retained
    .slice(0, 2000)
    .map(
      (r) =>
        `<tr><td>${esc(typeName(lang, r.type))}</td><td>${esc(r.place)}${r.location && r.location !== "value" ? ` (${esc(locationName(lang, r.location))})` : ""}</td><td class="mono">${esc(maskValue(r.type, r.value))}</td><td>${esc(r.basis)}</td><td>${esc(r.period)}</td></tr>`,
    )
    .join("");
  const total = [...d.changes.values()].reduce((a, b) => a + b, 0);
  return `<!doctype html>
<html lang="${zh ? "zh-CN" : "en"}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${zh ? "脱敏报告" : "Remediation report"} — ${esc(t(lang, "product"))}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
header{background:#0f172a;color:#fff;padding:20px 32px}h1{margin:0;font-size:22px}header p{margin:6px 0 0;color:#cbd5e1;font-size:13px}
main{padding:20px 32px;max-width:1100px}section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 20px;margin-bottom:16px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e7eb;padding:5px 8px;text-align:left}th{background:#f1f5f9}td.n{text-align:right}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}</style></head><body>
<header><h1>${zh ? "脱敏报告" : "Remediation report"}</h1><p>${esc(new Date().toISOString().slice(0, 19).replace("T", " "))} UTC · tuomin ${TOOL_VERSION}</p></header>
<main>
<section><h2>${zh ? "概况" : "Summary"}</h2><table>
<tr><th>${zh ? "输入" : "Input"}</th><td>${esc(d.input)}</td></tr><tr><th>${zh ? "输出" : "Output"}</th><td>${esc(d.output)}</td></tr>
<tr><th>${esc(t(lang, "findings"))}</th><td>${zh ? `已处理 ${total} 个值,依法保留 ${d.retained.length} 个` : `${total} values changed, ${d.retained.length} retained`}</td></tr>
<tr><th>${zh ? "变更记录" : "Change log"}</th><td>${esc(d.log)}</td></tr><tr><th>${zh ? "最终哈希" : "Final hash"}</th><td class="mono">${esc(d.finalHash)}</td></tr>
</table></section>
<section><h2>${zh ? "按类型与处理方式" : "By type and action"}</h2><table><thead><tr><th>${esc(t(lang, "type"))}</th><th>${zh ? "处理方式" : "Action"}</th><th>${esc(t(lang, "count"))}</th></tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>${zh ? "依法保留的值" : "Retained values"}</h2>${kept ? `<table><thead><tr><th>${esc(t(lang, "type"))}</th><th>${esc(t(lang, "location"))}</th><th>${esc(t(lang, "preview"))}</th><th>${zh ? "法律依据" : "Legal basis"}</th><th>${zh ? "留存期限" : "Retention period"}</th></tr></thead><tbody>${kept}</tbody></table>` : `<p>${zh ? "无" : "None"}</p>`}</section>
${d.notes.length ? `<section><h2>${esc(t(lang, "notes"))}</h2><ul>${d.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul></section>` : ""}
</main></body></html>
`;
}
