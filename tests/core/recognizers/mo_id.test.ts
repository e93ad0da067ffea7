/** mo_id (澳门身份证): [157] + 6 digits + (d), only with context or a typed column (no public check digit). */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("mo_id", {
  found: [["澳门身份证 1234567(8)", "1234567(8)"]],
  notFound: ["编号 1234567(8)", "澳门身份证 2234567(8)"],
});
