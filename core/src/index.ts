// @tuomin/core — the public index. Hosts (CLI, Excel add-in, browser extension) import only from here.
export * from "./model/index.js";
export { scanText, candidatesIn, resolveOverlaps, DEFAULT_THRESHOLD, type ScanTextOptions } from "./engine/scan-text.js";
export { classifyColumns } from "./engine/classify-columns.js";
export { matchHeader } from "./engine/header-match.js";
export { TableScanner, scanTable, numberText, type Cell, type CellInput, type CellFinding, type TableScanOptions } from "./engine/scan-table.js";
export { maskValue, type MaskLevel } from "./operators/mask.js";
export { RECOGNIZERS } from "./recognizers/index.js";
export type { Recognizer, Candidate, ScanContext } from "./recognizers/types.js";
