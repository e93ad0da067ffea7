/** tw_permit (台胞证): 8 digits, only with context or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("tw_permit", {
  found: [["台胞证号 12345678", "12345678"]],
  notFound: ["编号 12345678", "台胞证号 1234567"],
});
