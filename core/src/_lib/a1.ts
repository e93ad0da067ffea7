/** A1 notation: 0-based column index ⇄ letters, and cell references. */
export function columnLetters(index: number): string {
  let s = "";
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/** "AB12" → { col: 27, row: 12 } (row 1-based as Excel shows it). */
export function parseA1(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(ref);
  if (!m) return null;
  return { col: columnIndex(m[1]), row: Number(m[2]) };
}

export function a1(col: number, row: number): string {
  return columnLetters(col) + row;
}
