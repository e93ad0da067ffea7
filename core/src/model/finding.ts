import type { EntityType, Sensitivity } from "./entity-type.js";

export type FindingFlag =
  | "invalid_checksum"
  | "damaged_number"
  | "hidden_sheet"
  | "formula"
  | "low_context"
  /** a person referred to by surname alone (李总, 小刘, 我姓尚): masked only at the strict level */
  | "surname_only"
  /** a value in a column of its type that fails the type's check (a mobile one digit short) */
  | "unverified";

/** One piece of personal data found in a text: UTF-16 offsets into that text, `end` exclusive. */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** 0–1 */
  confidence: number;
  sensitivity: Sensitivity;
  flags: FindingFlag[];
  /** The matched text. Stays in memory; reports print `preview` unless the user asks for raw values. */
  text: string;
}

export type Location =
  | "value"
  | "comment"
  | "doc_property"
  | "sheet_name"
  | "defined_name"
  | "header_footer"
  | "chart_cache"
  | "pivot_cache"
  | "data_validation"
  | "other_part";

/** A finding placed in a file: which sheet, which cell, which part of the package. */
export interface PlacedFinding extends Finding {
  sheet: string | null;
  cell: string | null;
  location: Location;
  part?: string;
}

/** Confidence as every output shows it: two decimals (0.7 + 0.1 is 0.8, not 0.7999999999999999). */
export const roundConfidence = (x: number): number => Math.round(x * 100) / 100;
