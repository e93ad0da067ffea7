import type { Piece, TextFinding } from "./dom-scanner.js";
import { previewOf, type FieldElement, type PageFinding } from "./page-finding.js";

/**
 * Masks what the page shows (for screen sharing and spot checks) and puts it back. Text nodes get the
 * masked text; form fields are hidden with text-security dots (their values are never changed, so nothing
 * masked can be saved by accident). Originals stay in this map, in the page's memory, and nowhere else.
 */
export class ViewMask {
  private readonly texts = new Map<Text, string>();
  /** the replacements made in each masked text node */
  private readonly edits = new Map<
    Text,
    { start: number; end: number; with: string; finding: PageFinding; piece: number }[]
  >();
  /** each masked finding's pieces in the masked text */
  private readonly shown = new Map<PageFinding, Piece[]>();
  private readonly fields = new Map<FieldElement, string>();
  /** what we wrote into each node: mutations that show exactly this are ours, not the page's */
  readonly written = new WeakMap<Node, string>();
  private on = false;

  get active(): boolean {
    return this.on;
  }

  /** Mask these findings now; while active, `maskMore` masks findings of content that renders later. */
  mask(findings: readonly PageFinding[]): number {
    this.on = true;
    return this.maskMore(findings);
  }

  maskMore(findings: readonly PageFinding[]): number {
    if (!this.on) return 0;
    let n = 0;
    const touched = new Set<Text>();
    for (const f of findings) {
      if (f.kind === "field") {
        n += this.hideField(f.node as FieldElement);
        continue;
      }
      const pieces = (f as TextFinding).pieces ?? [];
      const preview = previewOf(f);
      let k = 0;
      pieces.forEach((p, i) => {
        const len = p.end - p.start;
        const part = i === pieces.length - 1 ? preview.slice(k) : preview.slice(k, k + len);
        k += len;
        if (!this.texts.has(p.node)) this.texts.set(p.node, p.node.data);
        let list = this.edits.get(p.node);
        if (!list) this.edits.set(p.node, (list = []));
        const at = list.findIndex((e) => e.start === p.start);
        const edit = { start: p.start, end: p.end, with: part, finding: f, piece: i };
        if (at >= 0) list[at] = edit;
        else list.push(edit);
        touched.add(p.node);
      });
      n++;
    }
    for (const node of touched) this.render(node);
    return n;
  }

  /** Write a node's masked text: its original with every edit, and where each masked piece now sits. */
  private render(node: Text): void {
    const original = this.texts.get(node)!;
    const edits = this.edits.get(node)!.sort((a, b) => a.start - b.start);
    let data = "",
      from = 0;
    for (const e of edits) {
      if (e.start < from) continue; // overlapping pieces: the first wins
      data += original.slice(from, e.start);
      const start = data.length;
      data += e.with;
      let shown = this.shown.get(e.finding);
      if (!shown) this.shown.set(e.finding, (shown = []));
      shown[e.piece] = { node, start, end: data.length };
      from = e.end;
    }
    data += original.slice(from);
    this.written.set(node, data);
    node.data = data;
  }

  /** Where a finding's masked text sits while the view is masked (for highlighting it). */
  piecesOf(f: PageFinding): Piece[] | undefined {
    return this.on ? this.shown.get(f) : undefined;
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
    for (const [node, original] of this.texts) {
      this.written.set(node, original);
      node.data = original;
      n++;
    }
    for (const [el, prev] of this.fields) {
      const st = (el as HTMLElement).style;
      if (prev) st.setProperty("-webkit-text-security", prev);
      else st.removeProperty("-webkit-text-security");
      n++;
    }
    this.texts.clear();
    this.edits.clear();
    this.shown.clear();
    this.fields.clear();
    this.on = false;
    return n;
  }

  /** The page replaced a masked node's text (a recycled grid row): forget its original. */
  replacedByPage(node: Text): void {
    this.texts.delete(node);
    for (const e of this.edits.get(node) ?? []) this.shown.delete(e.finding);
    this.edits.delete(node);
  }

  isOurs(node: Node): boolean {
    return node.nodeType === 3 && this.written.get(node) === (node as Text).data;
  }
}
