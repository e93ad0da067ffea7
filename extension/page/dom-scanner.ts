import { scanText, TableScanner, type Cell, type Finding } from "@tuomin/core";
import { openShadow, skipped, walk, type ShadowOf } from "./dom-walk.js";
import { fieldLabel, fieldValue, isField, textLabel } from "./labels.js";
import type { FieldElement, FindingKind, PageFinding } from "./page-finding.js";
import { cellsOf, cellText, columnOf, isHeaderRow, isRow, isTable, rowsOf, tableOf } from "./tables.js";

/** One piece of a finding in one text node (a value can span several: "<b>139</b>1234 5678"). */
export interface Piece {
  node: Text;
  start: number;
  end: number;
}
export type TextFinding = PageFinding & { pieces: Piece[] };

/** A row's cells by column index. */
type RowCells = Element[];

interface TableState {
  scanner: TableScanner;
  headers: string[];
  /** the cells of rows pushed but not yet scanned (before the columns are classified), by row number */
  pending: Map<number, RowCells>;
  current: RowCells | null;
  rows: number;
}

/**
 * Finds personal data in a page: text nodes, form fields and editable areas, table cells classified by
 * their column (the core's TableScanner: headers and a value sample decide what a column holds). It keeps
 * every finding with its node so the page can be highlighted, masked and edited, and scans added or
 * changed content on its own (`scanSubtree`, `rescan`) without scanning the page again.
 */
export class PageScanner {
  readonly findings = new Map<number, PageFinding>();
  private readonly byNode = new Map<Node, PageFinding[]>();
  private readonly tables = new WeakMap<Element, TableState>();
  private nextId = 1;
  private readonly shadowOf: ShadowOf;
  /** called for every finding as it is added */
  onFinding: ((f: PageFinding) => void) | null = null;
  /** called for every shadow root and same-origin frame document the scan goes into (to be observed) */
  onRoot: ((r: ShadowRoot | Document) => void) | null = null;

  constructor(opts: { shadowOf?: ShadowOf } = {}) {
    this.shadowOf = opts.shadowOf ?? openShadow;
  }

  /** Scan everything under `root` (the document at first, then content that was added). */
  scanSubtree(root: Node): void {
    if (root.nodeType === 3) {
      if (!root.parentElement?.closest("script,style,noscript,template,[data-tuomin-ui]"))
        this.scanTextNode(root as Text);
      return;
    }
    if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return;
    const el = root.nodeType === 1 ? (root as Element) : null;
    if (el && (skipped(el) || el.closest("script,style,noscript,template,[data-tuomin-ui]"))) return;
    // content added inside a known table: its rows go through that table's scanner
    const table = el ? (isTable(el) ? el : tableOf(el)) : null;
    if (el && table && table !== el && this.tables.has(table)) {
      this.scanTableContent(table, el);
      return;
    }
    if (el && isTable(el)) {
      this.scanTable(el);
      return;
    }
    if (el && isField(el)) {
      this.scanField(el as FieldElement);
      return;
    }
    // tables are left out of the walk and scanned whole by the table path, as the walk meets them
    const tables = new Set<Element>();
    walk(
      root,
      {
        reject: (e) => {
          if (!isTable(e)) return false;
          tables.add(e);
          return true;
        },
        element: (e) => {
          if (isField(e)) this.scanField(e as FieldElement);
        },
        text: (t) => this.scanTextNode(t),
        root: (r) => this.onRoot?.(r),
      },
      this.shadowOf,
    );
    for (const t of tables) this.scanTable(t);
  }

  /** Content of a node changed (a text node's data, a field's value, a recycled grid cell): scan it again. */
  rescan(node: Node): void {
    this.forget(node);
    if (node.nodeType === 3) {
      const cell = node.parentElement?.closest("td,th,[role=gridcell],[role=cell]");
      const table = cell ? tableOf(cell) : null;
      if (cell && table && this.tables.has(table)) {
        this.forget(cell);
        this.scanCell(table, cell);
        return;
      }
    }
    this.scanSubtree(node);
  }

  /** Drop the findings of a node and everything under it (removed or changed content). */
  forget(node: Node): void {
    if (this.byNode.size === 0) return;
    const drop = (n: Node) => {
      const list = this.byNode.get(n);
      if (!list) return;
      for (const f of list) this.findings.delete(f.id);
      this.byNode.delete(n);
    };
    drop(node);
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const doc = node.ownerDocument ?? (node as Document);
    const tw = doc.createTreeWalker(node, 0x1 | 0x4);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) drop(n);
  }

  /** Findings whose nodes are still in the page. */
  live(): PageFinding[] {
    const out: PageFinding[] = [];
    for (const f of this.findings.values()) {
      if (f.node.isConnected) out.push(f);
      else this.findings.delete(f.id);
    }
    return out;
  }

  findingsOf(node: Node): PageFinding[] {
    return this.byNode.get(node) ?? [];
  }

  // ---- text ------------------------------------------------------------------------------------------

  private scanTextNode(t: Text): void {
    const text = t.data;
    if (text.length < 2 || !/[\p{L}\p{N}]/u.test(text)) return;
    const parent = t.parentElement;
    if (!parent || FIELD_TEXT.has(parent.tagName)) return; // a textarea's or option's text is scanned as the field's value
    if (parent.closest("td,th,[role=gridcell],[role=cell]") && tableOf(parent) && this.tables.has(tableOf(parent)!))
      return;
    const kind: FindingKind = parent.isContentEditable ? "editable" : "text";
    const label = textLabel(t);
    for (const f of scanText(text, { label })) this.addText(f, [{ node: t, start: f.start, end: f.end }], kind, label);
  }

  // ---- fields ----------------------------------------------------------------------------------------

  private scanField(el: FieldElement): void {
    const value = fieldValue(el);
    if (!value) return;
    const label = fieldLabel(el);
    for (const f of scanText(value, { label })) {
      this.add({
        id: 0,
        type: f.type,
        confidence: f.confidence,
        kind: "field",
        node: el,
        start: f.start,
        end: f.end,
        text: f.text,
        label,
      });
    }
  }

  // ---- tables ----------------------------------------------------------------------------------------

  private state(table: Element, hasHeader = false): TableState {
    let st = this.tables.get(table);
    if (!st) {
      const created: TableState = {
        scanner: null as unknown as TableScanner,
        headers: [],
        pending: new Map(),
        current: null,
        rows: 0,
      };
      created.scanner = new TableScanner({
        header: hasHeader,
        onFinding: (f, row, col) => {
          const cell = (created.pending.get(row) ?? created.current)?.[col];
          if (cell) this.addCellFinding(cell, f, created.headers[col] ?? null);
        },
      });
      this.tables.set(table, (st = created));
    }
    return st;
  }

  private scanTable(table: Element): void {
    if (this.tables.has(table)) {
      this.scanTableContent(table, table);
      return;
    }
    this.pushRows(table, this.beginTable(table));
    this.endTable(table);
  }

  /**
   * A table scanned in steps (the agent yields to the page between them): its header goes to a new
   * TableScanner; returns the body rows to push.
   */
  beginTable(table: Element): Element[] {
    const rows = rowsOf(table);
    const header = rows.find(isHeaderRow);
    const st = this.state(table, !!header);
    if (header) {
      // the header row goes first: the scanner classifies columns from it and a sample of values
      st.headers = headerTexts(header);
      const cells = byColumn(header);
      st.pending.set(++st.rows, cells);
      st.scanner.pushRow(st.rows, st.headers);
    }
    return rows.filter((r) => r !== header);
  }

  pushRows(table: Element, rows: readonly Element[]): void {
    const st = this.state(table);
    for (const row of rows) this.pushRow(st, row);
  }

  endTable(table: Element): void {
    const st = this.state(table);
    st.scanner.finish();
    st.pending.clear();
    // fields in the cells (edit grids)
    for (const f of table.querySelectorAll("input,textarea,select")) this.scanField(f as FieldElement);
  }

  /** Rows (or a part of one) added to a table already scanned. */
  private scanTableContent(table: Element, el: Element): void {
    const st = this.state(table);
    const rows = isRow(el)
      ? [el]
      : el === table
        ? rowsOf(table)
        : rowsOf(table).filter((r) => el.contains(r) || r.contains(el));
    for (const row of rows) {
      if (isHeaderRow(row)) {
        st.headers = headerTexts(row);
        continue;
      }
      if (el !== row && row.contains(el) && !isRow(el)) {
        for (const c of cellsOf(row))
          if (c.contains(el) || el.contains(c)) {
            this.forget(c);
            this.scanCell(table, c);
          }
        continue;
      }
      this.forget(row);
      this.pushRow(st, row);
    }
    for (const f of el.querySelectorAll("input,textarea,select")) this.scanField(f as FieldElement);
  }

  private scanCell(table: Element, cell: Element): void {
    const st = this.state(table);
    const cols: Cell[] = [];
    const at: RowCells = [];
    const col = columnOf(cell);
    cols[col] = cell.textContent ?? "";
    at[col] = cell;
    st.current = at;
    st.scanner.pushRow(++st.rows, cols);
    st.current = null;
  }

  private pushRow(st: TableState, row: Element): void {
    const cells = byColumn(row);
    const texts: Cell[] = [];
    cells.forEach((c, i) => {
      texts[i] = c.textContent ?? "";
    });
    const n = ++st.rows;
    if (st.scanner.classified) st.current = cells;
    else st.pending.set(n, cells);
    st.scanner.pushRow(n, texts);
    st.current = null;
  }

  private addCellFinding(cell: Element, f: Finding, header: string | null): void {
    const pieces = locate(cell, f.start, f.end);
    if (!pieces.length) return;
    const kind: FindingKind = (cell as HTMLElement).isContentEditable ? "editable" : "text";
    this.addText(f, pieces, kind, header);
  }

  // ---- bookkeeping -----------------------------------------------------------------------------------

  private addText(
    f: Pick<Finding, "type" | "confidence" | "text" | "start" | "end">,
    pieces: Piece[],
    kind: FindingKind,
    label: string | null,
  ): void {
    const first = pieces[0];
    const finding: TextFinding = {
      id: 0,
      type: f.type,
      confidence: f.confidence,
      kind,
      node: first.node,
      start: first.start,
      end: first.end,
      text: f.text,
      label,
      pieces,
    };
    this.add(finding);
  }

  private add(f: PageFinding): void {
    f.id = this.nextId++;
    this.findings.set(f.id, f);
    let list = this.byNode.get(f.node);
    if (!list) this.byNode.set(f.node, (list = []));
    list.push(f);
    this.onFinding?.(f);
  }
}

const FIELD_TEXT = new Set(["TEXTAREA", "OPTION", "OPTGROUP", "SELECT"]);

function headerTexts(row: Element): string[] {
  const out: string[] = [];
  byColumn(row).forEach((c, i) => {
    out[i] = cellText(c);
  });
  return out;
}

/** A row's cells by column index (aria-colindex when a grid virtualizes its columns). */
function byColumn(row: Element): RowCells {
  const cells = cellsOf(row);
  if (!cells.length || !cells[0].hasAttribute("aria-colindex")) return cells;
  const out: RowCells = [];
  cells.forEach((c, i) => {
    const aria = c.getAttribute("aria-colindex");
    out[aria ? Number(aria) - 1 : i] = c;
  });
  return out;
}

/** The text nodes (and offsets in them) that hold characters [start, end) of an element's textContent. */
export function locate(el: Element, start: number, end: number): Piece[] {
  const only = el.firstChild;
  if (only && only === el.lastChild && only.nodeType === 3) return [{ node: only as Text, start, end }];
  const pieces: Piece[] = [];
  const tw = el.ownerDocument.createTreeWalker(el, 0x4);
  let pos = 0;
  for (let n = tw.nextNode() as Text | null; n; n = tw.nextNode() as Text | null) {
    const len = n.data.length;
    const a = Math.max(start, pos),
      b = Math.min(end, pos + len);
    if (a < b) pieces.push({ node: n, start: a - pos, end: b - pos });
    pos += len;
    if (pos >= end) break;
  }
  return pieces;
}
