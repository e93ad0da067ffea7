/** cn_resident_id (居民身份证号): GB 11643 region code, real birth date, MOD 11-2 check; 15-digit legacy numbers. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("cn_resident_id", {
  found: [
    // a typo after an ID word (region and birth date real, check character wrong): reported, flagged unverified
    ["身份证录入错误：610113198705232437（最后一位应为校验码），请复核。", "610113198705232437"],
    ["身份证号110101199003078670已核验", "110101199003078670"],
    ["身份证：11010519491231002X", "11010519491231002X"],
    ["证件号码 11010519491231002x（小写 x）", "11010519491231002x"],
    ["客户 440306198511201238，电话另告", "440306198511201238"],
    ["闰年生日 510107198002290037", "510107198002290037"],
    ["老身份证 610104620927690", "610104620927690"],
    ["两位：310115199003074560、320102199407124181", "310115199003074560", "320102199407124181"],
    ["身份证号幺幺零幺零五，幺九四九幺二三幺，零零二叉。", "幺幺零幺零五，幺九四九幺二三幺，零零二叉"],
    ["身份证：１１０１０５１９４９１２３１００２Ｘ（全角）", "１１０１０５１９４９１２３１００２Ｘ"],
  ],
  notFound: [
    "证件 11010119900307867x",
    "订单号 610113198705232437", // check digit wrong: in free text a mistyped ID is not reported
    "身份证 110101199002307860", // 30 February
    "身份证 990101199003078676", // no such region
    "订单号 DD110101199003078670", // inside a longer run of letters and digits
    "流水 1101011990030786701234", // inside a longer run of digits
    "金额 1,101,011,990.03",
    "身份证号幺幺零幺零五幺九四九幺二三幺零零二三", // said, but the check character is wrong
  ],
});
