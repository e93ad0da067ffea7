/** spliceText: the edits a mask makes to one text, applied in one pass. */
import { describe, expect, it } from "vitest";
import { spliceText } from "../../../core/src/policy/apply.js";

describe("spliceText", () => {
  it.each([
    ["no edits", "张伟 13812345678", [], "张伟 13812345678"],
    ["one edit", "电话13812345678", [{ start: 2, end: 13, with: "138****5678" }], "电话138****5678"],
    [
      "edits given right to left",
      "张伟 13812345678",
      [
        { start: 3, end: 14, with: "138****5678" },
        { start: 0, end: 2, with: "张*" },
      ],
      "张* 138****5678",
    ],
    ["a replacement longer than the span", "ab", [{ start: 0, end: 1, with: "xyz" }], "xyzb"],
    ["an empty replacement (deleted)", "a13812345678b", [{ start: 1, end: 12, with: "" }], "ab"],
    [
      "adjacent spans",
      "张伟李娜",
      [
        { start: 0, end: 2, with: "张*" },
        { start: 2, end: 4, with: "李*" },
      ],
      "张*李*",
    ],
  ])("%s", (_, text, edits, want) => expect(spliceText(text, edits)).toBe(want));

  it("refuses overlapping edits rather than writing a garbled text", () => {
    expect(() =>
      spliceText("0123456789", [
        { start: 0, end: 5, with: "x" },
        { start: 3, end: 8, with: "y" },
      ]),
    ).toThrow(RangeError);
  });

  it("applies 50,000 edits to a 1 MB text (linear; re-slicing per edit was quadratic)", () => {
    const text = "客户电话13812345678。".repeat(62_500);
    const edits = Array.from({ length: 50_000 }, (_, i) => ({
      start: i * 16 + 4,
      end: i * 16 + 15,
      with: "138****5678",
    }));
    const out = spliceText(text, edits);
    expect(out.length).toBe(text.length);
    expect(out.slice(0, 32)).toBe("客户电话138****5678。客户电话138****5678。");
    expect(out.slice(-16)).toBe("客户电话13812345678。");
  });
});
