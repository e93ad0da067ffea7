/** passport (护照号): E+8 digits, E+letter+7 digits, G+8 digits …, only with a context word or a typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("passport", {
  found: [
    // a list after one passport word
    ["出境名单（护照）：1. 高丽华 E41390403；2. 高子豪 E36308135", "E41390403", "E36308135"],
    ["护照号码：E12345678", "E12345678"],
    ["passport EA1234567", "EA1234567"],
    ["护照 G12345678", "G12345678"],
    // other countries' and Hong Kong/Macau passports, after a passport word
    ["外籍员工：护照号651335699", "651335699"],
    ["Liam（Ireland，护照PA6108029）", "PA6108029"],
    ["德国护照C642W2J1V", "C642W2J1V"],
    ["法国护照 16EV43660", "16EV43660"],
    ["俄罗斯客户护照 40 0171026", "40 0171026"],
    ["Korea Passport No.: M41867021", "M41867021"],
    ["新加坡同事，护照K9414471D", "K9414471D"],
  ],
  notFound: [
    "护照 K0123456",
    "产品 E41390403 和 E36308135", // a letter and 7 digits is no passport format
    "合同编号 651335699",
    "型号 E12345678",
    "护照 E1234567",
  ],
});
