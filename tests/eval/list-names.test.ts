/**
 * Names as CRM lists show them (issue 11: recall ≥ 0.95): every written form, alone in a cell and under a 姓名
 * header, found whole. `npm run eval` prints the table.
 */
import { describe, expect, it } from "vitest";
import { scoreListForms } from "./list-names.js";

describe("names as CRM lists show them", () => {
  const scores = scoreListForms(200, 7);
  it.each(scores.map((s) => [s.form, s] as const))("%s: ≥ 0.90 alone, ≥ 0.95 under a header", (_, s) => {
    expect(s.alone / s.n, s.missed.join(", ")).toBeGreaterThanOrEqual(0.9);
    expect(s.underHeader / s.n).toBeGreaterThanOrEqual(0.95);
  });
  it("all forms together: ≥ 0.95 alone, ≥ 0.98 under a header", () => {
    const n = scores.reduce((a, s) => a + s.n, 0);
    expect(scores.reduce((a, s) => a + s.alone, 0) / n).toBeGreaterThanOrEqual(0.95);
    expect(scores.reduce((a, s) => a + s.underHeader, 0) / n).toBeGreaterThanOrEqual(0.98);
  });
});
