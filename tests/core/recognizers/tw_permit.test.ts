/** tw_permit (台胞证 8 digits or the old 10 digits + letter; 大陆居民往来台湾通行证 L + 8 digits): only with context or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("tw_permit", {
  found: [
    ["大陆居民往来台湾通行证L57121299，入台证已办理", "L57121299"],
    ["台胞證：1269162471(D) 姓名：王建宏", "1269162471(D)"],
    ["台胞证号 12345678", "12345678"],
  ],
  notFound: ["编号 12345678", "编号 L57121299", "台胞证号 1234567"],
});
