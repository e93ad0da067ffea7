/**
 * Nothing is ever lost (issue 10): a change log is appended to in place under a lock, by the key that
 * made it; each line must be in canonical form; outputs, logs and reports are committed together or not
 * at all; the input can never be overwritten, not through a symlink either; errors name the user's path.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openStaged, WriteError, writeFully } from "../../../core/src/cli/atomic-write.js";
import { appendInPlace } from "../../../core/src/cli/log-file.js";
import { runMask } from "../../../core/src/cli/mask-command.js";
import { verifyLog } from "../../../core/src/index.js";
import { EXAMPLE, tempDir, tuomin } from "../../helpers/cli.js";

const lines = (file: string) => fs.readFileSync(file, "utf8").trimEnd().split("\n");

function keyFile(dir: string, name = "k", mode = 0o600): string {
  const f = path.join(dir, name);
  fs.writeFileSync(
    f,
    `${name
      .padEnd(2, "0")
      .repeat(32)
      .slice(0, 64)
      .replace(/[^0-9a-f]/g, "a")}\n`,
    { mode },
  );
  fs.chmodSync(f, mode);
  return f;
}

describe("the change log is appended in place, by one run at a time, with its own key", () => {
  it("a second run adds its entries to the same file (same inode), and the chain verifies", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    const key = keyFile(dir);
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const first = lines(log);
    const inode = fs.statSync(log).ino;
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "b.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const both = lines(log);
    expect(fs.statSync(log).ino).toBe(inode);
    expect(both.slice(0, first.length)).toEqual(first);
    expect(both.length).toBe(2 * first.length - 1); // one header
    expect(tuomin(["log", "verify", log]).code).toBe(0);
  });

  it("a run finding the log locked by a live process refuses, naming it; a stale lock is taken over", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    const key = keyFile(dir);
    fs.writeFileSync(`${log}.lock`, String(process.pid)); // this test runner is alive
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${log}: 另一个 tuomin 正在写入该变更记录(进程 ${process.pid})`);
    expect(fs.existsSync(path.join(dir, "a.xlsx"))).toBe(false);
    fs.writeFileSync(`${log}.lock`, "999999999"); // no such process
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    expect(fs.existsSync(`${log}.lock`)).toBe(false);
  });

  it("appending with another key is refused: the header's key_id would no longer match", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    expect(
      tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", keyFile(dir, "k1")]).code,
    ).toBe(0);
    const before = fs.readFileSync(log, "utf8");
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "b.xlsx"), "--log", log, "--key", keyFile(dir, "k2")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/该变更记录属于另一个密钥\(k1:[0-9a-f]{8}\),当前密钥为 k1:[0-9a-f]{8}/);
    expect(fs.readFileSync(log, "utf8")).toBe(before);
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
  });

  it("a key file others can read is refused, saying how to fix it", () => {
    const dir = tempDir();
    const key = keyFile(dir, "k", 0o644);
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--key", key, "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`tuomin: ${key}: key file is readable by others (mode 0644): run chmod 600 ${key}`);
  });

  it("a log with a BOM, CRLF line ends or blank lines at the end still verifies and is appended to cleanly", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    const key = keyFile(dir);
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    fs.writeFileSync(log, "\ufeff" + lines(log).join("\r\n") + "\r\n\r\n\n");
    expect(tuomin(["log", "verify", log]).code).toBe(0);
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "b.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const v = tuomin(["log", "verify", log]);
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
  });
});

describe("each line must be in canonical form", () => {
  it("a duplicated key prepended to an entry (JSON.parse keeps the last) is caught", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", keyFile(dir)]).code).toBe(0);
    const l = lines(log);
    l[3] = l[3].replace('{"action":', '{"after":"13812345678","action":');
    fs.writeFileSync(log, l.join("\n") + "\n");
    const r = tuomin(["log", "verify", log]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("第 4 行: 不是标准写法");
    expect(verifyLog(l.join("\n")).problem).toEqual({ line: 4, kind: "not_canonical" });
  });
});

describe("the input is never overwritten, by any name", () => {
  it("a symlink to the output as the input is refused, and the file stays as it was", () => {
    const dir = tempDir();
    const target = path.join(dir, "a.xlsx");
    fs.copyFileSync(EXAMPLE, target);
    fs.symlinkSync(target, path.join(dir, "link.xlsx"));
    const before = fs.readFileSync(target);
    const r = tuomin(["mask", path.join(dir, "link.xlsx"), "-o", target, "--force", "--key", keyFile(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出不能覆盖输入文件");
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  it.each([
    ["--log", "the input"],
    ["--report", "the input"],
  ])("%s naming %s is refused", (flag) => {
    const dir = tempDir();
    const input = path.join(dir, "in.xlsx");
    fs.copyFileSync(EXAMPLE, input);
    const r = tuomin(["mask", input, "-o", path.join(dir, "o.xlsx"), flag, input, "--key", keyFile(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag}与输入是同一个文件`);
    expect(fs.readFileSync(input).equals(fs.readFileSync(EXAMPLE))).toBe(true);
  });
});

describe("outputs are committed together or not at all, and errors name the user's path", () => {
  it("a report that cannot be written: exit 2, no output, the log not appended", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    const key = keyFile(dir);
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const before = fs.readFileSync(log, "utf8");
    const report = path.join(dir, "no-such-folder", "r.html");
    const r = tuomin(["mask", EXAMPLE, "-o", path.join(dir, "b.xlsx"), "--log", log, "--key", key, "--report", report]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`tuomin: ${report}: 所在文件夹不存在`);
    expect(fs.existsSync(path.join(dir, "b.xlsx"))).toBe(false);
    expect(fs.readFileSync(log, "utf8")).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("an output folder that does not exist is named as the user wrote it, never a temp file", () => {
    const dir = tempDir();
    const out = path.join(dir, "missing", "o.xlsx");
    const r = tuomin([
      "mask",
      EXAMPLE,
      "-o",
      out,
      "--log",
      path.join(dir, "l.jsonl"),
      "--key",
      keyFile(dir),
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`tuomin: ${out}: the folder does not exist`);
  });

  it("control characters in a file name are escaped in the error line", () => {
    const r = tuomin(["scan", "客户\n名单.xlsx"]);
    expect(r.stderr).toContain("客户\\x0a名单.xlsx");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("a run interrupted before its commit (the signal handshake, in-process) leaves everything as it was", () => {
  it("the commit gate says no: exit 130, no output or report, the existing log unchanged, no temp files", () => {
    const dir = tempDir();
    const log = path.join(dir, "changes.jsonl");
    const key = keyFile(dir);
    expect(tuomin(["mask", EXAMPLE, "-o", path.join(dir, "a.xlsx"), "--log", log, "--key", key]).code).toBe(0);
    const before = fs.readFileSync(log);
    const o = {
      output: path.join(dir, "b.xlsx"),
      log,
      key,
      report: path.join(dir, "b.html"),
      level: "standard" as const,
      lang: "zh" as const,
    };
    let asked = 0;
    const code = runMask(EXAMPLE, o, () => (asked++, false));
    expect([code, asked]).toEqual([130, 1]);
    expect(fs.readFileSync(log).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["a.xlsx", "changes.jsonl", "k"]);
  });
});

describe("writes are complete or absent (in-process, with the disk made to misbehave)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("a short write is continued until every byte is written", () => {
    const dir = tempDir();
    const f = path.join(dir, "x.bin");
    const fd = fs.openSync(f, "w");
    const real = fs.writeSync.bind(fs) as (fd: number, b: Uint8Array, o: number, n: number) => number;
    // the disk takes at most 7 bytes per call
    const short = (fd: number, b: Uint8Array, o?: number, n?: number) =>
      real(fd, b, o ?? 0, Math.min(n ?? b.length, 7));
    vi.spyOn(fs, "writeSync").mockImplementation(short as unknown as typeof fs.writeSync);
    writeFully(fd, new Uint8Array(100).fill(65));
    fs.closeSync(fd);
    expect(fs.readFileSync(f, "latin1")).toBe("A".repeat(100));
  });

  it("a full disk: WriteError naming the target, and the temp file is gone", () => {
    const dir = tempDir();
    const target = path.join(dir, "out.xlsx");
    vi.spyOn(fs, "writeSync").mockImplementation(() => {
      throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    });
    const w = openStaged(target);
    expect(() => w.writeBytes(new Uint8Array(10))).toThrow(WriteError);
    try {
      w.writeBytes(new Uint8Array(1));
    } catch (e) {
      expect((e as WriteError).file).toBe(target);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a full disk while appending to a log cuts it back to what it was", () => {
    const dir = tempDir();
    const log = path.join(dir, "l.jsonl");
    const pending = path.join(dir, "p");
    fs.writeFileSync(log, "line one\nline two\n\n\n");
    fs.writeFileSync(pending, "line three\n".repeat(1000));
    const before = fs.readFileSync(log, "utf8");
    const real = fs.writeSync.bind(fs) as (...a: unknown[]) => number;
    let calls = 0;
    vi.spyOn(fs, "writeSync").mockImplementation(((...a: unknown[]) => {
      if (++calls === 2) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      return real(...a);
    }) as typeof fs.writeSync);
    expect(() => appendInPlace(log, pending)).toThrow(WriteError);
    vi.restoreAllMocks();
    expect(fs.readFileSync(log, "utf8")).toBe(before);
    appendInPlace(log, pending).undo();
    expect(fs.readFileSync(log, "utf8")).toBe(before);
  });
});
