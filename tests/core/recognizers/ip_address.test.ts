/** ip_address (IP 地址): IPv4/IPv6 with context or in a network-typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("ip_address", {
  found: [
    ["登录IP 192.168.10.23", "192.168.10.23"],
    ["IP 地址：203.0.113.45", "203.0.113.45"],
  ],
  notFound: ["版本 1.2.3.4 已发布", "IP 段规划", "IP 999.1.1.1"],
});
