// Writes the bundled example workbook (synthetic data): npx tsx scripts/make-example.ts
import { crmWorkbook } from "../tests/synth/workbooks.js";

await crmWorkbook("examples/crm-export.xlsx", { rows: 60, seed: 42 });
console.log("wrote examples/crm-export.xlsx");
