/** A failure is named for what it is: the file's fault (ReadError), a limit, or a bug in Tuomin — never confused. */
import { describe, expect, it } from "vitest";
import { asReadError, ReadError } from "../../../core/src/index.js";

describe("asReadError", () => {
  it("keeps a ReadError as it is", () => {
    const e = new ReadError("encrypted");
    expect(asReadError(e)).toBe(e);
  });
  it("calls an engine limit (RangeError) too large", () => {
    expect(asReadError(new RangeError("Invalid string length")).code).toBe("too_large");
  });
  it.each([
    [new TypeError("Cannot read properties of undefined (reading 'x')")],
    [new Error("Unexpected token 张 in 13812345678")],
    ["a thrown string"],
  ])(
    "a bug of ours is `internal`, never 'file is damaged', and its message (file content) is not repeated: %s",
    (e) => {
      const r = asReadError(e);
      expect(r.code).toBe("internal");
      expect(r.reason("zh")).toMatch(/^Tuomin 内部错误/);
      expect(r.reason("en")).toMatch(/^internal error in Tuomin \(not a problem with the file\)/);
      expect(r.reason("en")).not.toMatch(/damaged|13812345678|张/);
    },
  );
});
