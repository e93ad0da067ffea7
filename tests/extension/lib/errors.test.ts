import { describe, expect, it } from "vitest";
import { classifyError, PANEL_ERROR_CODES, PanelError } from "../../../extension/lib/errors";
import { RESOURCES } from "../../../extension/lib/i18n";

describe("extension errors: a code from the background, words from the panel", () => {
  // prettier-ignore
  const cases: [thrown: unknown, code: string][] = [
    [new Error("Cannot access a chrome:// URL"), "page_unreachable"],
    [new Error("Cannot access contents of url \"https://chromewebstore.google.com/\". Extension manifest must request permission to access this host."), "page_unreachable"],
    [new Error("The extensions gallery cannot be scripted."), "page_unreachable"],
    [new Error("Missing host permission for the tab"), "page_unreachable"],
    [new Error("No tab with id: 42."), "tab_gone"],
    [new Error("Frame with ID 0 was removed."), "tab_gone"],
    [new PanelError("no_permission", { origin: "https://crm.example.cn" }), "no_permission"],
    [new PanelError("no_tab"), "no_tab"],
    [new TypeError("x is undefined"), "internal"],
    ["a thrown string", "internal"],
  ];
  it.each(cases)("%s → %s", (thrown, code) => {
    expect(classifyError(thrown).code).toBe(code);
  });

  it("keeps the origin of a refused site and the text of our own bugs", () => {
    expect(classifyError(new PanelError("no_permission", { origin: "https://crm.example.cn" })).values).toEqual({
      origin: "https://crm.example.cn",
    });
    expect(classifyError(new TypeError("x is undefined")).values).toEqual({ detail: "x is undefined" });
  });

  it.each(["zh", "en"] as const)("every code has a message in %s, naming the values it is given", (lang) => {
    const words = RESOURCES[lang].translation.errors as Record<string, string>;
    for (const code of PANEL_ERROR_CODES) expect(words[code], code).toMatch(/\S/);
    expect(words.no_permission).toContain("{{origin}}");
    expect(words.internal).toContain("{{detail}}");
    expect(Object.keys(words).sort()).toEqual([...PANEL_ERROR_CODES].sort());
  });
});

describe("the side panel's words", () => {
  const keysOf = (o: object, at = ""): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keysOf(v, `${at}${k}.`) : [`${at}${k}`]));
  const valueAt = (o: object, key: string) =>
    key.split(".").reduce<unknown>((x, k) => (x as Record<string, unknown>)[k], o) as string;
  const varsOf = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it("exist in both languages with the same keys", () => {
    expect(keysOf(RESOURCES.en.translation)).toEqual(keysOf(RESOURCES.zh.translation));
  });
  it.each(keysOf(RESOURCES.zh.translation))("%s fills in the same values in zh and en", (key) => {
    expect(varsOf(valueAt(RESOURCES.en.translation, key))).toEqual(varsOf(valueAt(RESOURCES.zh.translation, key)));
  });
});
