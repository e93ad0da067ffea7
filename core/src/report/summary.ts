import { ENTITY_INFO, SENSITIVITY_ORDER } from "../model/entity-type.js";
import type { FileResult } from "./file-result.js";
import { locationName, noteText, t, typeName, type Lang } from "./i18n.js";

/** Terminal columns a string takes: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        c >= 0x20000)
        ? 2
        : 1;
  }
  return w;
}
const pad = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number): string => " ".repeat(Math.max(0, w - displayWidth(s))) + s;
const cut = (s: string, w: number): string => {
  let out = "";
  for (const ch of s) {
    if (displayWidth(out + ch) > w - 1) return out + "…";
    out += ch;
  }
  return out;
};

function table(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i]))));
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => (i === 3 ? padStart(c, widths[i]) : pad(c, widths[i])))
        .join("  ")
        .trimEnd(),
  );
}

/** The summary table `tuomin scan` prints: file → sheet → column (type, count, masked examples), then other places. */
export function renderSummary(results: readonly FileResult[], lang: Lang): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.digest || !r.sheets) continue;
    const d = r.digest;
    out.push(`${r.path} (${r.format})`);
    const isWorkbook = r.format === "xlsx" || r.format === "xlsm";
    for (const sheet of r.sheets) {
      const label = isWorkbook ? `${t(lang, "sheet")}「${sheet.name}」` : "";
      const hidden = sheet.hidden
        ? ` (${t(lang, "hidden")}${sheet.veryHidden ? "," + t(lang, "veryHidden") : ""})`
        : "";
      out.push(`  ${label}${hidden}${label ? " " : ""}${sheet.rows} ${t(lang, "rows")}`);
      if (!sheet.columns.length) continue;
      const cols = [...sheet.columns].sort(
        (a, b) =>
          SENSITIVITY_ORDER[ENTITY_INFO[a.type].sensitivity] - SENSITIVITY_ORDER[ENTITY_INFO[b.type].sensitivity] ||
          a.column.length - b.column.length ||
          a.column.localeCompare(b.column),
      );
      const rows = [[t(lang, "column"), t(lang, "header"), t(lang, "type"), t(lang, "count"), t(lang, "examples")]];
      for (const c of cols) {
        rows.push([
          c.column,
          cut(c.header ?? "", 16),
          typeName(lang, c.type),
          String(c.findings),
          (c.examples ?? []).join(", "),
        ]);
      }
      out.push(...table(rows, "    "));
    }
    if (r.format === "txt" && d.total) {
      out.push("  " + [...d.byType].map(([k, n]) => `${typeName(lang, k)} ${n}`).join(" · "));
    }
    const elsewhere = [...d.byLocation].filter(([l]) => l !== "value");
    if (elsewhere.length)
      out.push(
        `  ${t(lang, "otherPlaces")}: ${elsewhere.map(([l, n]) => `${locationName(lang, l)} ${n}`).join(" · ")}`,
      );
    for (const n of r.notes) out.push(`  ${t(lang, "notes")}: ${noteText(lang, n)}`);
    const c = d.bySensitivity;
    out.push(
      "  " +
        (d.total
          ? t(lang, "summaryLine", { n: d.total, s: c.sensitive, p: c.personal, o: c.organization })
          : t(lang, "noFindings")),
    );
    out.push("");
  }
  const ok = results.filter((r) => r.digest).length;
  out.push(`${t(lang, "scanned")} ${ok} ${t(lang, "files")}`);
  return out.join("\n");
}
