/**
 * tuomin mask on workbooks: the output opens in SheetJS and ExcelJS with the same sheets, every cell
 * without personal data unchanged, no original value left in any part or in the log, formulas kept,
 * hidden sheets hidden; verify then passes.
 */
import ExcelJS from "exceljs";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { scanBytes } from "../../../core/src/index.js";
import { residuePackage } from "../../fixtures/residue-package.js";
import { EXAMPLE, tempDir, tuomin } from "../../helpers/cli.js";
import { allPartsText } from "../../helpers/xlsx-parts.js";

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("tuomin mask on the example workbook", () => {
  let dir: string, out: string, log: string, originals: string[];
  let before: XLSX.WorkBook, after: XLSX.WorkBook;
  const inputHash = () => fs.readFileSync(EXAMPLE).toString("base64");
  let inputBefore: string;
  beforeAll(() => {
    dir = tempDir();
    out = path.join(dir, "交接.xlsx");
    log = out + ".tuomin-log.jsonl";
    inputBefore = inputHash();
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--key", path.join(dir, "key")]);
    expect(r.code, r.stderr).toBe(0);
    originals = scanBytes(fs.readFileSync(EXAMPLE), "x.xlsx")
      .findings.filter((f) => f.sensitivity !== "organization")
      .map((f) => f.text);
    before = XLSX.read(fs.readFileSync(EXAMPLE), { cellFormula: true });
    after = XLSX.read(fs.readFileSync(out), { cellFormula: true });
  });

  it("prints what it did, the log and the final hash; the input is untouched", () => {
    expect(inputHash()).toBe(inputBefore);
    expect(fs.existsSync(log)).toBe(true);
  });
  it("passes the handover check afterwards", () => {
    const v = tuomin(["verify", out]);
    expect(v.code, v.stdout).toBe(0);
  });
  it("leaves no original value in any part of the package, raw, digits-only or XML-escaped", () => {
    const parts = [...allPartsText(fs.readFileSync(out)).values()].join("\n");
    const logText = fs.readFileSync(log, "utf8");
    expect(originals.length).toBeGreaterThan(300);
    for (const o of new Set(originals)) {
      const forms = [o, escapeXml(o)];
      if (/\d{7,}/.test(o.replace(/\D/g, ""))) forms.push(o.replace(/\D/g, ""));
      for (const f of forms) {
        expect(parts.includes(f), `"${f}" left in the package`).toBe(false);
        expect(logText.includes(f), `"${f}" in the log`).toBe(false);
      }
    }
  });
  it("keeps the same sheets, the hidden one hidden", () => {
    expect(after.SheetNames).toEqual(before.SheetNames);
    expect(after.Workbook?.Sheets?.map((s) => s.Hidden ?? 0)).toEqual(
      before.Workbook?.Sheets?.map((s) => s.Hidden ?? 0),
    );
  });
  it("changes only cells that held personal data, and keeps formulas", () => {
    const changed = new Set(
      fs
        .readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => JSON.parse(l))
        .filter((e) => !e.target.location)
        .map((e) => `${e.target.sheet}!${e.target.cell}`),
    );
    let same = 0;
    for (const name of before.SheetNames) {
      for (const [ref, cell] of Object.entries(before.Sheets[name])) {
        if (ref.startsWith("!")) continue;
        const a = cell as XLSX.CellObject,
          b = after.Sheets[name][ref] as XLSX.CellObject;
        if (a.f) {
          expect(b?.f, `${name}!${ref} formula`).toBe(a.f);
          continue;
        }
        if (changed.has(`${name}!${ref}`)) {
          expect(b?.v).not.toBe(a.v);
          continue;
        }
        expect(b?.v, `${name}!${ref}`).toEqual(a.v);
        same++;
      }
    }
    expect(same).toBeGreaterThan(200);
    expect(changed.size).toBeGreaterThan(300);
  });
  it("turns IDs stored as numbers into text cells with a text number format", () => {
    const ws = after.Sheets["备份"];
    const masked = Object.entries(ws)
      .filter(([r]) => /^B\d+$/.test(r) && r !== "B1")
      .map(([, c]) => c as XLSX.CellObject);
    expect(masked.every((c) => c.t === "s" && /^\d\*+/.test(String(c.v)))).toBe(true);
  });
  it("opens in ExcelJS too", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(before.SheetNames);
    expect(String(wb.getWorksheet("客户名单")!.getCell("B2").value)).toMatch(/^.\*+$/);
  });
  it("refuses to overwrite an existing output without --force, and never writes over the input", () => {
    expect(tuomin(["mask", EXAMPLE, "-o", out, "--key", path.join(dir, "key")]).code).toBe(2);
    expect(tuomin(["mask", EXAMPLE, "-o", EXAMPLE, "--force", "--key", path.join(dir, "key")]).code).toBe(2);
    expect(inputHash()).toBe(inputBefore);
  });
});

describe("mask scrubs every residue place", () => {
  it("comments, properties, names, caches, drawings, links, header/footer, validation lists, hidden sheets", () => {
    const dir = tempDir();
    const input = path.join(dir, "residue.xlsx"),
      out = path.join(dir, "clean.xlsx");
    fs.writeFileSync(input, residuePackage());
    const r = tuomin(["mask", input, "-o", out, "--key", path.join(dir, "key")]);
    expect(r.code, r.stderr).toBe(0);
    const left = scanBytes(fs.readFileSync(out), "clean.xlsx").findings.filter((f) => f.sensitivity !== "organization");
    expect(left).toEqual([]);
    // the sheet named after a phone number is renamed (＊ for *, which sheet names cannot hold)
    expect(XLSX.read(fs.readFileSync(out)).SheetNames).toEqual(["客户", "备份", "回访138＊＊＊＊0015"]);
    // a shape's hyperlink and a linked file keep working URIs, their personal parts masked in place
    const parts = allPartsText(fs.readFileSync(out));
    expect(parts.get("xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://crm.example.cn/kehu?tel=138****0018&amp;name=%E9%99%88*" TargetMode="External"',
    );
    expect(parts.get("xl/drawings/drawing1.xml")).toContain('<a:hlinkClick r:id="rId1"/>');
    expect(parts.get("xl/externalLinks/_rels/externalLink1.xml.rels")).toContain(
      'Target="file:///D:/%E5%AE%A2%E6%88%B7/%E5%9B%9E%E8%AE%BF138****0019.xlsx"',
    );
  });
});

describe("the key file", () => {
  it("is created on first use, owner-only, its path printed, and never written into outputs", () => {
    const dir = tempDir();
    const key = path.join(dir, "sub", "key");
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "o.xlsx"), "--key", key]);
    expect(r.stderr).toContain(key);
    expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    const k = fs.readFileSync(key, "utf8").trim();
    expect([...allPartsText(fs.readFileSync(path.join(dir, "o.xlsx"))).values()].join("").includes(k)).toBe(false);
    expect(fs.readFileSync(path.join(dir, "o.xlsx.tuomin-log.jsonl"), "utf8").includes(k)).toBe(false);
  });
});

describe("mark_deleted keeps the row and sets a status column", () => {
  it("adds the column with its header when the sheet has none", () => {
    const dir = tempDir();
    const pol = path.join(dir, "p.json"),
      out = path.join(dir, "o.xlsx");
    fs.writeFileSync(
      pol,
      JSON.stringify({
        version: 1,
        rules: [
          {
            match: { sheet: "客户名单", type: "cn_resident_id" },
            action: "mark_deleted",
            statusColumn: "状态",
            statusValue: "已删除",
          },
        ],
      }),
    );
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--policy", pol, "--key", path.join(dir, "k")]);
    expect(r.code, r.stderr).toBe(0);
    const ws = XLSX.read(fs.readFileSync(out)).Sheets["客户名单"];
    expect(ws.L1?.v).toBe("状态");
    expect(ws.L2?.v).toBe("已删除");
    expect(ws.L61?.v).toBe("已删除");
    expect(String(ws.D2?.v)).toMatch(/^\d{17}[\dX]$/); // the ID itself stays: logical deletion only marks the row
    expect(ws.A2?.v).toBe("KH10001");
  });
});

describe("shared strings: no original left orphaned", () => {
  it("a string used in two columns masked differently is replaced in its slot, the other use gets a new slot", async () => {
    const dir = tempDir();
    const input = path.join(dir, "two.xlsx"),
      out = path.join(dir, "o.xlsx"),
      pol = path.join(dir, "p.json");
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet("甲"),
      b = wb.addWorksheet("乙");
    a.addRows([["手机"], ["13812345678"], ["13912345678"]]);
    b.addRows([["手机"], ["13812345678"], ["备注"]]);
    await wb.xlsx.writeFile(input);
    fs.writeFileSync(
      pol,
      JSON.stringify({ version: 1, rules: [{ match: { sheet: "乙", type: "phone_mobile" }, action: "pseudonymize" }] }),
    );
    expect(allPartsText(fs.readFileSync(input)).get("xl/sharedStrings.xml")).toContain("13812345678"); // one shared string, two uses
    expect(tuomin(["mask", input, "-o", out, "--policy", pol, "--key", path.join(dir, "k")]).code).toBe(0);
    const parts = allPartsText(fs.readFileSync(out));
    expect(parts.get("xl/sharedStrings.xml")).not.toContain("13812345678");
    const x = XLSX.read(fs.readFileSync(out));
    expect(x.Sheets["甲"].A2.v).toBe("138****5678");
    expect(String(x.Sheets["乙"].A2.v)).toMatch(/^PHONE-/);
    expect(x.Sheets["乙"].A3.v).toBe("备注");
  });
});

describe("masked values become shared strings", () => {
  it("even when the workbook had no shared-string table (inline strings only)", () => {
    const dir = tempDir();
    const input = path.join(dir, "inline.xlsx"),
      out = path.join(dir, "o.xlsx");
    fs.writeFileSync(input, residuePackage());
    expect(tuomin(["mask", input, "-o", out, "--key", path.join(dir, "k")]).code).toBe(0);
    const parts = allPartsText(fs.readFileSync(out));
    expect(parts.get("xl/sharedStrings.xml")).toContain("138****0001");
    expect(parts.get("xl/_rels/workbook.xml.rels")).toContain("sharedStrings.xml");
    expect(parts.get("xl/worksheets/sheet1.xml")).toMatch(/<c r="A2" t="s"><v>\d+<\/v><\/c>/);
    expect(XLSX.read(fs.readFileSync(out)).Sheets["客户"].A2.v).toBe("138****0001");
  });
});
