/**
 * manifest.xml checked locally (Microsoft's validator calls a web service): well-formed, the elements
 * Office requires in the order its schema wants, a GUID id, https URLs, resource ids that resolve,
 * string lengths within Office's limits, and icon files that exist at the sizes they claim.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { DEV_URL, manifestFor } from "../../addin/manifest-urls.mjs";
import { ROOT } from "../helpers/cli.js";

const XML = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true }).parse(
  XML,
) as any[];
const doc = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => ["bt:Image", "bt:Url", "bt:String", "Control", "Set", "Host", "Override"].includes(name),
}).parse(XML);
const app = doc.OfficeApp;
const childNames = (node: any[]): string[] =>
  node.map((n) => Object.keys(n).find((k) => k !== ":@" && k !== "#text")!).filter(Boolean);
const officeApp = ordered.find((n) => n.OfficeApp).OfficeApp as any[];

/** width and height of a PNG from its IHDR chunk */
function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe("PNG");
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}
const urls = (xml: string) =>
  [...xml.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(XML)).toBe(true);
  });

  it("is a task pane add-in for Excel workbooks with its elements in schema order", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app["@xmlns"]).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(childNames(officeApp)).toEqual(order);
    expect(app.Hosts.Host.map((h: any) => h["@Name"])).toEqual(["Workbook"]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.Requirements.Sets.Set[0]).toMatchObject({ "@Name": "ExcelApi" });
  });

  it("has a GUID id, a four-part version and a Chinese default locale", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.DefaultLocale).toBe("zh-CN");
  });

  it("keeps names and descriptions within Office's limits, in Chinese and English", () => {
    expect(app.DisplayName["@DefaultValue"].length).toBeLessThanOrEqual(125);
    expect(app.Description["@DefaultValue"].length).toBeLessThanOrEqual(250);
    expect(app.Description.Override[0]["@Value"].length).toBeLessThanOrEqual(250);
    const res = app.VersionOverrides.Resources;
    for (const s of res["bt:ShortStrings"]["bt:String"]) {
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(125);
      expect(s["bt:Override"]).toBeDefined();
    }
    for (const s of res["bt:LongStrings"]["bt:String"]) {
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(250);
      expect(s["bt:Override"]).toBeDefined();
    }
  });

  it("uses https for every URL", () => {
    const all = urls(XML);
    expect(all.length).toBeGreaterThan(8);
    for (const u of all) expect(u).toMatch(/^https:\/\//);
  });

  it("has a ribbon button that opens the task pane, and every resid resolves to a resource of its kind", () => {
    const host = app.VersionOverrides.Hosts.Host[0];
    expect(host["@xsi:type"]).toBe("Workbook");
    const control = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control[0];
    expect(control["@xsi:type"]).toBe("Button");
    expect(control.Action["@xsi:type"]).toBe("ShowTaskpane");
    const res = app.VersionOverrides.Resources;
    const ids = (group: any, item: string) => new Set<string>(group[item].map((x: any) => x["@id"]));
    const images = ids(res["bt:Images"], "bt:Image"),
      links = ids(res["bt:Urls"], "bt:Url");
    const strings = new Set([...ids(res["bt:ShortStrings"], "bt:String"), ...ids(res["bt:LongStrings"], "bt:String")]);
    const used = [...XML.matchAll(/<(\w+:)?(\w+)\b[^>]*\sresid="([^"]+)"/g)].map((m) => ({ tag: m[2], id: m[3] }));
    expect(used.length).toBeGreaterThan(10);
    for (const { tag, id } of used) {
      expect(id.length).toBeLessThanOrEqual(32);
      const pool =
        tag === "Image" ? images : ["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(tag) ? links : strings;
      expect(pool.has(id), `${tag} resid="${id}"`).toBe(true);
    }
  });

  it("points at icon files that exist in the sizes they are declared as", () => {
    const file = (url: string) => path.join(ROOT, "addin", new URL(url).pathname);
    const declared: [string, number][] = [
      [app.IconUrl["@DefaultValue"], 32],
      [app.HighResolutionIconUrl["@DefaultValue"], 64],
    ];
    for (const img of app.VersionOverrides.Resources["bt:Images"]["bt:Image"])
      declared.push([img["@DefaultValue"], Number(/(\d+)x\1/.exec(img["@id"])![1])]);
    for (const [url, size] of declared) expect(pngSize(file(url)), url).toEqual({ w: size, h: size });
  });

  it("the build rewrites every development URL to the production one, and refuses a non-https one", () => {
    const prod = manifestFor(XML, "https://addin.example.cn/tuomin/");
    expect(prod).not.toContain(DEV_URL);
    expect(urls(prod).every((u) => u.startsWith("https://addin.example.cn"))).toBe(true);
    expect(prod).toContain("<AppDomain>https://addin.example.cn</AppDomain>");
    expect(XMLValidator.validate(prod)).toBe(true);
    expect(() => manifestFor(XML, "http://addin.example.cn/")).toThrow(/https/);
  });
});
