/** Where tests find things: everything under the repository root (tests/lint/self-contained.test.ts). */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The bundled example of the README's quick start. */
export const EXAMPLE = path.join(ROOT, "examples/crm-export.xlsx");
/** Test data brought into the repository, each folder with its source and licence (tests/data/README.md). */
export const DATA = path.join(ROOT, "tests/data");
/** The 73 real-world workbooks (SheetJS test files, Apache-2.0). */
export const CORPUS = path.join(DATA, "corpus/sheetjs-xlsx");
/** The public contracts (docs/spec). */
export const SPEC = path.join(ROOT, "docs/spec");
