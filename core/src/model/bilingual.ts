/** The two languages Tuomin speaks: Simplified Chinese first, English second. */
export type Lang = "zh" | "en";

/** A text in both languages, zh-CN first; `{name}` marks a value filled in by `pick`. */
export type Bilingual = readonly [zh: string, en: string];

/** The one way every host picks a bilingual text and fills in its `{name}` values (unknown names stay as written). */
export function pick(lang: Lang, text: Bilingual, vars: Record<string, string | number> = {}): string {
  return text[lang === "zh" ? 0 : 1].replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
