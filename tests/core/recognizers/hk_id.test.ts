/** hk_id (香港身份证): 1–2 letters + 6 digits + check (0–9/A) in optional brackets; weighted mod-11 check. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("hk_id", {
  found: [
    ["香港身份证 A123456(3)", "A123456(3)"],
    ["HKID: Z683365(A)", "Z683365(A)"],
    ["身份證號碼 AB987654(3)", "AB987654(3)"],
  ],
  notFound: ["香港身份证 A123456(4)", "型号 A123456"],
});
