import fs from "node:fs";
import path from "node:path";
import { DATA } from "./paths.js";
import { scanText, type ColumnClass, type EntityType } from "../../core/src/index.js";

export function vectors<T = any>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DATA, "conformance", file), "utf8"));
}

/** A column of `type`, as classifyColumns would give for a header naming it. */
export function column(type: EntityType): ColumnClass {
  return { index: 0, header: null, type, confidence: 0.95, fromHeader: true };
}

/** Does the core take the whole of `value` as one `type` finding? */
export function acceptsAs(
  type: EntityType,
  value: string,
  opts: { column?: ColumnClass; label?: string } = {},
): boolean {
  return scanText(value, opts).some(
    (f) => f.type === type && f.start === 0 && f.end === value.length && !f.flags.includes("invalid_checksum"),
  );
}

/** Strip a vector's explanatory note: "932682198501010017 (new 2023 …)" → "932682198501010017". */
export const bare = (v: string): string => v.replace(/\s+\(.*\)$/, "");
