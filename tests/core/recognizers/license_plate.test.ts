/** license_plate (车牌号): province abbreviation + letter (no I/O) + 5 characters; 8-character new-energy plates. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("license_plate", {
  found: [
    ["车牌 沪A12345，新能源 粤B·D12345", "沪A12345", "粤B·D12345"],
    ["车辆 京N8P8F8 已登记", "京N8P8F8"],
  ],
  notFound: ["沪A股上涨", "京东快递", "型号 A12345"],
});
