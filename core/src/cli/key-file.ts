import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const DEFAULT_KEY_FILE = path.join(os.homedir(), ".tuomin", "key");

/** The key file exists but does not hold a key (its content is never quoted). */
export class KeyFileError extends Error {
  constructor(readonly file: string) {
    super(`${file}: not a tuomin key file (64 hex characters expected)`);
    this.name = "KeyFileError";
  }
}

/** The key file can be read by other users: refused, with how to fix it (the key protects every pseudonym). */
export class KeyPermissionError extends Error {
  constructor(
    readonly file: string,
    readonly mode: string,
  ) {
    super(`${file}: mode ${mode}`);
    this.name = "KeyPermissionError";
  }
}

export interface Keys {
  pseudonym: Uint8Array;
  log: Uint8Array;
  file: string;
  created: boolean;
}

/**
 * The secret behind pseudonyms and change-log fingerprints: 32 random bytes (hex) in a file readable by
 * its owner only, created on first use. Two keys are derived from it, one per purpose. The key never goes
 * into an output, a log or a report; keep the file apart from them (a regulator's check needs it).
 */
export function loadKeys(file = DEFAULT_KEY_FILE): Keys {
  let created = false;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, bytesToHex(crypto.randomBytes(32)) + "\n", { mode: 0o600, flag: "wx" });
    created = true;
  }
  const hex = fs.readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/i.test(hex)) throw new KeyFileError(file);
  // owner-only, as created; Windows has no such mode bits (its ACLs are the user profile's)
  const mode = fs.statSync(file).mode & 0o777;
  if (process.platform !== "win32" && mode & 0o077)
    throw new KeyPermissionError(file, mode.toString(8).padStart(4, "0"));
  const master = hexToBytes(hex.toLowerCase());
  return {
    pseudonym: hmac(sha256, master, utf8ToBytes("tuomin/pseudonym/v1")),
    log: hmac(sha256, master, utf8ToBytes("tuomin/log/v1")),
    file,
    created,
  };
}
