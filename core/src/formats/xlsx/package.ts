import { ReadError } from "../errors.js";
import { nodeText, parseSmallXml } from "../xml.js";
import { ZipArchive } from "../zip/zip-reader.js";

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** the worksheet part, e.g. xl/worksheets/sheet1.xml */
  part: string;
  /** false for chart sheets and dialog sheets: listed, but they hold no cells */
  isWorksheet: boolean;
}

export interface DefinedName {
  name: string;
  value: string;
  sheetIndex: number | null;
}

export interface WorkbookPackage {
  zip: ZipArchive;
  /** the workbook part (xl/workbook.xml, or where the package's officeDocument relationship points) */
  workbookPart: string;
  sheets: SheetInfo[];
  definedNames: DefinedName[];
  sharedStringsPart: string | null;
  /** who the workbook was shared with, if it was a shared workbook (<fileSharing userName>) */
  fileSharingUser: string | null;
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Resolve a relationship target against the folder of the part that owns it. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a part (empty when it has none). */
export function readRels(zip: ZipArchive, ownerPart: string): Relationship[] {
  const relsPart = zip.find(relsPartOf(ownerPart));
  if (!relsPart) return [];
  const doc = parseSmallXml(zip.text(relsPart), relsPart);
  return asArray(doc?.Relationships?.Relationship).map((r: any) => {
    const external = r["@TargetMode"] === "External";
    const target = String(r["@Target"] ?? "");
    return {
      id: String(r["@Id"]),
      type: String(r["@Type"] ?? ""),
      target: external ? target : resolveTarget(ownerPart, target),
      external,
    };
  });
}

/** Opens an .xlsx/.xlsm package: sheets (in workbook order, with visibility), defined names, shared strings. */
export function openWorkbook(bytes: Uint8Array): WorkbookPackage {
  const zip = new ZipArchive(bytes);
  if (zip.find("xl/workbook.bin")) throw new ReadError("xlsb");
  const wbPart = zip.find("xl/workbook.xml") ?? findMainPart(zip);
  if (!wbPart) throw new ReadError("not_workbook");
  const wb = parseSmallXml(zip.text(wbPart), wbPart)?.workbook;
  if (!wb) throw new ReadError("not_workbook");
  const rels = readRels(zip, wbPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetInfo[] = asArray(wb.sheets?.sheet).map((s: any) => {
    const rel = byId.get(String(s["@id"] ?? s["@r:id"] ?? ""));
    const part = rel ? (zip.find(rel.target) ?? rel.target) : "";
    const state = s["@state"] === "hidden" ? "hidden" : s["@state"] === "veryHidden" ? "veryHidden" : "visible";
    return {
      name: String(s["@name"] ?? ""),
      state,
      part,
      isWorksheet: !!rel && /\/worksheet$/.test(rel.type) && zip.has(part),
    };
  });
  const definedNames = asArray(wb.definedNames?.definedName).map((d: any) => ({
    name: String(d["@name"] ?? ""),
    value: nodeText(d),
    sheetIndex: d["@localSheetId"] !== undefined ? Number(d["@localSheetId"]) : null,
  }));
  const sst = rels.find((r) => /\/sharedStrings$/.test(r.type));
  const sharedStringsPart = sst ? (zip.find(sst.target) ?? null) : (zip.find("xl/sharedStrings.xml") ?? null);
  const fileSharingUser = wb.fileSharing?.["@userName"] ? String(wb.fileSharing["@userName"]) : null;
  return { zip, workbookPart: wbPart, sheets, definedNames, sharedStringsPart, fileSharingUser };
}

/** Strict OOXML and some writers name the workbook part differently: follow the package's officeDocument relationship. */
function findMainPart(zip: ZipArchive): string | undefined {
  if (!zip.has("_rels/.rels")) return undefined;
  const rel = readRels(zip, "").find((r) => /\/officeDocument$/.test(r.type));
  return rel ? zip.find(rel.target) : undefined;
}
