import iconv from "iconv-lite";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../../core/src/index.js";
import { tempDir, tuomin } from "../../helpers/cli.js";

const CSV =
  '姓名,手机,地址,金额,备注\r\n张伟,13812345678,"上海市浦东新区张江路88号",12.50,"说 ""下周"" 再联系"\r\n李娜,13912345678,北京市海淀区中关村大街27号,8.00,\r\n';

describe("tuomin mask on CSV/TSV keeps encoding, delimiter, quoting and line endings", () => {
  it.each([
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]), "utf-8", true],
    ["GBK (Excel in a Chinese locale)", new Uint8Array(iconv.encode(CSV, "gbk")), "gb18030", false],
    ["UTF-16LE with BOM", new Uint8Array(iconv.encode(CSV, "utf-16le", { addBOM: true })), "utf-16le", true],
  ])("%s", (_n, bytes, encoding, bom) => {
    const dir = tempDir();
    const input = path.join(dir, "客户.csv"),
      out = path.join(dir, "out.csv");
    fs.writeFileSync(input, bytes);
    const r = tuomin(["mask", input, "-o", out, "--key", path.join(dir, "k")]);
    expect(r.code, r.stderr).toBe(0);
    const d = decodeText(fs.readFileSync(out));
    expect(d.encoding).toBe(encoding);
    expect(d.bom).toBe(bom);
    expect(d.text).toBe(
      '姓名,手机,地址,金额,备注\r\n张*,138****5678,"上海市浦东新区******",12.50,"说 ""下周"" 再联系"\r\n李*,139****5678,北京市海淀区********,8.00,\r\n',
    );
    expect(tuomin(["verify", out]).code).toBe(0);
  });

  it("applies a policy: pseudonymize phones, delete names, retain with a legal basis", () => {
    const dir = tempDir();
    const input = path.join(dir, "a.tsv"),
      out = path.join(dir, "b.tsv"),
      pol = path.join(dir, "p.json");
    fs.writeFileSync(input, "姓名\t手机\t开户账号\n张伟\t13812345678\t6222021234567890128\n");
    fs.writeFileSync(
      pol,
      JSON.stringify({
        version: 1,
        rules: [
          { match: { type: "phone_mobile" }, action: "pseudonymize" },
          { match: { type: "person_name" }, action: "delete" },
          { match: { header: "开户账号" }, action: "retain", basis: "会计档案管理办法", period: "30年" },
        ],
      }),
    );
    const r = tuomin(["mask", input, "-o", out, "--policy", pol, "--key", path.join(dir, "k")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("法律依据: 会计档案管理办法; 留存期限: 30年");
    const lines = fs.readFileSync(out, "utf8").split("\n");
    expect(lines[1]).toMatch(/^\tPHONE-[0-9A-Z]{10}\t6222021234567890128$/);
    // the same input and key give the same token in another run
    const again = path.join(dir, "c.tsv");
    tuomin(["mask", input, "-o", again, "--policy", pol, "--key", path.join(dir, "k")]);
    expect(fs.readFileSync(again, "utf8")).toBe(fs.readFileSync(out, "utf8"));
  });

  it("rejects a bad policy naming the field", () => {
    const dir = tempDir();
    const pol = path.join(dir, "p.json");
    fs.writeFileSync(pol, JSON.stringify({ version: 1, rules: [{ match: { type: "phone" }, action: "mask" }] }));
    fs.writeFileSync(path.join(dir, "a.csv"), "手机\n13812345678\n");
    const r = tuomin([
      "mask",
      path.join(dir, "a.csv"),
      "-o",
      path.join(dir, "b.csv"),
      "--policy",
      pol,
      "--key",
      path.join(dir, "k"),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.json: 处理规则有误: rules\[0\]\.match\.type: .*allowed: cn_resident_id/);
  });
});

describe("the remediation report", () => {
  it("lists changes per type and action, and retained values with legal basis and period", () => {
    const dir = tempDir();
    const input = path.join(dir, "a.csv"),
      pol = path.join(dir, "p.json"),
      report = path.join(dir, "脱敏报告.html");
    fs.writeFileSync(input, "姓名,开户账号\n张伟,6222021234567890128\n");
    fs.writeFileSync(
      pol,
      JSON.stringify({
        version: 1,
        rules: [{ match: { header: "开户账号" }, action: "retain", basis: "会计档案管理办法", period: "30年" }],
      }),
    );
    expect(
      tuomin([
        "mask",
        input,
        "-o",
        path.join(dir, "b.csv"),
        "--policy",
        pol,
        "--report",
        report,
        "--key",
        path.join(dir, "k"),
      ]).code,
    ).toBe(0);
    const html = fs.readFileSync(report, "utf8");
    expect(html).toContain("会计档案管理办法");
    expect(html).toContain("30年");
    expect(html).toContain("6222 **** **** **** 128");
    expect(html).not.toContain("6222021234567890128");
    expect(html).toMatch(/姓名<\/td><td>脱敏\(遮盖\)<\/td><td class="n">1</);
  });
});

describe("one cell holding a long note", () => {
  // 120,000: ~4 s here; when each finding copied the cell's list (quadratic) 60,000 took 29 s: this one is killed after 60 s
  it("120,000 phone numbers in one quoted cell are all masked, in linear time", () => {
    const dir = tempDir();
    const input = path.join(dir, "note.csv"),
      out = path.join(dir, "out.csv");
    const phones = Array.from({ length: 120_000 }, (_, i) => `客户${i}电话138${String(10_000_000 + i).slice(-8)}`);
    fs.writeFileSync(input, `备注\n"${phones.join("；")}"\n`);
    const r = tuomin(["mask", input, "-o", out, "--key", path.join(dir, "k")], { killAfterMs: 60_000 });
    expect(r.code, r.stderr).toBe(0);
    const masked = fs.readFileSync(out, "utf8");
    expect(masked.match(/138\*\*\*\*\d{4}/g)?.length).toBe(120_000);
    expect(masked).not.toMatch(/138\d{8}/);
  });
});
