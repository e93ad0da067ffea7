import { patternRecognizer } from "../pattern-recognizer.js";

/** 电子邮箱: local@domain.tld; internationalized (IDN) domains allowed. */
export const email = patternRecognizer({
  type: "email",
  pattern:
    /(?<![A-Za-z0-9._%+\-])[A-Za-z0-9_%+\-](?:[A-Za-z0-9._%+\-]{0,62}[A-Za-z0-9_%+\-])?@(?:[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff\-]{0,61}[A-Za-z0-9\u00a1-\uffff])?\.)+(?:[A-Za-z]{2,24}|[\u00a1-\uffff]{2,12})(?![A-Za-z0-9\-])/g,
  mayMatch: (t) => t.includes("@"),
  score: 0.95,
  contextBoost: 0.04,
});
