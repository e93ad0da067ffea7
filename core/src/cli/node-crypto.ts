import crypto from "node:crypto";
import type { LogCrypto } from "../changelog/entry.js";

/** The change log's hash port on Node's native crypto. */
export const NODE_CRYPTO: LogCrypto = {
  sha256Hex: (t) => crypto.createHash("sha256").update(t, "utf8").digest("hex"),
  hmacSha256Hex: (k, t) => crypto.createHmac("sha256", k).update(t, "utf8").digest("hex"),
};
