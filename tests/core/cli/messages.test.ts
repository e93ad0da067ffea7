import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_MESSAGES, say } from "../../../core/src/cli/messages.js";
import { EXAMPLE, tempDir, tuomin } from "../../helpers/cli.js";

const varsOf = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the CLI's messages: one catalog, both languages", () => {
  it.each(Object.entries(CLI_MESSAGES))("%s has both texts with the same values to fill in", (_key, [zh, en]) => {
    expect(zh).toMatch(/\S/);
    expect(en).toMatch(/\S/);
    expect(varsOf(en)).toEqual(varsOf(zh));
  });

  it("fills in values and leaves unknown ones as written", () => {
    expect(say("zh", "outputFormat", { format: "csv" })).toBe("输出应与输入同为 .csv");
    expect(say("en", "outputFormat", { format: "csv" })).toBe("the output must be .csv like the input");
    expect(say("en", "outputFormat")).toBe("the output must be .{format} like the input");
  });

  it('no command writes its own `lang === "zh" ? … : …` text', () => {
    const dir = path.join(__dirname, "../../../core/src/cli");
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), "utf8");
      expect(src, f).not.toMatch(/lang\s*===\s*"zh"\s*\?/);
    }
  });
});

describe("messages a user sees, in the language asked for", () => {
  it("a key file that holds no key: one line naming it, in zh and en, nothing of its content", () => {
    const dir = tempDir();
    const key = path.join(dir, "key");
    fs.writeFileSync(key, "13812345678 not a key\n");
    for (const [lang, text] of [
      ["zh", "不是 Tuomin 密钥文件"],
      ["en", "not a Tuomin key file"],
    ]) {
      const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, `o-${lang}.xlsx`), "--key", key, "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`tuomin: ${key}: ${say(lang as "zh", "notKeyFile")}\n`);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toContain("13812345678");
    }
  });

  it("mask's summary in English says what it wrote", () => {
    const dir = tempDir();
    const out = path.join(dir, "o.xlsx");
    const r = tuomin(["mask", EXAMPLE, "-o", out, "--key", path.join(dir, "k"), "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Masked \d+ values \(\d+ places\), retained \d+\.\nOutput: .*o\.xlsx\nChange log: /);
    expect(r.stdout).toMatch(/Final hash: [0-9a-f]{64}\n/);
    expect(r.stdout).not.toMatch(/已脱敏|输出:|变更记录:|最终哈希/);
    expect(r.stderr).toContain("created key file");
  });

  it("log export refuses a file that is not a change log, naming the line", () => {
    const dir = tempDir();
    const file = path.join(dir, "x.jsonl");
    fs.writeFileSync(file, "hello\n");
    const zh = tuomin(["log", "export", file, "--csv"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toBe(`tuomin: ${file}: 不是 Tuomin 变更记录: 第 1 行: 不是有效的记录行\n`);
    const en = tuomin(["log", "export", file, "--csv", "--lang", "en"]);
    expect(en.stderr).toBe(`tuomin: ${file}: not a Tuomin change log: line 1: not a valid log line\n`);
    expect(zh.stdout + en.stdout).toBe("");
  });

  it("a missing path, in both languages", () => {
    expect(tuomin(["scan", "no/such.xlsx"]).stderr).toContain("no/such.xlsx: 文件或文件夹不存在");
    expect(tuomin(["scan", "no/such.xlsx", "--lang", "en"]).stderr).toContain("no/such.xlsx: no such file or folder");
  });
});
