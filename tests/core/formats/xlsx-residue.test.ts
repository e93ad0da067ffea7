import { describe, expect, it } from "vitest";
import { scanBytes, type Location } from "../../../core/src/index.js";
import { PLACES, residuePackage } from "../../fixtures/residue-package.js";

describe("personal data is found in every place an .xlsx hides it (ooxml-residue.md)", () => {
  const r = scanBytes(residuePackage(), "residue.xlsx");
  const where = (phone: string) => r.findings.filter((f) => f.type === "phone_mobile" && f.text === phone);
  const rows: [keyof typeof PLACES, Location, string | null, string | null][] = [
    ["cell", "value", "客户", "A2"],
    ["hiddenSheet", "value", "备份", "A1"],
    ["comment", "comment", "客户", "A2"],
    ["threaded", "comment", "客户", "A2"],
    ["docCore", "doc_property", null, null],
    ["docCustom", "doc_property", null, null],
    ["definedName", "defined_name", null, null],
    ["sheetName", "sheet_name", null, null],
    ["headerFooter", "header_footer", "客户", null],
    ["dataValidation", "data_validation", "客户", "B2"],
    ["hyperlink", "other_part", "客户", "C2"],
    ["chart", "chart_cache", null, null],
    ["pivotDef", "pivot_cache", null, null],
    ["pivotRecords", "pivot_cache", null, null],
    ["drawing", "other_part", null, null],
    ["externalLink", "other_part", null, null],
    ["customXml", "other_part", null, null],
    ["drawingLink", "other_part", null, null],
    ["linkedFile", "other_part", null, null],
  ];
  it.each(rows)("%s → %s", (place, location, sheet, cell) => {
    const found = where(PLACES[place]);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0].location).toBe(location);
    if (location !== "sheet_name") expect(found[0].sheet).toBe(sheet);
    expect(found[0].cell).toBe(cell);
  });
  it("marks findings in hidden sheets", () => expect(where(PLACES.hiddenSheet)[0].flags).toContain("hidden_sheet"));
  it("names the part for findings outside cells", () => {
    expect(where(PLACES.chart)[0].part).toBe("xl/charts/chart1.xml");
    expect(where(PLACES.hyperlink)[0].part).toBe("xl/worksheets/_rels/sheet1.xml.rels");
    expect(where(PLACES.hyperlink)).toHaveLength(1); // read with its sheet, not again as a part
    expect(where(PLACES.drawingLink)[0].part).toBe("xl/drawings/_rels/drawing1.xml.rels");
    expect(where(PLACES.linkedFile)[0].part).toBe("xl/externalLinks/_rels/externalLink1.xml.rels");
  });
  it("reads a shape's hyperlink percent-decoded: the name in its query too", () => {
    const inLink = r.findings.filter((f) => f.part === "xl/drawings/_rels/drawing1.xml.rels").map((f) => f.text);
    expect(inLink.sort()).toEqual([PLACES.drawingLink, "陈静"].sort());
  });
  it("finds the people: creator, comment author, pivot refresher", () => {
    const names = r.findings.filter((f) => f.type === "person_name").map((f) => [f.text, f.location]);
    expect(names).toEqual(
      expect.arrayContaining([
        ["张伟", "doc_property"],
        ["李娜", "comment"],
        ["王芳", "pivot_cache"],
      ]),
    );
  });
});
