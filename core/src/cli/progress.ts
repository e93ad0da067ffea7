/** A one-line progress bar on stderr (only when stderr is a terminal; never on stdout). */
export class Progress {
  private last = 0;
  constructor(private label: string) {}
  update(done: number, total: number, label?: string): void {
    const now = Date.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    if (label) this.label = label;
    const pct = total > 0 ? Math.min(1, done / total) : 0;
    const width = 28,
      fill = Math.round(pct * width);
    const name = this.label.length > 40 ? "…" + this.label.slice(-39) : this.label;
    process.stderr.write(
      `\r[${"█".repeat(fill)}${"░".repeat(width - fill)}] ${String(Math.round(pct * 100)).padStart(3)}% ${name}\x1b[K`,
    );
  }
  done(): void {
    if (this.last) process.stderr.write("\r\x1b[K");
  }
}
