import type { Piece, TextFinding } from "./dom-scanner.js";
import type { PageFinding } from "./page-finding.js";

/**
 * Highlights with the CSS Custom Highlight API: ranges painted by a constructed style sheet, so the page's
 * DOM is not touched. Form fields cannot hold ranges: they get an outline through the same sheet.
 */
export class Highlighter {
  private sheet: CSSStyleSheet | null = null;
  private on = false;

  constructor(private readonly doc: Document) {}

  get active(): boolean {
    return this.on;
  }

  private ensureSheet(): void {
    if (this.sheet || typeof CSSStyleSheet === "undefined") return;
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(
      "::highlight(tuomin) { background-color: rgba(255, 196, 0, 0.45); }\n" +
        "::highlight(tuomin-sensitive) { background-color: rgba(232, 17, 35, 0.28); }\n" +
        "::highlight(tuomin-flash) { background-color: rgba(0, 120, 212, 0.55); color: white; }",
    );
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
  }

  /** Where a finding's text is now, when something (the masked view) moved it; default: where it was found. */
  piecesOf: (f: PageFinding) => Piece[] | undefined = () => undefined;

  /** Paint these findings (replacing what was painted). */
  show(findings: readonly PageFinding[]): void {
    const reg = registry(this.doc);
    if (!reg) return;
    this.ensureSheet();
    const normal = new Highlight(),
      sensitive = new Highlight();
    for (const f of findings)
      for (const r of rangesOf(f, this.doc, this.piecesOf(f))) (isSensitive(f) ? sensitive : normal).add(r);
    reg.set("tuomin", normal);
    reg.set("tuomin-sensitive", sensitive);
    this.on = true;
  }

  /** Add findings to what is painted (content scanned after the page loaded). */
  add(findings: readonly PageFinding[]): void {
    const reg = registry(this.doc);
    if (!reg || !this.on) return;
    for (const f of findings)
      for (const r of rangesOf(f, this.doc, this.piecesOf(f)))
        (reg.get(isSensitive(f) ? "tuomin-sensitive" : "tuomin") as Highlight | undefined)?.add(r);
  }

  clear(): void {
    const reg = registry(this.doc);
    reg?.delete("tuomin");
    reg?.delete("tuomin-sensitive");
    this.on = false;
  }

  /** Scroll a finding into view and flash it for a moment. */
  flash(f: PageFinding): void {
    const el = f.node.nodeType === 3 ? (f.node as Text).parentElement : (f.node as Element);
    el?.scrollIntoView?.({ block: "center", behavior: "instant" as ScrollBehavior });
    if (f.kind === "field") {
      (f.node as HTMLInputElement).focus?.();
      return;
    }
    const reg = registry(this.doc);
    if (!reg) return;
    this.ensureSheet();
    reg.set("tuomin-flash", new Highlight(...rangesOf(f, this.doc, this.piecesOf(f))));
    setTimeout(() => reg.delete("tuomin-flash"), 1500);
  }
}

const isSensitive = (f: PageFinding) =>
  f.type === "cn_resident_id" ||
  f.type === "bank_card" ||
  f.type === "passport" ||
  f.type === "hk_id" ||
  f.type === "tw_id" ||
  f.type === "mo_id";

function registry(doc: Document): HighlightRegistry | null {
  const css = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS;
  return css && "highlights" in css ? css.highlights : null;
}

function rangesOf(f: PageFinding, doc: Document, moved?: Piece[]): Range[] {
  const pieces = moved?.length ? moved : (f as TextFinding).pieces;
  if (!pieces?.length) return [];
  const r = doc.createRange();
  try {
    r.setStart(pieces[0].node, Math.min(pieces[0].start, pieces[0].node.data.length));
    const last = pieces[pieces.length - 1];
    r.setEnd(last.node, Math.min(last.end, last.node.data.length));
  } catch {
    return [];
  }
  return [r];
}
