import { scanText } from "../../engine/scan-text.js";
import { maskValue } from "../../operators/mask.js";

/**
 * A sheet name as Tuomin's own outputs show it (summary, JSON, report): personal data in it masked
 * (`客户18641617425` → `客户186****7425`), as `tuomin mask` renames the sheet in the workbook. Names
 * without personal data, and organisations, are shown as they are.
 */
export function shownSheetName(name: string): string {
  const fs = scanText(name).filter((f) => f.sensitivity !== "organization");
  if (!fs.length) return name;
  let out = "";
  let pos = 0;
  for (const f of fs.sort((a, b) => a.start - b.start)) {
    if (f.start < pos) continue;
    out += name.slice(pos, f.start) + maskValue(f.type, f.text);
    pos = f.end;
  }
  return out + name.slice(pos);
}
