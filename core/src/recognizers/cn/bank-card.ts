import { luhnValid } from "../../_lib/checksums.js";
import { columnIs } from "../context.js";
import { digitsOnly, patternRecognizer, type Verdict } from "../pattern-recognizer.js";
import { spokenDigits } from "../spoken-digits.js";

/**
 * 银行卡号: 13–19 digits, plain or in groups of 4 separated by spaces or dashes, Luhn valid. UnionPay
 * (62…) and the other major BINs raise confidence; an unknown prefix needs context. In a bank-account
 * column, 10–25 digit account numbers that fail Luhn (corporate accounts do not use it) are still
 * reported, flagged `invalid_checksum`.
 */
export function validateBankCard(raw: string, inColumn = false): Verdict {
  const d = digitsOnly(raw);
  const grouped = /^\d{4}(?:([ -])\d{4})(?:\1\d{4}){1,2}(?:\1\d{1,4})?$/.test(raw) || /^\d+$/.test(raw);
  if (!grouped) return false;
  if (d.length >= 13 && d.length <= 19 && luhnValid(d)) return true;
  return inColumn && d.length >= 10 && d.length <= 25 ? "checksum" : false;
}

/** Visa, Mastercard (51–55, 2221–2720), Amex, JCB, Discover/Maestro (6…), UnionPay domestic 81…, old 95xx/94xx bank cards. */
const MAJOR_BIN = /^(?:4|5[1-5]|2[2-7]|3[47]|35|6|81|9[45]\d\d)/;

export const bankCard = patternRecognizer({
  type: "bank_card",
  pattern: /(?<![A-Za-z0-9-])\d{4}(?:[ -]?\d){6,21}(?![A-Za-z0-9])/g,
  minDigits: 10,
  score: 0.85,
  contextBoost: 0.3,
  mayMatch: (t) => /\d{4}[ -]?\d{3}/.test(t),
  validate: (v, ctx) => validateBankCard(v, columnIs("bank_card", ctx)),
  adjust: (v, s) => {
    const d = digitsOnly(v);
    if (d.startsWith("62") && d.length >= 16) return s;
    if (MAJOR_BIN.test(d) && d.length >= 15) return 0.65;
    return 0.4;
  },
});

/** A card number said digit by digit: 16–19 digits, Luhn valid, a major BIN. */
export const spokenBankCard = spokenDigits("bank_card", (d) =>
  /^\d{16,19}$/.test(d) && luhnValid(d) && MAJOR_BIN.test(d) ? 0.8 : 0,
);
