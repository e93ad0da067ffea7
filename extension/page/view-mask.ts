import type { TextFinding } from "./dom-scanner.js";
import { previewOf, type FieldElement, type PageFinding } from "./page-finding.js";

/**
 * Masks what the page shows (for screen sharing and spot checks) and puts it back. Text nodes get the
 * masked text; form fields are hidden with text-security dots (their values are never changed, so nothing
 * masked can be saved by accident). Originals stay in this map, in the page's memory, and nowhere else.
 */
export class ViewMask {
  private readonly texts = new Map<Text, string>();
  private readonly fields = new Map<FieldElement, string>();
  /** what we wrote into each node: mutations that show exactly this are ours, not the page's */
  readonly written = new WeakMap<Node, string>();
  private on = false;

  get active(): boolean { return this.on; }

  /** Mask these findings now; while active, `maskMore` masks findings of content that renders later. */
  mask(findings: readonly PageFinding[]): number {
    this.on = true;
    return this.maskMore(findings);
  }

  maskMore(findings: readonly PageFinding[]): number {
    if (!this.on) return 0;
    let n = 0;
    const byNode = new Map<Text, { start: number; end: number; with: string }[]>();
    for (const f of findings) {
      if (f.kind === "field") { n += this.hideField(f.node as FieldElement); continue; }
      const pieces = (f as TextFinding).pieces ?? [];
      let k = 0;
      for (const [i, p] of pieces.entries()) {
        const len = p.end - p.start;
        const preview = previewOf(f);
        const part = i === pieces.length - 1 ? preview.slice(k) : preview.slice(k, k + len);
        k += len;
        let list = byNode.get(p.node);
        if (!list) byNode.set(p.node, (list = []));
        list.push({ start: p.start, end: p.end, with: part });
      }
      n++;
    }
    for (const [node, edits] of byNode) {
      if (!this.texts.has(node)) this.texts.set(node, node.data);
      let data = this.texts.get(node)!;
      for (const e of edits.sort((a, b) => b.start - a.start)) data = data.slice(0, e.start) + e.with + data.slice(e.end);
      this.written.set(node, data);
      node.data = data;
    }
    return n;
  }

  private hideField(el: FieldElement): number {
    if (this.fields.has(el)) return 0;
    const style = (el as HTMLElement).style as CSSStyleDeclaration & { webkitTextSecurity?: string };
    this.fields.set(el, style.getPropertyValue("-webkit-text-security"));
    style.setProperty("-webkit-text-security", "disc");
    return 1;
  }

  /** Put back every original. */
  restore(): number {
    let n = 0;
    for (const [node, original] of this.texts) { this.written.set(node, original); node.data = original; n++; }
    for (const [el, prev] of this.fields) { const st = (el as HTMLElement).style; if (prev) st.setProperty("-webkit-text-security", prev); else st.removeProperty("-webkit-text-security"); n++; }
    this.texts.clear();
    this.fields.clear();
    this.on = false;
    return n;
  }

  /** The page replaced a masked node's text (a recycled grid row): forget its original. */
  replacedByPage(node: Text): void { this.texts.delete(node); }

  isOurs(node: Node): boolean {
    return node.nodeType === 3 && this.written.get(node) === (node as Text).data;
  }
}
