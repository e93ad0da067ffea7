import type { SheetSummary } from "../formats/scan-result.js";
import type { PlacedFinding } from "../model/finding.js";
import { maskValue } from "../operators/mask.js";
import { TOOL_VERSION } from "./version.js";

/** One finding as `scan --json` prints it (docs/spec/scan-output.schema.json). */
export function findingJson(f: PlacedFinding, reveal = false): object {
  return {
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
    ...(reveal ? { value: f.text } : {}),
  };
}

/**
 * Writes `scan --json` as findings arrive, so memory stays flat however many there are:
 * {"tool","version","files":[{"path","format","findings":[…],"sheets":[…],"errors":[…]}, …]}.
 */
export class JsonStream {
  private files = 0;
  private inFindings = 0;
  constructor(private readonly write: (s: string) => void) {
    write(`{"tool":"tuomin","version":${JSON.stringify(TOOL_VERSION)},"files":[`);
  }
  beginFile(path: string, format: string): void {
    this.write(
      `${this.files++ ? "," : ""}\n{"path":${JSON.stringify(path)},"format":${JSON.stringify(format)},"findings":[`,
    );
    this.inFindings = 0;
  }
  /** a finding already serialized with findingJson */
  finding(json: string): void {
    this.write(`${this.inFindings++ ? "," : ""}\n${json}`);
  }
  endFile(sheets: SheetSummary[] | null, errors: string[]): void {
    const sh = sheets
      ? `,"sheets":${JSON.stringify(sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: s.rows, columns: s.columns.map(({ column, header, type, confidence, findings }) => ({ column, header, type, confidence, findings })) })))}`
      : "";
    this.write(`]${sh},"errors":${JSON.stringify(errors)}}`);
  }
  end(): void {
    this.write("\n]}\n");
  }
}
