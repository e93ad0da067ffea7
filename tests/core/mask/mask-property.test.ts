/**
 * Property: whatever synthetic personal data a workbook holds and whichever policy applies, no original
 * value — raw, digits-only or XML-escaped — is left in any part of the masked package or in its log.
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { maskXlsx } from "../../../core/src/formats/xlsx/mask-xlsx.js";
import { ChangeLogWriter, parsePolicy, scanBytes } from "../../../core/src/index.js";
import { inlineCell } from "../../fixtures/bad-inputs.js";
import { People } from "../../synth/people.js";
import { Rng } from "../../synth/random.js";
import { allPartsText } from "../../helpers/xlsx-parts.js";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A workbook with a header row, personal data as shared strings, inline strings and numbers, and a comment. */
function workbook(values: { header: string; value: string; kind: "sst" | "inline" | "number" }[]): Uint8Array {
  const sst: string[] = [];
  const header = values.map((v, i) => inlineCell(`${String.fromCharCode(65 + i)}1`, esc(v.header))).join("");
  const row = values
    .map((v, i) => {
      const ref = `${String.fromCharCode(65 + i)}2`;
      if (v.kind === "number" && /^\d{1,15}$/.test(v.value)) return `<c r="${ref}"><v>${v.value}</v></c>`;
      if (v.kind === "sst") {
        sst.push(v.value);
        return `<c r="${ref}" t="s"><v>${sst.length - 1}</v></c>`;
      }
      return inlineCell(ref, esc(v.value));
    })
    .join("");
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  return zipSync(
    Object.fromEntries(
      Object.entries({
        "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
        "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        "xl/sharedStrings.xml": `<?xml version="1.0"?><sst ${NS.split(" ")[0]} count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`,
        "xl/worksheets/sheet1.xml": `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1">${header}</row><row r="2">${row}</row></sheetData></worksheet>`,
      }).map(([k, v]) => [k, strToU8(v)]),
    ),
  );
}

const GENERATORS: [string, (p: People) => string][] = [
  ["身份证号", (p) => p.residentId()],
  ["手机", (p) => p.mobile()],
  ["姓名", (p) => p.name()],
  ["收货地址", (p) => p.address()],
  ["邮箱", (p) => p.email()],
  ["银行卡号", (p) => p.bankCard()],
  ["固定电话", (p) => p.landline()],
  ["车牌号", (p) => p.plate()],
];

describe("masking leaves no original value anywhere (property)", () => {
  it("random values, storage kinds and policies", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: GENERATORS.length - 1 }), fc.constantFrom("sst", "inline", "number")),
          { minLength: 1, maxLength: 6 },
        ),
        fc.constantFrom("mask", "pseudonymize", "delete", "strict"),
        (seed, picks, action) => {
          const p = new People(new Rng(seed));
          const values = picks.map(([g, kind]) => ({
            header: GENERATORS[g][0],
            value: GENERATORS[g][1](p),
            kind: kind as "sst" | "inline" | "number",
          }));
          const bytes = workbook(values);
          const originals = scanBytes(bytes, "x.xlsx")
            .findings.filter((f) => f.location === "value" && f.sensitivity !== "organization")
            .map((f) => f.text);
          const policy = parsePolicy(
            JSON.stringify({
              version: 1,
              rules:
                action === "strict"
                  ? [{ match: { sensitivity: "personal" }, action: "mask", level: "strict" }]
                  : [
                      { match: { sensitivity: "sensitive" }, action: action === "mask" ? "mask" : action },
                      { match: { sensitivity: "personal" }, action: action === "mask" ? "mask" : action },
                    ],
            }),
          );
          const key = new Uint8Array(32).fill(9);
          const log = new ChangeLogWriter(key, { tool: "t", actor: "a", host: "cli" });
          const lines: string[] = [];
          const r = maskXlsx(bytes, {
            policy,
            level: "standard",
            pseudonymKey: key,
            onChange: (c) =>
              lines.push(
                log.entryLine({
                  target: { file: "x.xlsx", sheet: c.sheet, cell: c.cell },
                  type: c.finding.type,
                  action: c.action.action as "mask",
                  original: c.finding.text,
                  preview: "p",
                  after: c.after,
                }),
              ),
          });
          const everything = [...allPartsText(r.bytes).values()].join("\n") + "\n" + lines.join("\n");
          for (const o of originals) {
            for (const form of [o, esc(o), ...(o.replace(/\D/g, "").length >= 7 ? [o.replace(/\D/g, "")] : [])]) {
              expect(everything.includes(form), `"${form}" survived (${action})`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});
