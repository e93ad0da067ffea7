/** ip_address (IP 地址): IPv4/IPv6 with context or in a network-typed column. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("ip_address", {
  found: [
    ["登录IP 192.168.10.23", "192.168.10.23"],
    ["IP 地址：203.0.113.45", "203.0.113.45"],
    ["来源IP 101.37.12.8:8080", "101.37.12.8"],
    ["IPv6地址：240e:3b4:38c0:12a0:5d2e:9f1a:c04b:7e63", "240e:3b4:38c0:12a0:5d2e:9f1a:c04b:7e63"],
    ["周工家里的NAS 192.168.50.200，端口 5000", "192.168.50.200"],
    ["他电脑10.20.3.118连不上", "10.20.3.118"],
    ["nginx access: 114.253.77.21 - - [15/Sep/2023:14:02:11]", "114.253.77.21"],
  ],
  notFound: ["版本 2.3.10.1 已发布", "版本 1.2.3.4 已发布", "IP 段规划", "IP 999.1.1.1"],
});
