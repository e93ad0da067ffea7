import type { PageScanner } from "./dom-scanner.js";
import type { PageFinding } from "./page-finding.js";
import type { ViewMask } from "./view-mask.js";

type Idle = (cb: (d: { timeRemaining(): number }) => void, opts?: { timeout: number }) => unknown;

/**
 * Keeps the findings current as the page changes (SPA navigation, infinite scroll, virtualized grids):
 * a MutationObserver queues only what was added or changed, and the queue is scanned in idle slices of a
 * few milliseconds (up to the idle deadline the browser gives) — never a full rescan, never a long task. Our own changes (the masked view) are
 * recognized and ignored.
 */
export class Incremental {
  private readonly queue: Node[] = [];
  private readonly queued = new Set<Node>();
  private scheduled = false;
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  /** findings added since the last batch was reported */
  private batch: PageFinding[] = [];

  constructor(
    private readonly scanner: PageScanner,
    private readonly view: ViewMask,
    private readonly onBatch: (added: PageFinding[]) => void,
    /** at most this long per slice, and never past the idle deadline the browser gives (≤ 50 ms) */
    private readonly budgetMs = 40,
  ) {}

  /** Watch a document or shadow root (the agent adds every shadow root and frame it finds). */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const win = (root.ownerDocument ?? (root as Document)).defaultView as (Window & typeof globalThis) | null;
    const MO = win?.MutationObserver ?? MutationObserver;
    const mo = new MO((records) => this.handle(records));
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(mo);
    root.addEventListener(
      "input",
      (e) => {
        const t = e.target as Node | null;
        if (t && t.nodeType === 1) this.enqueue(t);
      },
      true,
    );
  }

  stop(): void {
    for (const o of this.observers) o.disconnect();
    this.observers.length = 0;
  }

  /** Everything queued, scanned now (tests and the side panel's "scan" use it to settle). */
  flush(): PageFinding[] {
    while (this.queue.length) this.process(this.queue.shift()!);
    return this.report();
  }

  get pending(): number {
    return this.queue.length;
  }

  private handle(records: MutationRecord[]): void {
    for (const r of records) {
      if (r.type === "characterData") {
        if (this.view.isOurs(r.target)) continue;
        this.view.replacedByPage(r.target as Text);
        this.enqueue(r.target);
        continue;
      }
      for (const n of r.removedNodes) this.scanner.forget(n);
      for (const n of r.addedNodes) {
        if (n.nodeType === 3 && this.view.isOurs(n)) continue;
        if (n.nodeType === 1 && (n as Element).hasAttribute("data-tuomin-ui")) continue;
        this.enqueue(n);
      }
    }
  }

  private enqueue(n: Node): void {
    if (this.queued.has(n)) return;
    this.queued.add(n);
    this.queue.push(n);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const run = (d?: { timeRemaining(): number }) => {
      this.scheduled = false;
      const until = performance.now() + Math.min(this.budgetMs, d ? Math.max(1, d.timeRemaining()) : this.budgetMs);
      while (this.queue.length && performance.now() < until) this.process(this.queue.shift()!);
      this.report();
      if (this.queue.length) this.schedule();
    };
    if (idle) idle(run, { timeout: 250 });
    else setTimeout(run, 16);
  }

  private process(n: Node): void {
    this.queued.delete(n);
    if (!n.isConnected) return;
    const before = this.scanner.onFinding;
    this.scanner.onFinding = (f) => {
      this.batch.push(f);
      before?.(f);
    };
    try {
      this.scanner.rescan(n);
    } finally {
      this.scanner.onFinding = before;
    }
  }

  private report(): PageFinding[] {
    const b = this.batch;
    this.batch = [];
    if (b.length) {
      this.view.maskMore(b);
      this.onBatch(b);
    }
    return b;
  }
}
