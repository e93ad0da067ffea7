/** license_plate (车牌号): province abbreviation + letter (no I/O) + 5 characters; 8-character new-energy plates. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("license_plate", {
  found: [
    ["车牌 沪A12345，新能源 粤B·D12345", "沪A12345", "粤B·D12345"],
    ["车辆 京N8P8F8 已登记", "京N8P8F8"],
    ["车牌号码：京 A 18250（带空格）", "京 A 18250"],
    ["月租车位登记：鄂A-H30M7", "鄂A-H30M7"],
    ["领馆车辆 沪A2044领，4S店试驾车 浙B·0334试", "沪A2044领", "浙B·0334试"],
    ["停车缴费：粤b58458（小写录入）", "粤b58458"],
  ],
  notFound: ["沪A股上涨", "京东快递", "型号 A12345"],
});
