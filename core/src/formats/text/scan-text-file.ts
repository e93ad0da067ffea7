import { scanText } from "../../engine/scan-text.js";
import type { PlacedFinding } from "../../model/finding.js";
import { decodeText } from "../csv/decode.js";
import type { FileScan, ScanOptions } from "../scan-result.js";

/** Scan a plain-text file line by line; a finding's cell is A<line>. */
export function scanTextFile(bytes: Uint8Array, opts: ScanOptions = {}): FileScan {
  const { text, encoding } = decodeText(bytes);
  const findings: PlacedFinding[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, i) => {
    for (const f of scanText(line, { threshold: opts.threshold })) {
      const pf: PlacedFinding = { ...f, sheet: null, cell: `A${i + 1}`, location: "value" };
      if (opts.keepFindings !== false) findings.push(pf);
      opts.onFinding?.(pf);
    }
  });
  return {
    format: "txt",
    sheets: [],
    findings,
    notes: encoding === "utf-8" ? [] : [{ kind: "encoding" as const, detail: encoding }],
  };
}
