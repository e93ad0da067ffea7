/** passport (护照号): E+8 digits, E+letter+7 digits, G+8 digits …, only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("passport", {
  found: [
    ["护照号码：E12345678", "E12345678"],
    ["passport EA1234567", "EA1234567"],
    ["护照 G12345678", "G12345678"],
  ],
  notFound: ["型号 E12345678", "护照 E1234567"],
});
