/**
 * External relationship targets (hyperlinks of cells and shapes, linked files): how they are read as
 * text to scan, and how a masked text is written back as a target that is still a URI.
 */

/** A target percent-decoded (left as written when it is not valid percent-encoding). */
function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/**
 * A hyperlink target as text to scan: percent-decoded, its mailto:/tel: scheme and the URL separators
 * (? & = # /) blanked to spaces — the same length as the decoded target, so a mask can be laid back on it.
 */
export function hyperlinkText(target: string): string {
  return decodeTarget(target)
    .replace(/^(?:mailto|tel):/i, (s) => " ".repeat(s.length))
    .replace(/[?&=#/]/g, " ");
}

/**
 * The target to write once its text (hyperlinkText) has been masked: each character the mask changed
 * replaces the decoded target's character at its place, so the scheme, host and separators stay;
 * percent-encoded again when it was. A mask that changed the length (a pseudonym, a deletion) leaves
 * just the masked text.
 */
export function maskedTarget(target: string, masked: string): string {
  const decoded = decodeTarget(target);
  const spaced = hyperlinkText(target);
  let out: string;
  if (masked.length === decoded.length) {
    out = "";
    for (let i = 0; i < decoded.length; i++) out += masked[i] !== spaced[i] ? masked[i] : decoded[i];
  } else out = masked.trim();
  return decoded === target ? out : encodeURI(out);
}
