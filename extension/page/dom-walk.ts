/** Walking a page the way the scanner needs: into open and closed shadow roots and same-origin iframes. */

const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "OBJECT",
  "EMBED",
  "HEAD",
  "META",
  "LINK",
]);

/** Elements the scanner leaves alone: scripts, styles, and anything marked as Tuomin's own UI. */
export function skipped(el: Element): boolean {
  return SKIP.has(el.tagName.toUpperCase()) || el.hasAttribute("data-tuomin-ui");
}

export type ShadowOf = (el: Element) => ShadowRoot | null;

/** The element's shadow root: open ones directly, closed ones through the given accessor (the extension's). */
export const openShadow: ShadowOf = (el) => (el as HTMLElement).shadowRoot ?? null;

/** A same-origin iframe's document (null for a cross-origin one). */
export function frameDocument(el: Element): Document | null {
  if (el.tagName !== "IFRAME" && el.tagName !== "FRAME") return null;
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

/**
 * Every text node and every element under `root` (elements first, then their content), descending into
 * shadow roots and same-origin iframes, leaving out what `skipped` or `reject` refuse (with their subtrees).
 */
export function walk(
  root: Node,
  visit: {
    reject?: (el: Element) => boolean;
    element?: (el: Element) => void;
    text?: (t: Text) => void;
    root?: (r: ShadowRoot | Document) => void;
  },
  shadowOf: ShadowOf = openShadow,
): void {
  const stack: Node[] = [root];
  /** an element seen: tell the visitor, and queue its shadow root and its frame's document */
  const enter = (el: Element) => {
    visit.element?.(el);
    const shadow = shadowOf(el);
    if (shadow) {
      stack.push(shadow);
      visit.root?.(shadow);
    }
    const frame = frameDocument(el);
    if (frame?.body) {
      stack.push(frame.body);
      visit.root?.(frame);
    }
  };
  // the root element itself: it may be a shadow host or an iframe
  if (root.nodeType === 1 && !skipped(root as Element)) enter(root as Element);
  while (stack.length) {
    const top = stack.pop()!;
    const doc = top.ownerDocument ?? (top as Document);
    const tw = doc.createTreeWalker(top, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (n) =>
        n.nodeType === 1 && n !== top && (skipped(n as Element) || visit.reject?.(n as Element))
          ? 2 /* FILTER_REJECT */
          : 1 /* FILTER_ACCEPT */,
    });
    for (
      let n: Node | null = tw.currentNode === top && top.nodeType === 3 ? top : tw.nextNode();
      n;
      n = tw.nextNode()
    ) {
      if (n.nodeType === 3) {
        visit.text?.(n as Text);
        continue;
      }
      enter(n as Element);
    }
  }
}
