import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { cfb, sheetjsBook } from "../../fixtures/bad-inputs.js";
import { spawnSync } from "node:child_process";
import { EXAMPLE, ROOT, tempDir, tuomin } from "../../helpers/cli.js";
import { SPEC } from "../../helpers/paths.js";

const schema = JSON.parse(fs.readFileSync(path.join(SPEC, "scan-output.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe("tuomin scan --json", () => {
  const r = tuomin(["scan", EXAMPLE, "--json"]);
  const doc = JSON.parse(r.stdout);
  it("exits 0 and prints only JSON on stdout", () => {
    expect(r.code).toBe(0);
    expect(r.stdout.trim().startsWith("{")).toBe(true);
  });
  it("matches scan-output.schema.json exactly", () => {
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
  it("carries no raw value without --reveal: every preview is masked", () => {
    const f = doc.files[0].findings;
    expect(f.length).toBeGreaterThan(300);
    expect(f.every((x: { value?: string }) => !("value" in x))).toBe(true);
    expect(
      f
        .filter((x: { type: string }) => x.type === "cn_resident_id")
        .every((x: { preview: string }) => /^\d\*{15}[\dX]{2}$/.test(x.preview) || x.preview.includes("*")),
    ).toBe(true);
  });
  it("lists every sheet, the hidden one flagged, with column classes", () => {
    const sheets = doc.files[0].sheets;
    expect(sheets.map((s: { name: string; hidden: boolean }) => [s.name, s.hidden])).toEqual([
      ["客户名单", false],
      ["订单记录", false],
      ["跟进记录", false],
      ["企业客户", false],
      ["备份", true],
    ]);
    expect(sheets[0].columns.find((c: { column: string }) => c.column === "D")).toMatchObject({
      header: "身份证号",
      type: "cn_resident_id",
      findings: 60,
    });
    const hidden = doc.files[0].findings.filter((x: { sheet: string }) => x.sheet === "备份");
    expect(hidden.every((x: { flags: string[] }) => x.flags.includes("hidden_sheet"))).toBe(true);
    expect(hidden.some((x: { flags: string[] }) => x.flags.includes("damaged_number"))).toBe(true);
  });
  it("--reveal adds the raw value, and the summary never shows one", () => {
    const raw = JSON.parse(tuomin(["scan", EXAMPLE, "--json", "--reveal"]).stdout).files[0].findings;
    const ids = raw.filter((x: { type: string }) => x.type === "cn_resident_id").map((x: { value: string }) => x.value);
    expect(ids[0]).toMatch(/^\d{17}[\dX]$/);
    const text = tuomin(["scan", EXAMPLE]).stdout;
    for (const id of ids) expect(text).not.toContain(id);
    validate(JSON.parse(tuomin(["scan", EXAMPLE, "--json", "--reveal"]).stdout));
  });
});

describe("tuomin scan: summary, report, folders, bad files", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "交接文件/子目录"), { recursive: true });
    fs.copyFileSync(EXAMPLE, path.join(dir, "交接文件/客户.xlsx"));
    fs.writeFileSync(path.join(dir, "交接文件/子目录/名单.csv"), "姓名,手机\n张伟,13812345678\n");
    fs.writeFileSync(path.join(dir, "交接文件/加密.xlsx"), cfb(true));
    fs.writeFileSync(path.join(dir, "交接文件/旧表.xls"), sheetjsBook("xls"));
    fs.writeFileSync(path.join(dir, "交接文件/readme.md"), "not scanned");
  });

  it("prints a summary table per file → sheet → column, Chinese by default", () => {
    const r = tuomin(["scan", EXAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("工作表「客户名单」");
    expect(r.stdout).toMatch(/D\s+身份证号\s+身份证号\s+60\s+\d\*{15}/);
    expect(r.stdout).toContain("(隐藏工作表)");
    expect(r.stdout).toMatch(/共发现 \d+ 项:敏感个人信息 \d+ 项/);
  });
  it("speaks English with --lang en", () => {
    expect(tuomin(["scan", EXAMPLE, "--lang", "en"]).stdout).toMatch(/Sheet「客户名单」[\s\S]*Resident ID/);
  });
  it("scans a folder recursively; a bad file is named with its reason and the others are still reported (exit 2)", () => {
    const r = tuomin(["scan", path.join(dir, "交接文件"), "--json"]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    const byName = (n: string) => files.find((f: { path: string }) => path.basename(f.path) === n);
    expect(files.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(
      ["加密.xlsx", "名单.csv", "客户.xlsx"].sort(),
    );
    expect(byName("加密.xlsx").errors[0]).toContain("文件已加密");
    expect(byName("客户.xlsx").findings.length).toBeGreaterThan(300);
    expect(byName("名单.csv").findings.length).toBe(2);
    expect(r.stderr).toMatch(/^tuomin: .*加密\.xlsx: 文件已加密,请先在 Excel 中取消密码后再扫描$/m);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
  it.each([
    ["旧表.xls", "旧版 .xls"],
    ["加密.xlsx", "已加密"],
  ])("a named %s gives one line naming the file and the reason, exit 2, no stack trace", (name, why) => {
    const r = tuomin(["scan", path.join(dir, "交接文件", name)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toContain(why);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it("a missing file: exit 2 with a clear line", () => {
    const r = tuomin(["scan", path.join(dir, "nope.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope\.xlsx: 文件或文件夹不存在/);
  });
  it("a usage error exits 2", () => {
    expect(tuomin(["scan"]).code).toBe(2);
    expect(tuomin(["scan", EXAMPLE, "--lang", "fr"]).code).toBe(2);
    expect(tuomin(["frobnicate"]).code).toBe(2);
  });
  it("writes a self-contained HTML report with charts, atomically", () => {
    const out = path.join(dir, "检查报告.html");
    const r = tuomin(["scan", EXAMPLE, "--report", out]);
    expect(r.code).toBe(0);
    const html = fs.readFileSync(out, "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("按类型");
    expect(html).toContain("敏感个人信息");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const en = path.join(dir, "report-en.html");
    tuomin(["scan", EXAMPLE, "--report", en, "--lang", "en"]);
    expect(fs.readFileSync(en, "utf8")).toContain("By type");
  });
});

describe("tuomin verify (handover check)", () => {
  it("exits 3 while personal data remains", () => {
    const r = tuomin(["verify", EXAMPLE]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("交接前检查未通过");
  });
  it("exits 0 on a clean file", () => {
    const dir = tempDir();
    const clean = path.join(dir, "clean.csv");
    fs.writeFileSync(clean, "订单号,金额\nDD20231122123456789,12.50\n");
    const r = tuomin(["verify", clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("交接前检查通过");
  });
});

describe("progress bar", () => {
  it("appears on a terminal (run under script(1) for a pseudo-terminal), never in piped output", () => {
    const r = spawnSync(
      "script",
      [
        "-qec",
        `node ${JSON.stringify(path.join(ROOT, "core/bin/tuomin.js"))} scan ${JSON.stringify(EXAMPLE)}`,
        "/dev/null",
      ],
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\[[█░]{28}\]\s+\d+%/);
    const piped = tuomin(["scan", EXAMPLE]);
    expect(piped.stdout + piped.stderr).not.toMatch(/[█░]/);
  });
});

describe("confidence values are rounded in every output", () => {
  it("scan --json of the example: every confidence has at most two decimals", () => {
    const r = tuomin(["scan", EXAMPLE, "--json"]);
    const values = [...r.stdout.matchAll(/"confidence":([0-9.]+)/g)].map((m) => m[1]!);
    expect(values.length).toBeGreaterThan(600);
    expect(values.filter((v) => !/^(0|1)(\.\d{1,2})?$/.test(v))).toEqual([]);
  });
});
