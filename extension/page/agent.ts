import type { EntityType } from "@tuomin/core";
import { PageScanner } from "./dom-scanner.js";
import { isTable, tableOf } from "./tables.js";
import type { ShadowOf } from "./dom-walk.js";
import { editFields, type FieldChange } from "./field-editor.js";
import { Highlighter } from "./highlighter.js";
import { Incremental } from "./incremental.js";
import { summarize, type FindingSummary } from "./page-finding.js";
import { ViewMask } from "./view-mask.js";

export interface PageStatus {
  url: string;
  title: string;
  /** the initial scan is still running */
  scanning: boolean;
  initialMs: number | null;
  total: number;
  counts: Partial<Record<EntityType, number>>;
  /** up to PER_TYPE findings per type, masked */
  findings: FindingSummary[];
  fields: number;
  masked: boolean;
  highlighted: boolean;
  pending: number;
}

const PER_TYPE = 200;

/**
 * Everything the extension does inside a page, behind one object: scan (at once, then incrementally),
 * highlight, mask the view, edit fields. The side panel reaches it through the background's messages.
 */
export class PageAgent {
  readonly scanner: PageScanner;
  readonly view = new ViewMask();
  readonly highlighter: Highlighter;
  readonly incremental: Incremental;
  private initial: Promise<void> | null = null;
  private initialMs: number | null = null;
  private scanning = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: { shadowOf?: ShadowOf; sliceMs?: number } = {},
  ) {
    this.scanner = new PageScanner({ shadowOf: opts.shadowOf });
    this.highlighter = new Highlighter(doc);
    this.highlighter.piecesOf = (f) => this.view.piecesOf(f);
    this.incremental = new Incremental(this.scanner, this.view, (added) => this.highlighter.add(added));
  }

  /** The first scan of the page, in slices that yield to the page between them; then watch for changes. */
  start(): Promise<void> {
    this.initial ??= this.runInitial();
    return this.initial;
  }

  private async runInitial(): Promise<void> {
    const t0 = performance.now();
    this.scanning = true;
    const roots: (Document | ShadowRoot)[] = [this.doc];
    this.incremental.observe(this.doc);
    // watch the shadow roots and same-origin frames the scan goes into
    this.scanner.onRoot = (r) => {
      roots.push(r);
      this.incremental.observe(r);
    };
    // the body's children are scanned one by one, yielding every sliceMs so the page never freezes
    const units = this.units();
    const slice = this.opts.sliceMs ?? 40;
    let until = performance.now() + slice;
    const breathe = async () => {
      if (performance.now() > until) {
        await yieldToPage();
        until = performance.now() + slice;
      }
    };
    for (const u of units) {
      if (
        u.nodeType === 1 &&
        isTable(u as Element) &&
        !((u as Element).parentElement && tableOf((u as Element).parentElement!))
      ) {
        // a big table is scanned a few hundred rows at a time
        const rows = this.scanner.beginTable(u as Element);
        for (let i = 0; i < rows.length; i += 200) {
          this.scanner.pushRows(u as Element, rows.slice(i, i + 200));
          await breathe();
        }
        this.scanner.endTable(u as Element);
      } else this.scanner.scanSubtree(u);
      await breathe();
    }
    for (const r of roots) this.incremental.observe(r);
    this.initialMs = performance.now() - t0;
    this.scanning = false;
  }

  /** Work units of the initial scan: large containers split into their children, rows of big tables in groups. */
  private units(): Node[] {
    const body = this.doc.body;
    if (!body) return [this.doc.documentElement];
    const out: Node[] = [];
    const split = (el: Element, depth: number) => {
      if (depth > 3 || el.childNodes.length < 8 || el.tagName === "TABLE" || el.getAttribute("role") === "grid") {
        out.push(el);
        return;
      }
      for (const c of Array.from(el.childNodes)) {
        if (c.nodeType === 1) split(c as Element, depth + 1);
        else out.push(c);
      }
    };
    for (const c of Array.from(body.childNodes)) {
      if (c.nodeType === 1) split(c as Element, 0);
      else out.push(c);
    }
    return out;
  }

  status(): PageStatus {
    const live = this.scanner.live();
    const counts: Partial<Record<EntityType, number>> = {};
    const findings: FindingSummary[] = [];
    const shown: Partial<Record<EntityType, number>> = {};
    let fields = 0;
    for (const f of live) {
      counts[f.type] = (counts[f.type] ?? 0) + 1;
      if (f.kind !== "text") fields++;
      if ((shown[f.type] = (shown[f.type] ?? 0) + 1) <= PER_TYPE) findings.push(summarize(f));
    }
    return {
      url: this.doc.location?.href ?? "",
      title: this.doc.title,
      scanning: this.scanning,
      initialMs: this.initialMs,
      total: live.length,
      counts,
      findings,
      fields,
      masked: this.view.active,
      highlighted: this.highlighter.active,
      pending: this.incremental.pending,
    };
  }

  async scan(): Promise<PageStatus> {
    await this.start();
    this.incremental.flush();
    return this.status();
  }

  highlight(on: boolean): PageStatus {
    if (on) this.highlighter.show(this.scanner.live());
    else this.highlighter.clear();
    return this.status();
  }

  maskView(): PageStatus {
    this.incremental.flush();
    this.view.mask(this.scanner.live());
    this.repaint();
    return this.status();
  }
  restoreView(): PageStatus {
    this.view.restore();
    this.repaint();
    return this.status();
  }

  /** The text moved (masked or restored): paint the highlights where it is now. */
  private repaint(): void {
    if (this.highlighter.active) this.highlighter.show(this.scanner.live());
  }

  /** Mask or clear the personal data in the page's form fields; returns the changes for the log. */
  editFields(mode: "mask" | "clear"): FieldChange[] {
    this.incremental.flush();
    const changes = editFields(this.scanner.live(), mode, this.doc.location?.href ?? "");
    this.incremental.flush();
    return changes;
  }

  reveal(id: number): boolean {
    const f = this.scanner.findings.get(id);
    if (!f || !f.node.isConnected) return false;
    this.highlighter.flash(f);
    return true;
  }
}

/** Let the page run (input, rendering) between slices: a message-channel task, which setTimeout's 4 ms clamp does not delay. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(0);
  });
}

export type AgentApi = Pick<
  PageAgent,
  "status" | "scan" | "highlight" | "maskView" | "restoreView" | "editFields" | "reveal"
>;
