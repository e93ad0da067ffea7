import { ADMIN_INDEX as ADMIN, wordAt } from "../data/place-names.js";
import type { EntityType } from "../model/entity-type.js";

/** Types `generalize` applies to. */
export const GENERALIZABLE: readonly EntityType[] = ["birth_date", "address", "cn_resident_id"];

/**
 * Generalize a value to a coarser one: a birth date to its year, an address to its province/city/district
 * prefix, a resident ID to its region code and birth year. Returns null for other types.
 */
export function generalize(type: EntityType, value: string): string | null {
  if (type === "birth_date") {
    const y = /(18|19|20)\d{2}/.exec(value);
    return y ? `${y[0]}${/年/.test(value) ? "年" : ""}` : null;
  }
  if (type === "address") {
    let p = 0;
    for (let w = wordAt(ADMIN, value, p); w; w = wordAt(ADMIN, value, p)) p += w.length;
    return p > 0 ? value.slice(0, p) : null;
  }
  if (type === "cn_resident_id") {
    const d = value.replace(/\s/g, "");
    return d.length >= 10 ? `${d.slice(0, 6)}(${d.length === 15 ? "19" + d.slice(6, 8) : d.slice(6, 10)})` : null;
  }
  return null;
}
