import type { EntityType, Sensitivity } from "../model/entity-type.js";
import type { Location, PlacedFinding } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";

/** How many findings a digest keeps whole (for the report's table); the rest are only counted. */
export const DIGEST_SAMPLE = 2000;

/**
 * What the summary table and the HTML report need of a file's findings, in constant memory: counts by
 * sensitivity, type, place and sheet, and the first findings whole (examples per column come with the
 * column summaries).
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
  /** findings flagged surname_only (李总, 小刘): `verify` counts them only with --strict */
  surnameOnly: number;
  /**
   * personal findings the standard mask leaves as they are — what it keeps on purpose (a birth year alone:
   * 1990年生人): `verify` counts them only with --strict, since masking cannot change them
   */
  keptByMask: number;
  sample: PlacedFinding[];
}

export function newDigest(): FindingDigest {
  return {
    total: 0,
    bySensitivity: { sensitive: 0, personal: 0, organization: 0 },
    byType: new Map(),
    byLocation: new Map(),
    bySheet: new Map(),
    inHiddenSheets: 0,
    surnameOnly: 0,
    keptByMask: 0,
    sample: [],
  };
}

export function addToDigest(d: FindingDigest, f: PlacedFinding): void {
  d.total++;
  d.bySensitivity[f.sensitivity]++;
  d.byType.set(f.type, (d.byType.get(f.type) ?? 0) + 1);
  d.byLocation.set(f.location, (d.byLocation.get(f.location) ?? 0) + 1);
  if (f.location === "value") d.bySheet.set(f.sheet ?? "", (d.bySheet.get(f.sheet ?? "") ?? 0) + 1);
  if (f.flags.length && f.flags.includes("hidden_sheet")) d.inHiddenSheets++;
  if (f.flags.length && f.flags.includes("surname_only")) d.surnameOnly++;
  else if (f.sensitivity !== "organization" && maskValue(f.type, f.text, "standard") === f.text) d.keptByMask++;
  if (d.sample.length < DIGEST_SAMPLE) d.sample.push(f);
}
