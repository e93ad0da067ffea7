import { REGION_CODES_COMPACT } from "./regions.generated.js";

let codes: Set<string> | null = null;
let prefixes: Set<string> | null = null;

function load(): void {
  codes = new Set();
  prefixes = new Set();
  for (const group of REGION_CODES_COMPACT.split(",")) {
    const p = group.slice(0, 4);
    prefixes.add(p);
    for (let i = 4; i < group.length; i += 2) codes.add(p + group.slice(i, i + 2));
  }
}

/** Residence permits for Hong Kong, Macau and Taiwan residents use these region codes. */
const PERMIT_CODES = new Set(["810000", "820000", "830000"]);

/**
 * Is `code` a GB/T 2260 region code a resident ID can carry? Known codes (current and historic) pass;
 * so does a county code the tables lack under a known prefecture (many 1980s–90s county codes were
 * never published in machine-readable form: 140120 太原市市区, 441282 罗定市 …). Foreign permanent-
 * resident IDs (since 2023) begin 9 + the issuing province.
 */
export function isRegionCode(code: string): boolean {
  if (!codes) load();
  if (codes!.has(code) || PERMIT_CODES.has(code)) return true;
  if (code[0] === "9") return codes!.has(code.slice(1, 3) + "0000");
  const district = Number(code.slice(4));
  return district >= 1 && prefixes!.has(code.slice(0, 4));
}

export function regionCodeCount(): number {
  if (!codes) load();
  return codes!.size;
}
