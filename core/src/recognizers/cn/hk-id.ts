import { hkidValid } from "../../_lib/checksums.js";
import { patternRecognizer } from "../pattern-recognizer.js";

const SHAPE = /^([A-Za-z]{1,2})(\d{6})(?:\(([0-9Aa])\)|\[([0-9Aa])\]|([0-9Aa]))$/;

/** 香港身份证: 1–2 letters, 6 digits, a check character (0–9 or A) in optional () or []. */
export function validateHkId(v: string): boolean {
  const m = SHAPE.exec(v);
  return !!m && hkidValid(m[1], m[2], m[3] ?? m[4] ?? m[5]);
}

export const hkId = patternRecognizer({
  type: "hk_id",
  pattern: /(?<![A-Za-z0-9])[A-Za-z]{1,2}\d{6}(?:\([0-9Aa]\)|\[[0-9Aa]\]|[0-9Aa])(?![A-Za-z0-9])/g,
  minDigits: 6,
  score: 0.85,
  contextBoost: 0.14,
  validate: validateHkId,
  // without brackets, a letter and seven digits is as often a product or order code: reported, barely
  adjust: (v, s) => (/[()[\]]/.test(v) ? s : 0.55),
});
