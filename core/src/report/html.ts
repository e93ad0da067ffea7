import { ENTITY_INFO, SENSITIVITY_ORDER, type Sensitivity } from "../model/entity-type.js";
import { maskValue } from "../operators/mask.js";
import type { FileResult } from "./file-result.js";
import { flagName, htmlLang, locationName, noteText, sensitivityName, t, typeName, type Lang } from "./i18n.js";
import { TOOL_VERSION } from "./version.js";
import { DIGEST_SAMPLE, newDigest, type FindingDigest } from "./digest.js";

/** Escape text for HTML element content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
const esc = escapeHtml;
const COLORS: Record<Sensitivity, string> = { sensitive: "#c2410c", personal: "#2563eb", organization: "#6b7280" };
const MAX_ROWS = DIGEST_SAMPLE;

/** A horizontal bar chart as inline SVG (no script, no network). */
function barChart(items: { label: string; value: number; color: string }[], title: string): string {
  if (!items.length) return "";
  const max = Math.max(...items.map((i) => i.value));
  const rowH = 26,
    labelW = 190,
    barW = 420,
    h = items.length * rowH + 8;
  const bars = items
    .map((it, k) => {
      const w = Math.max(2, Math.round((it.value / max) * barW));
      const y = k * rowH + 4;
      return (
        `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${esc(it.label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 10}" rx="3" fill="${it.color}"/>` +
        `<text x="${labelW + w + 6}" y="${y + 17}" class="v">${it.value}</text>`
      );
    })
    .join("");
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 70} ${h}" width="100%">${bars}</svg></figure>`;
}

/** Sensitive / personal / organization as one stacked bar with a legend. */
function stackedBar(counts: Record<Sensitivity, number>, lang: Lang, title: string): string {
  const total = counts.sensitive + counts.personal + counts.organization;
  if (!total) return "";
  let x = 0;
  const parts = (["sensitive", "personal", "organization"] as const)
    .map((s) => {
      const w = (counts[s] / total) * 600;
      const r = counts[s] ? `<rect x="${x}" y="0" width="${w}" height="34" fill="${COLORS[s]}"/>` : "";
      x += w;
      return r;
    })
    .join("");
  const legend = (["sensitive", "personal", "organization"] as const)
    .map(
      (s) =>
        `<span class="lg"><i style="background:${COLORS[s]}"></i>${esc(sensitivityName(lang, s))} ${counts[s]} (${Math.round((counts[s] / total) * 100)}%)</span>`,
    )
    .join("");
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" viewBox="0 0 600 34" width="100%" preserveAspectRatio="none">${parts}</svg><div>${legend}</div></figure>`;
}

/** The self-contained HTML report of `tuomin scan --report`. */
export function renderHtml(results: readonly FileResult[], opts: { lang: Lang; reveal?: boolean; now?: Date }): string {
  const { lang } = opts;
  const total: FindingDigest = newDigest();
  const bySheet = new Map<string, number>();
  for (const r of results) {
    if (!r.digest) continue;
    const d = r.digest;
    total.total += d.total;
    total.inHiddenSheets += d.inHiddenSheets;
    for (const k of ["sensitive", "personal", "organization"] as const) total.bySensitivity[k] += d.bySensitivity[k];
    for (const [ty, n] of d.byType) total.byType.set(ty, (total.byType.get(ty) ?? 0) + n);
    const file = r.path.split(/[\\/]/).pop();
    for (const [sheet, n] of d.bySheet) {
      const key = results.length > 1 ? `${file}${sheet ? " · " + sheet : ""}` : sheet || file!;
      bySheet.set(key, (bySheet.get(key) ?? 0) + n);
    }
    for (const [loc, n] of d.byLocation)
      if (loc !== "value") {
        const key = `${results.length > 1 ? file + " · " : ""}${locationName(lang, loc)}`;
        bySheet.set(key, (bySheet.get(key) ?? 0) + n);
      }
  }
  const counts = total.bySensitivity;
  const typeItems = [...total.byType]
    .sort((a, b) => b[1] - a[1])
    .map(([ty, n]) => ({ label: typeName(lang, ty), value: n, color: COLORS[ENTITY_INFO[ty].sensitivity] }));
  const sheetItems = [...bySheet]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([label, value]) => ({ label, value, color: "#0f766e" }));

  const fileSections = results
    .map((r) => {
      if (!r.digest || !r.sheets)
        return `<section class="file"><h2>${esc(r.path)}</h2><p class="err">${esc(t(lang, "errors"))}: ${esc(r.error ?? "")}</p></section>`;
      const d = r.digest;
      const sheets = r.sheets
        .filter((sh) => sh.columns.length || r.format === "xlsx" || r.format === "xlsm")
        .map((sh) => {
          const cols = [...sh.columns]
            .sort(
              (a, b) =>
                SENSITIVITY_ORDER[ENTITY_INFO[a.type].sensitivity] -
                  SENSITIVITY_ORDER[ENTITY_INFO[b.type].sensitivity] ||
                a.column.length - b.column.length ||
                a.column.localeCompare(b.column),
            )
            .map(
              (c) =>
                `<tr><td>${esc(c.column)}</td><td>${esc(c.header ?? "")}</td><td><span class="tag ${ENTITY_INFO[c.type].sensitivity}">${esc(typeName(lang, c.type))}</span></td><td class="n">${c.findings}</td><td class="n">${c.confidence.toFixed(2)}</td></tr>`,
            )
            .join("");
          const name = sh.name ? `${esc(t(lang, "sheet"))}「${esc(sh.name)}」` : esc(t(lang, "file"));
          return (
            `<h3>${name}${sh.hidden ? ` <span class="badge">${esc(t(lang, "hidden"))}</span>` : ""} <small>${sh.rows} ${esc(t(lang, "rows"))}</small></h3>` +
            (cols
              ? `<table><thead><tr><th>${esc(t(lang, "column"))}</th><th>${esc(t(lang, "header"))}</th><th>${esc(t(lang, "type"))}</th><th class="n">${esc(t(lang, "count"))}</th><th class="n">${esc(t(lang, "confidence"))}</th></tr></thead><tbody>${cols}</tbody></table>`
              : "")
          );
        })
        .join("");
      const rows = d.sample
        .slice(0, MAX_ROWS)
        .map(
          (f) =>
            `<tr><td>${esc(f.sheet ?? "")}</td><td>${esc(f.cell ?? "")}</td><td>${esc(locationName(lang, f.location))}${f.part ? `<br><small>${esc(f.part)}</small>` : ""}</td><td><span class="tag ${f.sensitivity}">${esc(typeName(lang, f.type))}</span></td><td class="mono">${esc(maskValue(f.type, f.text))}${opts.reveal ? `<br><small>${esc(f.text)}</small>` : ""}</td><td class="n">${f.confidence.toFixed(2)}</td><td>${f.flags.map((g) => esc(flagName(lang, g))).join(", ")}</td></tr>`,
        )
        .join("");
      const c = d.bySensitivity;
      return (
        `<section class="file"><h2>${esc(r.path)} <small>${r.format}</small></h2>` +
        `<p>${esc(d.total ? t(lang, "summaryLine", { n: d.total, s: c.sensitive, p: c.personal, o: c.organization }) : t(lang, "noFindings"))}</p>` +
        sheets +
        (r.notes.length
          ? `<ul class="notes">${r.notes.map((n) => `<li>${esc(noteText(lang, n))}</li>`).join("")}</ul>`
          : "") +
        (rows
          ? `<details${d.total <= 200 ? " open" : ""}><summary>${esc(t(lang, "findings"))} (${d.total})</summary>` +
            (d.total > d.sample.length ? `<p>${esc(t(lang, "truncated", { n: d.sample.length }))}</p>` : "") +
            `<table><thead><tr><th>${esc(t(lang, "sheet"))}</th><th>${esc(t(lang, "cell"))}</th><th>${esc(t(lang, "location"))}</th><th>${esc(t(lang, "type"))}</th><th>${esc(t(lang, "preview"))}</th><th>${esc(t(lang, "confidence"))}</th><th>${esc(t(lang, "flags"))}</th></tr></thead><tbody>${rows}</tbody></table></details>`
          : "") +
        `</section>`
      );
    })
    .join("");

  const when = (opts.now ?? new Date()).toISOString().replace("T", " ").slice(0, 19) + " UTC";
  const title = `${t(lang, "report")} — ${t(lang, "product")}`;
  return `<!doctype html>
<html lang="${htmlLang(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:0;color:#1f2937;background:#f8fafc}
header{background:#0f172a;color:#fff;padding:20px 32px}header h1{margin:0;font-size:22px}header p{margin:6px 0 0;color:#cbd5e1;font-size:13px}
main{padding:20px 32px;max-width:1100px}
.cards{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:16px}.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 16px;min-width:150px}
.card b{display:block;font-size:26px}.card span{font-size:13px;color:#475569}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}figure{background:#fff;border:1px solid #e2e8f0;border-radius:8px;margin:0 0 16px;padding:12px 16px}
figcaption{font-weight:600;margin-bottom:8px}svg text{font-size:13px;fill:#334155}svg text.v{fill:#0f172a;font-weight:600}
.lg{display:inline-flex;align-items:center;margin:8px 16px 0 0;font-size:13px}.lg i{width:12px;height:12px;border-radius:2px;margin-right:6px;display:inline-block}
section.file{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 20px;margin-bottom:16px}h2{font-size:17px;word-break:break-all}h2 small,h3 small{color:#64748b;font-weight:400}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}th,td{border-bottom:1px solid #e5e7eb;padding:5px 8px;text-align:left;vertical-align:top}th{background:#f1f5f9}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.mono{font-family:ui-monospace,Menlo,Consolas,monospace}
.tag{border-radius:10px;padding:1px 8px;color:#fff;font-size:12px;white-space:nowrap}.tag.sensitive{background:${COLORS.sensitive}}.tag.personal{background:${COLORS.personal}}.tag.organization{background:${COLORS.organization}}
.badge{background:#fde68a;color:#92400e;border-radius:4px;padding:1px 6px;font-size:12px}.err{color:#b91c1c}.warn{background:#fef3c7;padding:8px 12px;border-radius:6px}
.notes{font-size:13px;color:#475569}
@media (max-width:800px){.charts{grid-template-columns:1fr}}
</style></head><body>
<header><h1>${esc(title)}</h1><p>${esc(t(lang, "generated"))}: ${when} · tuomin ${TOOL_VERSION} · ${results.length} ${esc(t(lang, "files"))}</p></header>
<main>
${opts.reveal ? `<p class="warn">${esc(t(lang, "rawWarning"))}</p>` : ""}
<div class="cards">
<div class="card"><b>${total.total}</b><span>${esc(t(lang, "findings"))}</span></div>
<div class="card"><b style="color:${COLORS.sensitive}">${counts.sensitive}</b><span>${esc(sensitivityName(lang, "sensitive"))}</span></div>
<div class="card"><b style="color:${COLORS.personal}">${counts.personal}</b><span>${esc(sensitivityName(lang, "personal"))}</span></div>
<div class="card"><b style="color:${COLORS.organization}">${counts.organization}</b><span>${esc(sensitivityName(lang, "organization"))}</span></div>
<div class="card"><b>${total.inHiddenSheets}</b><span>${esc(t(lang, "inHidden"))}</span></div>
</div>
${stackedBar(counts, lang, t(lang, "bySensitivity"))}
<div class="charts">${barChart(typeItems, t(lang, "byType"))}${barChart(sheetItems, t(lang, "bySheet"))}</div>
${fileSections}
</main></body></html>
`;
}
