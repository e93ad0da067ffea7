/** tw_id (台湾身份证): letter + 1/2 + 8 digits, letter-code weighted mod-10 check. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("tw_id", {
  found: [
    ["台湾身份证 A123456789", "A123456789"],
    ["身分證字號 F222222222", "F222222222"],
  ],
  notFound: ["台湾身份证 A123456788", "编号 A323456789"],
});
