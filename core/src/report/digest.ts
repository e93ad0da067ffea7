import type { EntityType, Sensitivity } from "../model/entity-type.js";
import type { Location, PlacedFinding } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";

/** How many findings a digest keeps whole (for the report's table); the rest are only counted. */
export const DIGEST_SAMPLE = 2000;

/**
 * What the summary table and the HTML report need of a file's findings, in constant memory: counts by
 * sensitivity, type, place and sheet, a few masked examples per column, and the first findings whole.
 * Plain data, so a worker thread can post it back.
 */
export interface FindingDigest {
  total: number;
  bySensitivity: Record<Sensitivity, number>;
  byType: Map<EntityType, number>;
  byLocation: Map<Location, number>;
  /** value findings per sheet ("" for CSV/TXT) */
  bySheet: Map<string, number>;
  inHiddenSheets: number;
  /** "sheet\u0000column\u0000type" → up to two distinct masked previews */
  examples: Map<string, string[]>;
  sample: PlacedFinding[];
}

export function newDigest(): FindingDigest {
  return { total: 0, bySensitivity: { sensitive: 0, personal: 0, organization: 0 }, byType: new Map(), byLocation: new Map(), bySheet: new Map(), inHiddenSheets: 0, examples: new Map(), sample: [] };
}

export const exampleKey = (sheet: string | null, column: string, type: EntityType): string => `${sheet ?? ""}\u0000${column}\u0000${type}`;

export function addToDigest(d: FindingDigest, f: PlacedFinding): void {
  d.total++;
  d.bySensitivity[f.sensitivity]++;
  d.byType.set(f.type, (d.byType.get(f.type) ?? 0) + 1);
  d.byLocation.set(f.location, (d.byLocation.get(f.location) ?? 0) + 1);
  if (f.location === "value") d.bySheet.set(f.sheet ?? "", (d.bySheet.get(f.sheet ?? "") ?? 0) + 1);
  if (f.flags.length && f.flags.includes("hidden_sheet")) d.inHiddenSheets++;
  if (f.location === "value" && f.cell) {
    let col = f.cell.length;
    while (col > 0 && f.cell.charCodeAt(col - 1) <= 57) col--;
    const k = exampleKey(f.sheet, f.cell.slice(0, col), f.type);
    let ex = d.examples.get(k);
    if (!ex) d.examples.set(k, (ex = []));
    if (ex.length < 2) {
      const p = maskValue(f.type, f.text);
      if (!ex.includes(p)) ex.push(p);
    }
  }
  if (d.sample.length < DIGEST_SAMPLE) d.sample.push(f);
}
