/** One field of a delimited file, with where its raw text sits (for writing a changed copy back in place). */
export interface CsvField {
  value: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** Guess the delimiter from the first line, outside quotes: tab, semicolon or comma. */
export function detectDelimiter(text: string, fallback = ","): string {
  const counts: Record<string, number> = { ",": 0, "\t": 0, ";": 0 };
  let q = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') q = !q;
    else if (!q && (c === "\n" || c === "\r")) break;
    else if (!q && c in counts) counts[c]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : fallback;
}

/**
 * RFC 4180 rows, one at a time: quoted fields with "" escapes and line breaks inside quotes; CRLF, LF or
 * CR line endings. Lenient where real exports are: a quote inside an unquoted field is kept as text.
 */
export function* csvRows(text: string, delimiter: string): Generator<CsvField[]> {
  const n = text.length;
  let i = 0;
  if (n === 0) return;
  for (;;) {
    const row: CsvField[] = [];
    for (;;) {
      if (text[i] === '"') {
        const start = i;
        let value = "";
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            value += text.slice(i);
            i = n;
            break;
          }
          value += text.slice(i, q);
          if (text[q + 1] === '"') {
            value += '"';
            i = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        // anything between the closing quote and the delimiter is kept (lenient)
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== "\n" && text[j] !== "\r") j++;
        value += text.slice(i, j);
        i = j;
        row.push({ value, start, end: i, quoted: true });
      } else {
        const start = i;
        while (i < n && text[i] !== delimiter && text[i] !== "\n" && text[i] !== "\r") i++;
        row.push({ value: text.slice(start, i), start, end: i, quoted: false });
      }
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    yield row;
    if (i >= n) return;
    if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
    else i++;
    if (i >= n) return;
  }
}
