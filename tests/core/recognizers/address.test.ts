/** address (地址): GB/T 2260 province/city/district prefix + street detail, to the last detail. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("address", {
  found: [
    ["地址：北京市海淀区中关村大街27号院3号楼1201室", "北京市海淀区中关村大街27号院3号楼1201室"],
    ["寄到广东深圳市南山区科技园南路88号", "广东深圳市南山区科技园南路88号"],
    ["住址 上海市浦东新区张杨路500号", "上海市浦东新区张杨路500号"],
  ],
  notFound: ["江苏省的客户", "常州市天宁区", "高新区管委会", "北京欢迎你"],
});
