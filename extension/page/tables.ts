/** Tables as the scanner sees them: <table>s and ARIA grids (virtualized grids are built from divs). */

const GRID_ROLES = new Set(["grid", "table", "treegrid"]);
const CELL_ROLES = "[role=gridcell],[role=cell],[role=columnheader],[role=rowheader]";

export function isTable(el: Element): boolean {
  return el.tagName === "TABLE" || GRID_ROLES.has(el.getAttribute("role") ?? "");
}

export function isRow(el: Element): boolean {
  return el.tagName === "TR" || el.getAttribute("role") === "row";
}

/** The table an element belongs to (the nearest one), or null. */
export function tableOf(el: Element): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (isTable(e)) return e;
  return null;
}

/** The rows of a table, in document order (nested tables excluded). */
export function rowsOf(table: Element): Element[] {
  if (table.tagName === "TABLE")
    return Array.from((table as HTMLTableElement).rows).filter((r) => r.closest("table") === table);
  return Array.from(table.querySelectorAll("[role=row]")).filter((r) => tableOf(r) === table);
}

export function cellsOf(row: Element): Element[] {
  if (row.tagName === "TR") return Array.from((row as HTMLTableRowElement).cells);
  return Array.from(row.querySelectorAll(CELL_ROLES)).filter((c) => c.closest("[role=row]") === row);
}

/** A header row: all th (or columnheader) cells. */
export function isHeaderRow(row: Element): boolean {
  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((c) => c.tagName === "TH" || c.getAttribute("role") === "columnheader");
}

/** The column index of a cell: aria-colindex when the grid virtualizes columns, else its position. */
export function columnOf(cell: Element): number {
  const aria = cell.getAttribute("aria-colindex");
  if (aria) return Number(aria) - 1;
  const row = cell.parentElement;
  return row ? cellsOf(row).indexOf(cell) : 0;
}

export function cellText(cell: Element): string {
  return (cell.textContent ?? "").replace(/\s+/g, " ").trim();
}
