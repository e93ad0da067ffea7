import type { EntityType } from "../model/entity-type.js";
import type { Location } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";
import { escapeHtml } from "./html.js";
import { actionName, htmlLang, locationName, t, typeName, type Lang } from "./i18n.js";
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
/** The remediation report of `tuomin mask --report`: what was done per type, what was retained and on what legal basis. */
export function renderMaskReport(d: MaskReportData, lang: Lang): string {
  const w = (word: Parameters<typeof t>[1]) => esc(t(lang, word));
  const rows = [...d.changes]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => {
      const [type, action] = k.split("\u0000");
      return `<tr><td>${esc(typeName(lang, type as EntityType))}</td><td>${esc(actionName(lang, action))}</td><td class="n">${n}</td></tr>`;
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
<html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${w("maskReport")} — ${esc(t(lang, "product"))}</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
header{background:#0f172a;color:#fff;padding:20px 32px}h1{margin:0;font-size:22px}header p{margin:6px 0 0;color:#cbd5e1;font-size:13px}
main{padding:20px 32px;max-width:1100px}section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 20px;margin-bottom:16px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e7eb;padding:5px 8px;text-align:left}th{background:#f1f5f9}td.n{text-align:right}
.mono{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-all}</style></head><body>
<header><h1>${w("maskReport")}</h1><p>${esc(new Date().toISOString().slice(0, 19).replace("T", " "))} UTC · tuomin ${TOOL_VERSION}</p></header>
<main>
<section><h2>${w("summary")}</h2><table>
<tr><th>${w("input")}</th><td>${esc(d.input)}</td></tr><tr><th>${w("output")}</th><td>${esc(d.output)}</td></tr>
<tr><th>${esc(t(lang, "findings"))}</th><td>${esc(t(lang, "changedRetained", { n: total, r: d.retained.length }))}</td></tr>
<tr><th>${w("changeLog")}</th><td>${esc(d.log)}</td></tr><tr><th>${w("finalHash")}</th><td class="mono">${esc(d.finalHash)}</td></tr>
</table></section>
<section><h2>${w("byTypeAction")}</h2><table><thead><tr><th>${esc(t(lang, "type"))}</th><th>${w("action")}</th><th>${esc(t(lang, "count"))}</th></tr></thead><tbody>${rows}</tbody></table></section>
<section><h2>${w("retainedValues")}</h2>${kept ? `<table><thead><tr><th>${esc(t(lang, "type"))}</th><th>${esc(t(lang, "location"))}</th><th>${esc(t(lang, "preview"))}</th><th>${w("legalBasis")}</th><th>${w("retentionPeriod")}</th></tr></thead><tbody>${kept}</tbody></table>` : `<p>${w("none")}</p>`}</section>
${d.notes.length ? `<section><h2>${esc(t(lang, "notes"))}</h2><ul>${d.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul></section>` : ""}
</main></body></html>
`;
}
