import { patternRecognizer } from "../pattern-recognizer.js";

const OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
const H = "[0-9A-Fa-f]{1,4}";
const IPV6 = [
  `(?:${H}:){7}${H}`,
  `(?:${H}:){1,7}:`,
  `(?:${H}:){1,6}:${H}`,
  `(?:${H}:){1,5}(?::${H}){1,2}`,
  `(?:${H}:){1,4}(?::${H}){1,3}`,
  `(?:${H}:){1,3}(?::${H}){1,4}`,
  `(?:${H}:){1,2}(?::${H}){1,5}`,
  `${H}:(?::${H}){1,6}`,
  `:(?::${H}){1,7}`,
].join("|");

/** IP 地址: IPv4 (each octet 0–255) or IPv6, only in a network-typed column or with context (登录IP …). */
export const ipAddress = patternRecognizer({
  type: "ip_address",
  // a :port may follow (101.37.12.8:8080); the span leaves it out
  pattern: new RegExp(`(?<![A-Za-z0-9.:])(?:${OCTET}(?:\\.${OCTET}){3}|${IPV6})(?![A-Za-z0-9.]|:(?!\\d))`, "g"),
  mayMatch: (t) => t.includes(".") || t.includes(":"),
  score: 0.8,
  needsContext: true,
});

/** Private IPv4 addresses (192.168.x.x, 10.x.x.x, 172.16–31.x.x) say what they are without a context word. */
export const privateIp = patternRecognizer({
  type: "ip_address",
  pattern: new RegExp(
    `(?<![A-Za-z0-9.:])(?:192\\.168|10\\.${OCTET}|172\\.(?:1[6-9]|2\\d|3[01]))\\.${OCTET}\\.${OCTET}(?![A-Za-z0-9.]|:(?!\\d))`,
    "g",
  ),
  mayMatch: (t) => t.includes("192.168.") || t.includes("10.") || t.includes("172."),
  score: 0.7,
});
