/** The dependency rule of architecture.md is enforced by lint, and this test proves the rule bites. */
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const eslint = new ESLint({ cwd: ROOT });
async function errors(file: string, code: string, rule = "no-restricted-imports"): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return r.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe("core imports nothing host-specific", () => {
  it.each([
    ['import React from "react";', "react"],
    ['import { x } from "../../../addin/src/excel/workbook";', "addin"],
    ['import "@plasmohq/storage";', "@plasmohq"],
    ['import fs from "node:fs";', "node:fs outside the CLI"],
  ])("core/src/engine: %s is an error (%s)", async (code) => {
    expect(await errors("core/src/engine/x.ts", code)).toHaveLength(1);
  });
  it("the CLI may use node:fs", async () => {
    expect(await errors("core/src/cli/x.ts", 'import fs from "node:fs";')).toEqual([]);
  });
});

describe("hosts reach the core through its public index only", () => {
  it("addin importing core internals is an error", async () => {
    expect(
      await errors("addin/src/taskpane/x.ts", 'import { scanText } from "../../../core/src/engine/scan-text";'),
    ).toHaveLength(1);
  });
  it("addin importing @tuomin/core is fine", async () => {
    expect(await errors("addin/src/taskpane/x.ts", 'import { scanText } from "@tuomin/core";')).toEqual([]);
  });
});

describe("Excel.* lives in addin/src/excel only", () => {
  const code = "export const run = () => Excel.run(async (c) => c.sync());";
  it("the task pane calling Excel.run is an error", async () => {
    expect(await errors("addin/src/taskpane/x.ts", code, "no-restricted-globals")).toHaveLength(1);
  });
  it("the Excel adapter may", async () => {
    expect(await errors("addin/src/excel/x.ts", code, "no-restricted-globals")).toEqual([]);
  });
});

describe("chrome.* lives in the extension's background only", () => {
  const code = 'export const get = () => chrome.storage.local.get("x");';
  it("the side panel calling chrome.* is an error", async () => {
    expect(await errors("extension/components/x.ts", code, "no-restricted-globals")).toHaveLength(1);
    expect(await errors("extension/page/x.ts", code, "no-restricted-globals")).toHaveLength(1);
  });
  it("a background handler may", async () => {
    expect(await errors("extension/background/messages/x.ts", code, "no-restricted-globals")).toEqual([]);
  });
});
