import { columnLetters } from "../_lib/a1.js";
import type { ColumnClass } from "../model/column-class.js";
import type { EntityType } from "../model/entity-type.js";
import { roundConfidence, type Finding } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";
import type { ColumnSummary } from "./scan-result.js";

interface Tally {
  n: number;
  examples: string[];
}

/** Counts findings per column and type as they stream past, with up to two masked examples each. */
export class ColumnTally {
  private readonly cols = new Map<number, Map<EntityType, Tally>>();

  add(col: number, f: Finding): void {
    let m = this.cols.get(col);
    if (!m) this.cols.set(col, (m = new Map()));
    let t = m.get(f.type);
    if (!t) m.set(f.type, (t = { n: 0, examples: [] }));
    t.n++;
    if (t.examples.length < 2) {
      const p = maskValue(f.type, f.text);
      if (!t.examples.includes(p)) t.examples.push(p);
    }
  }

  /** Findings per type in one column. */
  counts(col: number): Partial<Record<EntityType, number>> {
    const out: Partial<Record<EntityType, number>> = {};
    for (const [t, x] of this.cols.get(col) ?? []) out[t] = x.n;
    return out;
  }

  /** Typed columns and columns where findings were made, with counts and examples. */
  summarize(classes: readonly ColumnClass[]): ColumnSummary[] {
    const idx = new Set<number>([...classes.filter((c) => c.type).map((c) => c.index), ...this.cols.keys()]);
    return [...idx]
      .sort((a, b) => a - b)
      .flatMap((i) => {
        const cls = classes[i];
        const byType = this.cols.get(i) ?? new Map<EntityType, Tally>();
        let top: EntityType | null = cls?.type ?? null,
          topN = top ? (byType.get(top)?.n ?? 0) : 0;
        for (const [t, x] of byType)
          if (!top || x.n > topN) {
            top = t;
            topN = x.n;
          }
        if (!top) return [];
        const total = [...byType.values()].reduce((a, b) => a + b.n, 0);
        const confidence =
          cls?.type === top ? cls.confidence : roundConfidence(Math.min(0.95, topN / Math.max(1, total)));
        return [
          {
            column: columnLetters(i),
            header: cls?.header ?? null,
            type: top,
            confidence,
            findings: total,
            examples: byType.get(top)?.examples ?? [],
          },
        ];
      });
  }
}
