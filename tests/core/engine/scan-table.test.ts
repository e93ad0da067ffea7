import { describe, expect, it } from "vitest";
import { scanTable, TableScanner, type CellFinding } from "../../../core/src/index.js";

// prettier-ignore
const rows = [
  ["姓名", "身份证号", "手机", "订单号", "会员等级"],
  ["张伟", "110101199003078670", { text: "13812345678", numeric: true }, "DD20231122123456789", "金卡"],
  ["欧阳娜娜", "11010119900307867X", "13912345678", "6222021234567890125", "钻石"],
  ["李娜", { text: "1.10101199003071E+17", numeric: true }, { text: "13912345678", formula: true }, "DD20231122123456790", "普通"],
];

describe("scanTable: columns raise and lower cell findings", () => {
  const r = scanTable(rows);
  const at = (row: number, col: number) => r.findings.filter((f) => f.row === row && f.col === col);
  it("finds names in a name column, even two-character ones without context", () => {
    expect(at(2, 0).map((f) => f.text)).toEqual(["张伟"]);
    expect(at(4, 0).map((f) => f.text)).toEqual(["李娜"]);
  });
  it("reports a mistyped ID in an ID column, flagged invalid_checksum", () => {
    expect(at(3, 1)).toMatchObject([{ type: "cn_resident_id", flags: ["invalid_checksum"] }]);
  });
  it("reports an ID stored as a number (digits lost) as damaged_number, with its text as the formula bar shows it", () => {
    expect(at(4, 1)).toMatchObject([{ type: "cn_resident_id", flags: ["damaged_number"], text: "110101199003071000" }]);
  });
  it("keeps a phone stored as a number, and flags formula results", () => {
    expect(at(2, 2)).toMatchObject([{ type: "phone_mobile", flags: [] }]);
    expect(at(4, 2)).toMatchObject([{ type: "phone_mobile", flags: ["formula"] }]);
  });
  it("lowers look-alikes in an order-number column (a Luhn-valid number there is an order, not a card)", () => {
    expect(at(3, 3)).toEqual([]);
  });
  it("does not take membership levels for names", () => expect(at(3, 4)).toEqual([]));
  it("scans the header row as text, not as data", () => expect(r.headerRow).toBe(1));
});

describe("TableScanner: rows arriving chunk by chunk (hosts read 5,000 rows at a time)", () => {
  it("gives the same findings as one call, and streams them through onFinding", () => {
    const streamed: CellFinding[] = [];
    const s = new TableScanner({ sampleRows: 2, onFinding: (f, row, col) => streamed.push({ ...f, row, col }) });
    s.push(rows.slice(0, 2), 1);
    expect(streamed).toEqual([]); // still sampling
    s.push(rows.slice(2), 3);
    s.finish();
    const key = (f: CellFinding) => `${f.row}:${f.col}:${f.type}`;
    expect(streamed.map(key).sort()).toEqual(scanTable(rows).findings.map(key).sort());
  });
  it("accepts sparse rows (row numbers with gaps)", () => {
    const s = new TableScanner();
    s.pushRow(1, ["手机"]);
    s.pushRow(10, ["13812345678"]);
    const r = s.finish();
    expect(r.findings.map((f) => f.row)).toEqual([10]);
    expect(s.rowCount).toBe(10);
  });
});

describe("numbers", () => {
  it("never reports a fractional number, whatever its digits", () => {
    expect(
      scanTable([
        ["比率"],
        [{ text: "0.65996322969428256", numeric: true }],
        [{ text: "6.5996322969428256E-2", numeric: true }],
      ]).findings,
    ).toEqual([]);
  });
});

describe("categorical columns", () => {
  it("do not turn repeated category values into names", () => {
    const levels = ["金星", "水星", "木星", "火星", "土星"]; // 金星 alone in a cell would pass for a name
    const rows = [
      ["编号", "等级"],
      ...Array.from({ length: 60 }, (_, i) => [`KH${1000 + i}`, levels[i % levels.length]]),
    ];
    expect(scanTable(rows).findings.filter((f) => f.type === "person_name")).toEqual([]);
  });
});

describe("scanTable: a value that fails its type's check, in a column whose header names the type", () => {
  // prettier-ignore
  const r = scanTable([
    ["客户", "手机", "座机", "身份证号"],
    ["王某", "1320961409", "0571-1234", "11010119900307867"],
    ["李某", "185284903457", "待补充", "1101011990030786701"],
    ["赵某", "13812345678", "021-64381234", "110101199003078670"],
  ]);
  const at = (row: number, col: number) => r.findings.filter((f) => f.row === row && f.col === col);
  it.each([
    [2, 1, "phone_mobile", "1320961409"], // one digit short
    [3, 1, "phone_mobile", "185284903457"], // one digit too many
    [2, 2, "phone_landline", "0571-1234"], // local part too short
    [2, 3, "cn_resident_id", "11010119900307867"], // 17 digits
    [3, 3, "cn_resident_id", "1101011990030786701"], // 19 digits
  ])("row %i col %i: %s %s is reported whole, flagged unverified", (row, col, type, text) => {
    expect(at(row, col)).toMatchObject([{ type, text, flags: ["unverified"] }]);
  });
  it("a placeholder is not; valid values carry no flag", () => {
    expect(at(3, 2)).toEqual([]);
    expect(at(4, 1)).toMatchObject([{ type: "phone_mobile", flags: [] }]);
    expect(at(4, 3)).toMatchObject([{ type: "cn_resident_id", flags: [] }]);
  });
});

describe("scanTable: a name in an address column", () => {
  // prettier-ignore
  const cells: [address: string, names: string[]][] = [
    ["上海市浦东新区张杨路500号（王芳）", ["王芳"]],
    ["广州市天河区林和西路167号 李明 13812345678", ["李明"]],
    ["长沙市岳麓区麓山南路932号 收件人：刘洋", ["刘洋"]],
    // estates, roads, shops and schools that begin with a surname character are the address's
    ["南京市鼓楼区汉中路2号 金陵饭店", []],
    ["深圳市南山区科技园 高新南一道 张江大厦", []],
    ["西安市雁塔区小寨东路126号 王府井百货", []],
    ["武汉市洪山区珞喻路1037号华中科技大学", []],
    ["成都市武侯区高升桥东路1号", []],
  ];
  const r = scanTable([["姓名", "地址"], ...cells.map(([a], i) => [`客户${i + 1}`, a])]);
  it("the column is an address column", () => expect(r.columns[1]?.type).toBe("address"));
  it.each(cells.map(([a, names], i) => [a, names, i + 2] as const))("%s → %j", (_, names, row) => {
    const found = r.findings.filter((f) => f.row === row && f.col === 1);
    expect(found.filter((f) => f.type === "person_name").map((f) => f.text)).toEqual(names);
    expect(found.some((f) => f.type === "address")).toBe(true);
  });
});
