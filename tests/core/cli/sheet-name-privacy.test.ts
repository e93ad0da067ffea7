/**
 * A sheet named after a customer (`客户18641617425`) is renamed by `tuomin mask`; the raw name must not
 * turn up in anything else Tuomin writes either: scan's summary, JSON and report, the change log, the
 * export, the mask report (issue 10). With --reveal, scan shows it as it is.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import XLSX from "xlsx";
import { tempDir, tuomin } from "../../helpers/cli.js";

const RAW = "18641617425";

describe("sheet names holding personal data are masked in every output", () => {
  const dir = tempDir();
  const input = path.join(dir, "book.xlsx");
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ["姓名", "手机"],
      ["王小明", "13812345678"],
    ]),
    `客户${RAW}`,
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["备注"], ["无"]]), "汇总");
  fs.writeFileSync(input, XLSX.write(wb, { type: "buffer", bookType: "xlsx" }));
  const key = path.join(dir, "k");

  it.each([
    ["scan summary", () => tuomin(["scan", input]).stdout],
    ["scan --json", () => tuomin(["scan", "--json", input]).stdout],
    [
      "scan --report",
      () => {
        tuomin(["scan", input, "--report", path.join(dir, "r.html")]);
        return fs.readFileSync(path.join(dir, "r.html"), "utf8");
      },
    ],
    [
      "mask: summary, log, log export and mask report",
      () => {
        const out = path.join(dir, "o.xlsx");
        const log = path.join(dir, "o.jsonl");
        const m = tuomin(["mask", input, "-o", out, "--log", log, "--key", key, "--report", path.join(dir, "m.html")]);
        expect(m.code).toBe(0);
        const exported = tuomin(["log", "export", log, "--csv"]).stdout;
        // the name the sheet has in the masked workbook (＊: Excel forbids * in sheet names)
        expect(exported).toContain("客户186＊＊＊＊7425");
        return m.stdout + fs.readFileSync(log, "utf8") + exported + fs.readFileSync(path.join(dir, "m.html"), "utf8");
      },
    ],
  ])("%s", (_what, output) => {
    const text = output();
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(RAW);
  });

  it("scan says which sheet, in its masked form; --reveal shows the name as it is", () => {
    expect(tuomin(["scan", input]).stdout).toContain("客户186****7425");
    expect(tuomin(["scan", "--json", "--reveal", input]).stdout).toContain(`客户${RAW}`);
  });
});
