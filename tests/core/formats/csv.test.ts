import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { csvRows, decodeText, detectDelimiter, scanBytes } from "../../../core/src/index.js";

const CSV =
  '姓名,手机,地址,备注\r\n张伟,13812345678,"上海市浦东新区张江路88号","说 ""下周"" 再联系"\r\n李娜,13912345678,"北京市海淀区中关村大街27号\r\n3号楼",\r\n';

const CHINESE =
  "姓名,手机,地址,备注\r\n张伟,13812345678,上海市浦东新区张江路88号,老客户回访请提前预约并确认时间\r\n" +
  "李娜,13912345678,北京市海淀区中关村大街27号,已经办理退款手续完毕请勿重复联系\r\n";

describe("CSV/TSV encodings are detected", () => {
  const cases: [string, Uint8Array, string][] = [
    ["UTF-8", new TextEncoder().encode(CSV), "utf-8"],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]), "utf-8"],
    ["UTF-16LE with BOM", new Uint8Array(iconv.encode(CSV, "utf-16le", { addBOM: true })), "utf-16le"],
    ["UTF-16BE with BOM", new Uint8Array(iconv.encode(CSV, "utf-16be", { addBOM: true })), "utf-16be"],
    ["UTF-16LE without BOM", new Uint8Array(iconv.encode(CSV, "utf-16le")), "utf-16le"],
    ["GBK (Excel's CSV in a Chinese locale)", new Uint8Array(iconv.encode(CSV, "gbk")), "gb18030"],
    ["GB18030", new Uint8Array(iconv.encode(CSV + "𠮷\r\n", "gb18030")), "gb18030"],
    // mostly Chinese: too few zero bytes for the zero-byte rule, so the code units themselves decide
    ["UTF-16LE without BOM, mostly Chinese", new Uint8Array(iconv.encode(CHINESE, "utf-16le")), "utf-16le"],
    ["UTF-16BE without BOM, mostly Chinese", new Uint8Array(iconv.encode(CHINESE, "utf-16be")), "utf-16be"],
    ["GBK, mostly Chinese", new Uint8Array(iconv.encode(CHINESE, "gbk")), "gb18030"],
    ["UTF-8, mostly Chinese", new TextEncoder().encode(CHINESE), "utf-8"],
  ];
  it.each(cases)("%s", (_n, bytes, enc) => {
    const d = decodeText(bytes);
    expect(d.encoding).toBe(enc);
    expect(d.text).toContain("张江路88号");
    const r = scanBytes(bytes, "客户.csv");
    expect(r.findings.filter((f) => f.type === "phone_mobile").map((f) => f.cell)).toEqual(["B2", "B3"]);
  });
});

describe("RFC 4180 parsing", () => {
  it("keeps quoted delimiters, doubled quotes and line breaks inside quotes", () => {
    const rows = [...csvRows(CSV, ",")].map((r) => r.map((f) => f.value));
    expect(rows).toEqual([
      ["姓名", "手机", "地址", "备注"],
      ["张伟", "13812345678", "上海市浦东新区张江路88号", '说 "下周" 再联系'],
      ["李娜", "13912345678", "北京市海淀区中关村大街27号\r\n3号楼", ""],
    ]);
  });
  it.each([
    ["a,b,c\n", ","],
    ["a\tb\tc\n", "\t"],
    ["a;b;c\n", ";"],
    ['"x,y";b;c\n', ";"],
  ])("detects the delimiter of %j", (t, d) => {
    expect(detectDelimiter(t)).toBe(d);
  });
  it("handles LF, CRLF and CR line endings alike", () => {
    for (const nl of ["\n", "\r\n", "\r"]) expect([...csvRows(`a,b${nl}c,d${nl}`, ",")].length).toBe(2);
  });
  it("reports CSV cells with column letters and row numbers (row 1 = header line)", () => {
    const r = scanBytes(new TextEncoder().encode(CSV), "x.csv");
    expect(r.findings.map((f) => [f.type, f.cell, f.sheet])).toEqual(
      expect.arrayContaining([
        ["person_name", "A2", null],
        ["phone_mobile", "B2", null],
        ["address", "C2", null],
        ["person_name", "A3", null],
      ]),
    );
    expect(r.sheets[0].columns.map((c) => [c.column, c.type])).toEqual([
      ["A", "person_name"],
      ["B", "phone_mobile"],
      ["C", "address"],
    ]);
  });
  it("reads .tsv with tabs", () => {
    const r = scanBytes(new TextEncoder().encode("姓名\t手机\n张伟\t13812345678\n"), "x.tsv");
    expect(r.format).toBe("tsv");
    expect(r.findings.map((f) => f.cell)).toEqual(["A2", "B2"]);
  });
});

describe("plain text", () => {
  it("reports A<line> cells", () => {
    const r = scanBytes(new TextEncoder().encode("第一行没有\n客户王小明 13812345678\n"), "notes.txt");
    expect(r.findings.map((f) => [f.type, f.cell])).toEqual([
      ["person_name", "A2"],
      ["phone_mobile", "A2"],
    ]);
  });
});
