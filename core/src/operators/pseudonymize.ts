import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import type { EntityType } from "../model/entity-type.js";

/** Readable type prefixes of pseudonyms: 身份证号 → ID-…, 手机号 → PHONE-… */
const PREFIX: Record<EntityType, string> = {
  cn_resident_id: "ID",
  passport: "PASSPORT",
  hk_macau_permit: "PERMIT",
  tw_permit: "PERMIT",
  hk_id: "HKID",
  mo_id: "MOID",
  tw_id: "TWID",
  bank_card: "CARD",
  phone_mobile: "PHONE",
  phone_landline: "TEL",
  email: "EMAIL",
  person_name: "NAME",
  address: "ADDR",
  license_plate: "PLATE",
  birth_date: "DOB",
  ip_address: "IP",
  wechat_id: "WECHAT",
  qq: "QQ",
  uscc: "ORG",
};
const B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I L O U

/** The same value written differently gives the same token: 138-1234-5678 = 13812345678, x = X, case of emails. */
export function normalizeForToken(type: EntityType, value: string): string {
  const v = value.trim();
  switch (type) {
    case "phone_mobile":
      return v.replace(/\D/g, "").slice(-11);
    case "phone_landline":
    case "bank_card":
    case "qq":
      return v.replace(/\D/g, "");
    case "cn_resident_id":
    case "hk_id":
    case "tw_id":
    case "mo_id":
    case "passport":
    case "hk_macau_permit":
    case "tw_permit":
    case "uscc":
    case "license_plate":
      return v.replace(/[\s\-()（）[\]·•]/g, "").toUpperCase();
    case "email":
      return v.toLowerCase();
    default:
      return v.replace(/\s+/g, " ");
  }
}

/**
 * A keyed pseudonym: HMAC-SHA256(key, type + value) as 10 Crockford base-32 characters (50 bits) behind a
 * type prefix. The same input gives the same token across files and runs with the same key; without the
 * key it cannot be reversed or recomputed.
 */
export function pseudonymize(type: EntityType, value: string, key: Uint8Array): string {
  const mac = hmac(sha256, key, utf8ToBytes(`${type}\u0000${normalizeForToken(type, value)}`));
  let bits = 0,
    acc = 0,
    out = "";
  for (let i = 0; out.length < 10; i++) {
    acc = (acc << 8) | mac[i];
    bits += 8;
    while (bits >= 5 && out.length < 10) {
      out += B32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  return `${PREFIX[type]}-${out}`;
}
