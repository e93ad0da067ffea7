/** Check-digit algorithms used by the recognizers. Each returns true when the value's check character is right. */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_MAP = "10X98765432";

/** ISO 7064 MOD 11-2, as GB 11643 uses it for the 18th character of a resident ID. */
export function mod11_2CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  return ID_MAP[sum % 11];
}

export function mod11_2Valid(id18: string): boolean {
  return mod11_2CheckChar(id18.slice(0, 17)) === id18[17].toUpperCase();
}

/** Luhn (ISO/IEC 7812) over a string of digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export const USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: weighted mod-31 check over the 31-character alphabet (no I O S V Z). */
export function usccValid(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(code[i]);
    if (v < 0) return false;
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

/**
 * Hong Kong identity card: 1–2 letters + 6 digits + check (0–9 or A), weighted mod 11.
 * A single letter is treated as if preceded by a space (value 36); letters A–Z are 10–35.
 */
export function hkidValid(letters: string, digits: string, check: string): boolean {
  const L = letters.toUpperCase();
  const vals: number[] = L.length === 1 ? [36, L.charCodeAt(0) - 55] : [L.charCodeAt(0) - 55, L.charCodeAt(1) - 55];
  let sum = vals[0] * 9 + vals[1] * 8;
  for (let i = 0; i < 6; i++) sum += (digits.charCodeAt(i) - 48) * (7 - i);
  const r = (11 - (sum % 11)) % 11;
  const expected = r === 10 ? "A" : String(r);
  return expected === check.toUpperCase();
}

/** Letter codes of the Taiwan national ID (A=10 … with the historic order I=34, O=35, W=32, Z=33). */
const TW_CODES: Record<string, number> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};

/** Taiwan ID: letter + 9 digits; weights 1 9 8 7 6 5 4 3 2 1 1 over the letter's two digits and the nine digits. */
export function twidValid(id: string): boolean {
  const code = TW_CODES[id[0].toUpperCase()];
  if (code === undefined) return false;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 1; i <= 8; i++) sum += (id.charCodeAt(i) - 48) * (9 - i);
  sum += id.charCodeAt(9) - 48;
  return sum % 10 === 0;
}
