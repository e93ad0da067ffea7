import type { FieldElement } from "./page-finding.js";

const TEXT_INPUTS = new Set(["", "text", "tel", "email", "search", "number", "url"]);

/** Inputs, textareas and selects whose values may hold personal data (not passwords, not hidden). */
export function isField(el: Element): boolean {
  if (el.tagName === "TEXTAREA" || el.tagName === "SELECT") return true;
  return el.tagName === "INPUT" && TEXT_INPUTS.has(((el as HTMLInputElement).getAttribute("type") ?? "").toLowerCase());
}

export function fieldValue(el: FieldElement): string {
  if (el.tagName === "SELECT") {
    const s = el as HTMLSelectElement;
    return s.selectedIndex >= 0 ? (s.options[s.selectedIndex]?.text ?? "") : "";
  }
  return (el as HTMLInputElement).value ?? "";
}

const short = (s: string | null | undefined): string | null => {
  const t = (s ?? "")
    .replace(/\s+/g, " ")
    .replace(/[::*]\s*$/, "")
    .trim();
  // a label is a few words, never a value: no runs of digits
  return t && t.length <= 16 && !/\d{4}/.test(t) ? t : null;
};

/** A field's label: <label for>, an enclosing <label>, aria-label(ledby), placeholder, name, the text before it. */
export function fieldLabel(el: Element): string | null {
  const doc = el.ownerDocument;
  const id = el.getAttribute("id");
  if (id) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const l =
      root.querySelector?.(`label[for="${CSS.escape(id)}"]`) ?? doc.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (l) return short(l.textContent);
  }
  const wrap = el.closest("label");
  if (wrap)
    return (
      short(
        Array.from(wrap.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent)
          .join(" "),
      ) ?? short(wrap.textContent)
    );
  const aria = el.getAttribute("aria-label");
  if (aria) return short(aria);
  const by = el.getAttribute("aria-labelledby");
  if (by)
    return short(
      by
        .split(/\s+/)
        .map((x) => doc.getElementById(x)?.textContent ?? "")
        .join(" "),
    );
  return short(el.getAttribute("placeholder")) ?? short(previousText(el)) ?? short(el.getAttribute("name"));
}

/** The label a text node sits beside: "手机:" in <span>手机:</span><span>139…</span>, <dt> before <dd>. */
export function textLabel(t: Text): string | null {
  const parent = t.parentElement;
  if (!parent) return null;
  const prev = t.previousSibling;
  if (prev && prev.nodeType === 1) {
    const s = short(prev.textContent);
    if (s) return s;
  }
  return short(previousText(parent));
}

function previousText(el: Element): string | null {
  for (let p = el.previousElementSibling, k = 0; p && k < 2; p = p.previousElementSibling, k++) {
    const s = (p.textContent ?? "").trim();
    if (s) return s;
  }
  return null;
}
