import { describe, expect, it } from "vitest";
import { hyperlinkText, maskedTarget } from "../../../core/src/formats/xlsx/link-target.js";

describe("a hyperlink target as text to scan: decoded, scheme and separators blanked, same length as decoded", () => {
  it.each([
    ["mailto:chen.jing@example.cn", "       chen.jing@example.cn"],
    ["tel:13800000018", "    13800000018"],
    ["https://x.cn/c?tel=13800000018&n=%E9%99%88%E9%9D%99", "https:  x.cn c tel 13800000018 n 陈静"],
    ["file:///D:/%E5%AE%A2%E6%88%B7/a.xlsx", "file:   D: 客户 a.xlsx"],
    ["https://x.cn/100%", "https:  x.cn 100%"], // not valid percent-encoding: as written
  ])("%s → %j", (target, text) => expect(hyperlinkText(target)).toBe(text));
});

describe("the target written back once its text is masked: still a URI, only the masked characters changed", () => {
  it.each([
    ["tel:13800000018", "    138****0018", "tel:138****0018"],
    ["mailto:chen.jing@example.cn", "       c********@example.cn", "mailto:c********@example.cn"],
    [
      "https://x.cn/c?tel=13800000018&n=%E9%99%88%E9%9D%99",
      "https:  x.cn c tel 138****0018 n 陈*",
      "https://x.cn/c?tel=138****0018&n=%E9%99%88*",
    ],
    // a pseudonym or a deletion changes the length: the masked text alone, encoded
    [
      "https://x.cn/c?n=%E9%99%88%E9%9D%99",
      "https:  x.cn c n 客户_7f3a",
      "https:%20%20x.cn%20c%20n%20%E5%AE%A2%E6%88%B7_7f3a",
    ],
  ])("%s → %s", (target, masked, written) => expect(maskedTarget(target, masked)).toBe(written));
});
