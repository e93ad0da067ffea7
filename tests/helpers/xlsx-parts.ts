import { unzipSync, strFromU8 } from "fflate";

/** Every part of a package as text (binary parts as latin1), for "no original value anywhere" checks. */
export function allPartsText(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files))
    out.set(name, /\.(xml|rels|vml)$/i.test(name) ? strFromU8(data) : Buffer.from(data).toString("latin1"));
  return out;
}
