import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  ChangeLogWriter,
  fingerprint,
  lineHash,
  logToCsv,
  serializeLine,
  verifyLog,
} from "../../../core/src/index.js";

const KEY = new TextEncoder().encode("0123456789abcdef0123456789abcdef");

function sampleLog(n = 5): { text: string; final: string; originals: string[] } {
  let t = Date.UTC(2026, 10, 29, 10, 0, 0);
  const w = new ChangeLogWriter(KEY, {
    tool: "tuomin 0.1.0",
    actor: "张三 (finance-pc)",
    host: "cli",
    now: () => new Date((t += 1000)),
  });
  const lines = [serializeLine(w.header)];
  const originals: string[] = [];
  for (let i = 0; i < n; i++) {
    const original = `11010119900307${String(8670 + i).padStart(4, "0")}`;
    originals.push(original);
    lines.push(
      serializeLine(
        w.entry({
          target: { file: "客户.xlsx", sheet: "客户名单", cell: `D${i + 2}` },
          type: "cn_resident_id",
          action: "mask",
          level: "standard",
          original,
          preview: "1***************70",
          after: "1***************70",
        }),
      ),
    );
  }
  return { text: lines.join("\n") + "\n", final: w.lastHash, originals };
}

const edit = (text: string, f: (lines: string[]) => string[]) => f(text.trimEnd().split("\n")).join("\n") + "\n";
const rehash = (line: string, change: (o: Record<string, unknown>) => void) => {
  const o = JSON.parse(line);
  change(o);
  o.hash = lineHash(o);
  return JSON.stringify(o);
};

describe("change log format (changelog.md)", () => {
  const { text, final, originals } = sampleLog();
  const lines = text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));

  it("starts with a header and chains every line to the one before", () => {
    expect(lines[0]).toMatchObject({ kind: "header", v: 1, tool: "tuomin 0.1.0", prev: null });
    expect(lines[0].log_id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(lines[0].key_id).toMatch(/^k1:[0-9a-f]{8}$/);
    for (let i = 1; i < lines.length; i++) {
      expect(lines[i]).toMatchObject({ kind: "entry", seq: i, host: "cli", action: "mask", type: "cn_resident_id" });
      expect(lines[i].prev).toBe(lines[i - 1].hash);
      expect(lines[i].hash).toBe(lineHash(lines[i]));
    }
    expect(lines[lines.length - 1].hash).toBe(final);
  });
  it("hashes canonical JSON: sorted keys, no whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, "x"], c: null } })).toBe('{"a":{"c":null,"d":[1,"x"]},"b":1}');
  });
  it("keeps no original value in any form: only keyed fingerprints and masked previews", () => {
    for (const o of originals) {
      expect(text).not.toContain(o);
      expect(text).not.toContain(o.slice(0, 14));
    }
    expect(lines[1].before.fp).toBe(fingerprint(KEY, originals[0]));
    expect(lines[1].before.fp).not.toBe(fingerprint(new TextEncoder().encode("another key"), originals[0]));
    expect(text).not.toContain(new TextDecoder().decode(KEY));
  });
  it("verifies when intact", () => {
    expect(verifyLog(text, final)).toMatchObject({ ok: true, entries: 5, finalHash: final });
  });

  it.each([
    [
      "an edited line (its own hash fails)",
      (ls: string[]) => {
        ls[3] = ls[3].replace("D4", "D9");
        return ls;
      },
      4,
      "bad_hash",
    ],
    [
      "a re-hashed edit (the next line's prev fails)",
      (ls: string[]) => {
        ls[3] = rehash(ls[3], (o) => {
          (o.target as { cell: string }).cell = "D9";
        });
        return ls;
      },
      5,
      "broken_chain",
    ],
    [
      "a deleted line",
      (ls: string[]) => {
        ls.splice(2, 1);
        return ls;
      },
      3,
      "broken_chain",
    ],
    [
      "two lines swapped",
      (ls: string[]) => {
        [ls[2], ls[3]] = [ls[3], ls[2]];
        return ls;
      },
      3,
      "broken_chain",
    ],
    [
      "an inserted line",
      (ls: string[]) => {
        ls.splice(3, 0, ls[2]);
        return ls;
      },
      4,
      "broken_chain",
    ],
    [
      "a second header",
      (ls: string[]) => {
        ls.splice(2, 0, ls[0]);
        return ls;
      },
      3,
      "second_header",
    ],
    [
      "a line that is not JSON",
      (ls: string[]) => {
        ls[2] = ls[2].slice(0, 40);
        return ls;
      },
      3,
      "not_json",
    ],
  ])("names the first bad line after %s", (_what, f, line, kind) => {
    const r = verifyLog(edit(text, f as (l: string[]) => string[]), final);
    expect(r.ok).toBe(false);
    expect(r.problem).toEqual({ line, kind });
  });
  it("catches a truncated tail with the final hash printed after the run", () => {
    const cut = edit(text, (ls) => ls.slice(0, -1));
    expect(verifyLog(cut).ok).toBe(true);
    expect(verifyLog(cut, final).problem).toEqual({ line: 5, kind: "final_hash_mismatch" });
  });
});

describe("CSV export for auditors", () => {
  it("one row per entry, RFC 4180, formula-safe", () => {
    const csv = logToCsv(sampleLog(2).text);
    const rows = csv.trimEnd().split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      "seq,ts,actor,host,file,sheet,cell,url,field,selector,type,action,level,before_fp,before_preview,after,hash",
    );
    expect(rows[1]).toMatch(
      /^1,2026-11-29T10:00:0\dZ,张三 \(finance-pc\),cli,客户\.xlsx,客户名单,D2,,,,cn_resident_id,mask,standard,hmac-sha256:[0-9a-f]{64},1\*+70,1\*+70,[0-9a-f]{64}$/,
    );
  });
});

describe("the pure-JS hashes every host uses agree with Node's crypto", () => {
  it.each(["", "a", "张三 13912345678", "x".repeat(300)])("hmac and sha256 of %j", async (text) => {
    const { createHash, createHmac } = await import("node:crypto");
    const { NOBLE_CRYPTO } = await import("../../../core/src/index.js");
    const key = new Uint8Array(32).map((_, i) => i * 7);
    expect(NOBLE_CRYPTO.hmacSha256Hex(key, text)).toBe(createHmac("sha256", key).update(text).digest("hex"));
    expect(NOBLE_CRYPTO.hmacSha256Hex(key, text)).toBe(NOBLE_CRYPTO.hmacSha256Hex(key, text));
    expect(NOBLE_CRYPTO.sha256Hex(text)).toBe(createHash("sha256").update(text).digest("hex"));
  });
});
