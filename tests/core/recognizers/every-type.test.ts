/** Every entity type has its own recognizer table: tests/core/recognizers/<type>.test.ts. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES } from "../../../core/src/index.js";

describe("one test file per recognizer", () => {
  it.each(ENTITY_TYPES.map((t) => [t]))("%s.test.ts exists and tables found and not-found cases", (type) => {
    const file = path.join(__dirname, `${type}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain(`recognizerTable("${type}"`);
    expect(text).toMatch(/notFound: \[\s*"/);
  });
});
