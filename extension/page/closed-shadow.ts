import type { ShadowOf } from "./dom-walk.js";

/**
 * Closed shadow roots are reachable only through the extension API chrome.dom.openOrClosedShadowRoot,
 * which content scripts have; this is the one place in the page code that touches chrome.*.
 */
export function shadowAccessor(): ShadowOf {
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } } })
    .chrome?.dom?.openOrClosedShadowRoot;
  return (el) => {
    const open = (el as HTMLElement).shadowRoot;
    if (open) return open;
    if (!api || !el.tagName.includes("-")) return null; // only custom elements can hold closed roots worth finding
    try {
      return api(el as HTMLElement) ?? null;
    } catch {
      return null;
    }
  };
}
