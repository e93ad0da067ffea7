import { maskValue } from "../operators/mask.js";
import type { FileResult } from "./file-result.js";

export const TOOL_VERSION = "0.1.0";

/** `tuomin scan --json`: exactly ../shared/spec/scan-output.schema.json; raw values only with `reveal`. */
export function toJsonReport(results: readonly FileResult[], opts: { reveal?: boolean } = {}): object {
  return {
    tool: "tuomin",
    version: TOOL_VERSION,
    files: results.map((r) => ({
      path: r.path,
      format: r.format,
      ...(r.scan ? {
        sheets: r.scan.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows, columns: s.columns })),
      } : {}),
      findings: (r.scan?.findings ?? []).map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        location: f.location,
        ...(f.part ? { part: f.part } : {}),
        type: f.type,
        start: f.start,
        end: f.end,
        confidence: f.confidence,
        sensitivity: f.sensitivity,
        preview: maskValue(f.type, f.text),
        flags: f.flags,
        ...(opts.reveal ? { value: f.text } : {}),
      })),
      errors: r.error ? [r.error] : [],
    })),
  };
}
