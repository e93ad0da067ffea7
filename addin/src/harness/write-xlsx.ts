import { columnLetters, escapeXml } from "@tuomin/core";
import { strToU8, zipSync } from "fflate";
import type { LogPart } from "@tuomin/core";
import { DATA_PART_NS, toPartXml } from "../excel/excel-workbook-port.js";
import type { MemCell, MemSheet } from "./memory-workbook.js";

/**
 * Writes the harness's in-memory workbook as .xlsx: values, formulas (with their cached values), the text
 * number format, fills, sheet visibility and the change-log data part. Comments, styles beyond those and
 * everything else of the opened file are not carried over: the harness is for development and tests.
 */
export function writeXlsx(sheets: readonly MemSheet[], logParts: readonly LogPart[]): Uint8Array {
  const styles = new StyleTable();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, styles));
  });
  const sheetEntries = sheets
    .map(
      (s, i) =>
        `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.visibility !== "visible" ? ` state="${s.visibility}"` : ""} r:id="rId${i + 1}"/>`,
    )
    .join("");
  const firstVisible = Math.max(
    0,
    sheets.findIndex((s) => s.visibility === "visible"),
  );
  files["xl/workbook.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="${firstVisible}"/></bookViews><sheets>${sheetEntries}</sheets><calcPr fullCalcOnLoad="1"/></workbook>`);
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(
    `<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`,
  );
  logParts.forEach((_, i) =>
    rels.push(
      `<Relationship Id="rIdLog${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${i + 1}.xml"/>`,
    ),
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  files["xl/styles.xml"] = strToU8(styles.xml());
  logParts.forEach((p, i) => {
    const n = i + 1;
    files[`customXml/item${n}.xml`] = strToU8(toPartXml(p));
    files[`customXml/itemProps${n}.xml`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<ds:datastoreItem ds:itemID="${p.id.startsWith("{") ? p.id : `{${crypto.randomUUID().toUpperCase()}}`}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${DATA_PART_NS}"/></ds:schemaRefs></ds:datastoreItem>`);
    files[`customXml/_rels/item${n}.xml.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps${n}.xml"/></Relationships>`);
  });
  files["_rels/.rels"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files["[Content_Types].xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}${logParts.map((_, i) => `<Override PartName="/customXml/itemProps${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>`).join("")}</Types>`);
  return zipSync(files, { level: 6 });
}

function sheetXml(s: MemSheet, styles: StyleTable): string {
  const out: string[] = [];
  s.rows.forEach((row, r) => {
    if (!row) return;
    const cells: string[] = [];
    row.forEach((c, j) => {
      if (c) cells.push(cellXml(c, `${columnLetters(j)}${r + 1}`, styles));
    });
    if (cells.length) out.push(`<row r="${r + 1}">${cells.join("")}</row>`);
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${out.join("")}</sheetData></worksheet>`;
}

function cellXml(c: MemCell, ref: string, styles: StyleTable): string {
  const st = styles.index(c);
  const s = st ? ` s="${st}"` : "";
  const f = c.formula ? `<f>${escapeXml(c.formula)}</f>` : "";
  if (typeof c.value === "number") return `<c r="${ref}"${s}>${f}<v>${c.value}</v></c>`;
  if (typeof c.value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${c.value ? 1 : 0}</v></c>`;
  if (c.value === "" && !f) return st ? `<c r="${ref}"${s}/>` : "";
  if (f) return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(c.value)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(c.value)}</t></is></c>`;
}

/** Cell formats used by the workbook: the text number format (numFmtId 49) and solid fills. */
class StyleTable {
  private readonly fills: string[] = [];
  private readonly xfs: { text: boolean; fill: number }[] = [{ text: false, fill: 0 }];

  index(c: MemCell): number {
    const text = c.numberFormat === "@";
    const fill = c.fill ? this.fillId(c.fill) : 0;
    if (!text && !fill) return 0;
    let i = this.xfs.findIndex((x) => x.text === text && x.fill === fill);
    if (i < 0) {
      this.xfs.push({ text, fill });
      i = this.xfs.length - 1;
    }
    return i;
  }

  private fillId(color: string): number {
    let i = this.fills.indexOf(color);
    if (i < 0) {
      this.fills.push(color);
      i = this.fills.length - 1;
    }
    return i + 2; // 0 and 1 are the two fills every workbook has
  }

  xml(): string {
    const rgb = (c: string) => "FF" + c.replace("#", "").toUpperCase().padStart(6, "0").slice(-6);
    const fills = [
      `<fill><patternFill patternType="none"/></fill>`,
      `<fill><patternFill patternType="gray125"/></fill>`,
      ...this.fills.map(
        (c) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(c)}"/><bgColor indexed="64"/></patternFill></fill>`,
      ),
    ];
    const xfs = this.xfs.map(
      (x) =>
        `<xf numFmtId="${x.text ? 49 : 0}" fontId="0" fillId="${x.fill}" borderId="0" xfId="0"${x.text ? ` applyNumberFormat="1"` : ""}${x.fill ? ` applyFill="1"` : ""}/>`,
    );
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="${fills.length}">${fills.join("")}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`;
  }
}
