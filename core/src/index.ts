// @tuomin/core — the public index. Hosts (CLI, Excel add-in, browser extension) import only from here.
export * from "./model/index.js";
export {
  scanText,
  candidatesIn,
  resolveOverlaps,
  DEFAULT_THRESHOLD,
  type ScanTextOptions,
} from "./engine/scan-text.js";
export { classifyColumns } from "./engine/classify-columns.js";
export { matchHeader } from "./engine/header-match.js";
export {
  TableScanner,
  scanTable,
  numberText,
  type Cell,
  type CellInput,
  type CellFinding,
  type TableScanOptions,
} from "./engine/scan-table.js";
export { maskValue, type MaskLevel } from "./operators/mask.js";
export { RECOGNIZERS } from "./recognizers/index.js";
export type { Recognizer, Candidate, ScanContext } from "./recognizers/types.js";
export { scanBytes, formatOf, SCANNABLE_EXTENSIONS } from "./formats/scan-file.js";
export { scanXlsx } from "./formats/xlsx/scan-xlsx.js";
export { scanCsv } from "./formats/csv/scan-csv.js";
export { decodeText } from "./formats/csv/decode.js";
export { csvRows, detectDelimiter } from "./formats/csv/parse.js";
export { asReadError, ReadError, type ReadErrorCode } from "./formats/errors.js";
export type { FileScan, FileFormat, SheetSummary, ColumnSummary, ScanOptions } from "./formats/scan-result.js";
export {
  ChangeLogWriter,
  fingerprint,
  keyId,
  lineHash,
  serializeLine,
  NOBLE_CRYPTO,
  type LogCrypto,
  type LogEntry,
  type LogHeader,
  type LogLine,
  type LogTarget,
  type LogAction,
  type NewEntry,
} from "./changelog/entry.js";
export { verifyLog, type LogVerification, type LogProblem } from "./changelog/verify.js";
export { logToCsv } from "./changelog/export-csv.js";
export { canonicalJson } from "./changelog/canonical-json.js";
export { pseudonymize, normalizeForToken } from "./operators/pseudonymize.js";
export { generalize, GENERALIZABLE } from "./operators/generalize.js";
export { deleteValue } from "./operators/delete.js";
export {
  parsePolicy,
  decide,
  DEFAULT_POLICY,
  PolicyError,
  policySchema,
  type Policy,
  type Rule,
  type Action,
  type FindingPlace,
} from "./policy/policy.js";
export { replacement, spliceText } from "./policy/apply.js";
export { readWorkbook, type WorkbookSheet } from "./formats/xlsx/read-workbook.js";
export {
  PayloadTooLargeError,
  type WorkbookPort,
  type SheetRef,
  type SheetVisibility,
  type Block,
  type ReadCell,
  type CellWrite,
  type CellFill,
  type CellComment,
  type CachedObjects,
  type LogPart,
} from "./ports/workbook-port.js";
export { a1, columnLetters, columnIndex, parseA1 } from "./_lib/a1.js";
export { maskText, previewOf, type MaskContext, type ValueChange, type Retained } from "./mask/plan.js";
export { TOOL_VERSION } from "./report/version.js";
export { escapeXml } from "./formats/xlsx/xml-rewrite.js";
export { ColumnTally } from "./formats/column-tally.js";
