/**
 * Hostile and damaged packages (issue 10): whatever another reader shows, Tuomin sees — and masks away;
 * whatever it cannot read unambiguously, it refuses with a reason, quickly. Each case is checked against
 * what SheetJS and LibreOffice read from the same bytes, so the table describes real exposure.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { maskXlsx } from "../../../core/src/formats/xlsx/mask-xlsx.js";
import { DEFAULT_POLICY, ReadError, scanBytes } from "../../../core/src/index.js";
import { tempDir, tuomin } from "../../helpers/cli.js";
import { hasSoffice, sofficeToCsv } from "../../helpers/libreoffice.js";
import { allPartsText } from "../../helpers/xlsx-parts.js";
import { HOSTILE_CASES, PHONE, spacesBomb, withParts } from "../../fixtures/hostile.js";

const ctx = { policy: DEFAULT_POLICY, level: "standard" as const, pseudonymKey: new Uint8Array(32).fill(7) };
const found = HOSTILE_CASES.filter((c) => "finds" in c.expect);
const refused = HOSTILE_CASES.filter((c) => "refuses" in c.expect);
const valueOf = (c: (typeof HOSTILE_CASES)[number]) => (c.expect as { finds: string }).finds;

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    return (e as ReadError).code;
  }
  return "accepted";
}

describe("what another reader shows, Tuomin finds, and the masked copy no longer holds", () => {
  it.each(found.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const bytes = c.bytes();
    const value = valueOf(c);
    expect(scanBytes(bytes, "in.xlsx").findings.map((f) => f.text)).toContain(value);
    const out = maskXlsx(bytes, ctx);
    expect(out.changes.length).toBeGreaterThan(0);
    const left = scanBytes(out.bytes, "out.xlsx").findings.filter((f) => f.sensitivity !== "organization");
    expect(left.map((f) => `${f.location} ${f.part ?? f.sheet} ${f.type}`)).toEqual([]);
    for (const [part, text] of allPartsText(out.bytes)) expect(text, part).not.toContain(value);
  });
});

describe("what cannot be read unambiguously is refused, by scan and mask alike, within a second", () => {
  it.each(refused.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const bytes = c.bytes();
    const code = (c.expect as { refuses: string }).refuses;
    const t0 = performance.now();
    expect(refusal(() => scanBytes(bytes, "in.xlsx"))).toBe(code);
    expect(refusal(() => maskXlsx(bytes, ctx))).toBe(code);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe("a zip bomb is called one, within a second and 200 MB", () => {
  it("2 GiB of spaces in a 9 MB file", async () => {
    const bomb = await spacesBomb(2);
    expect(bomb.length).toBeLessThan(16 << 20);
    const rss = process.memoryUsage().rss;
    const t0 = performance.now();
    expect(refusal(() => scanBytes(bomb, "bomb.xlsx"))).toBe("bomb");
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 << 20);
  }, 60_000);
});

describe("the cases are real: SheetJS shows the value", () => {
  const cases = HOSTILE_CASES.filter((c) => c.shownBy?.includes("sheetjs"));
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_n, c) => {
    const wb = XLSX.read(c.bytes(), { type: "buffer" });
    const text = wb.SheetNames.map((n) => XLSX.utils.sheet_to_csv(wb.Sheets[n])).join("\n");
    expect(text).toMatch(/13812345678|110101199003078670/);
  });
});

describe.runIf(hasSoffice() || process.env.CI)("the cases are real: LibreOffice shows the value", () => {
  it("converts each file it is listed for and finds the value in the first sheet", () => {
    const dir = tempDir("tuomin-hostile-");
    const cases = HOSTILE_CASES.filter((c) => c.shownBy?.includes("libreoffice"));
    const files = cases.map((c, i) => {
      const f = path.join(dir, `case${i}.xlsx`);
      fs.writeFileSync(f, c.bytes());
      return f;
    });
    const csv = sofficeToCsv(files, path.join(dir, "csv"), path.join(dir, "profile"));
    cases.forEach((c, i) => {
      const value = "finds" in c.expect ? c.expect.finds : PHONE;
      expect(csv.get(files[i]) ?? "", c.name).toContain(value);
    });
  }, 300_000);
});

describe("tuomin verify fails closed", () => {
  const dir = tempDir("tuomin-verify-");
  it("a refused file: exit 2, the reason on stderr, and no word of passing", () => {
    const f = path.join(dir, "dup.xlsx");
    fs.writeFileSync(f, refused[0].bytes());
    const r = tuomin(["verify", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("dup.xlsx");
    expect(r.stdout).not.toMatch(/(?<!未)通过|(?<!not )passed/);
    expect(r.stdout).toContain("未通过");
  });

  it("a part it cannot read (a binary embedded object): exit 2, naming the part", () => {
    const f = path.join(dir, "ole.xlsx");
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(f, withParts({ "xl/embeddings/oleObject1.bin": ole }));
    const r = tuomin(["verify", "--lang", "en", f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xl/embeddings/oleObject1.bin");
    expect(r.stdout).toContain("not passed");
  });

  it("a masked copy of a file with personal data in an unreferenced part passes", () => {
    const input = path.join(dir, "extra.xlsx");
    const output = path.join(dir, "extra-masked.xlsx");
    fs.writeFileSync(input, found.find((c) => c.name.includes("no relationship"))!.bytes());
    expect(tuomin(["verify", input]).code).toBe(3);
    expect(tuomin(["mask", input, "-o", output, "--key", path.join(dir, "k.key")]).code).toBe(0);
    expect(tuomin(["verify", output]).code).toBe(0);
  });
});
