/**
 * Canonical JSON for hashing: object keys sorted (by UTF-16 code units), no whitespace, JSON.stringify's
 * escaping for strings and numbers. Two writers that agree on this agree on every hash.
 */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(",")}}`;
}

/**
 * The canonical JSON of a value whose keys are already known to be in sorted order at every level
 * (the change log builds its lines that way): no sorting, one pass.
 */
export function canonicalJsonPresorted(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v) ?? "null";
  if (Array.isArray(v)) return `[${v.map(canonicalJsonPresorted).join(",")}]`;
  let out = "{";
  for (const k in v as Record<string, unknown>) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    out += (out.length > 1 ? "," : "") + JSON.stringify(k) + ":" + canonicalJsonPresorted(x);
  }
  return out + "}";
}
