/** hk_macau_permit (港澳通行证/回乡证): H/M + 8 or 10 digits; C + 8 digits or C + letter + 7 digits; with context. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("hk_macau_permit", {
  found: [
    ["回乡证 H12345678", "H12345678"],
    ["港澳通行证 C12345678", "C12345678"],
  ],
  notFound: ["编号 H12345678", "回乡证 H1234"],
});
