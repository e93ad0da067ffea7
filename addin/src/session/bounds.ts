/** The smallest block of rows and columns (0-based) that holds every cell; cells must not be empty. */
export function boundsOf(cells: readonly { row: number; col: number }[]): {
  top: number;
  left: number;
  rows: number;
  cols: number;
} {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.col);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  return { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}
