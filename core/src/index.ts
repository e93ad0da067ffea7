// @tuomin/core — the public index. Hosts (CLI, Excel add-in, browser extension) import only from here.
export * from "./model/index.js";
export { scanText, candidatesIn, resolveOverlaps, DEFAULT_THRESHOLD, type ScanTextOptions } from "./engine/scan-text.js";
export { classifyColumns } from "./engine/classify-columns.js";
export { matchHeader } from "./engine/header-match.js";
export { TableScanner, scanTable, numberText, type Cell, type CellInput, type CellFinding, type TableScanOptions } from "./engine/scan-table.js";
export { maskValue, type MaskLevel } from "./operators/mask.js";
export { RECOGNIZERS } from "./recognizers/index.js";
export type { Recognizer, Candidate, ScanContext } from "./recognizers/types.js";
export { scanBytes, formatOf, SCANNABLE_EXTENSIONS } from "./formats/scan-file.js";
export { scanXlsx } from "./formats/xlsx/scan-xlsx.js";
export { scanCsv } from "./formats/csv/scan-csv.js";
export { decodeText } from "./formats/csv/decode.js";
export { csvRows, detectDelimiter } from "./formats/csv/parse.js";
export { ReadError, type ReadErrorCode } from "./formats/errors.js";
export type { FileScan, FileFormat, SheetSummary, ColumnSummary, ScanOptions } from "./formats/scan-result.js";
export { ENTITY_INFO as ENTITY_CATALOG } from "./model/entity-type.js";
