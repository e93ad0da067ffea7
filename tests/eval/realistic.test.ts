/**
 * The realistic set (tests/data/eval/realistic-dev) is read the way `tuomin scan` reads it and scored
 * per type; the floors are today's figures (BENCHMARKS.md), so a change that loses accuracy on text
 * written independently of our rules fails here. The detection issue raises them to its goals.
 */
import { describe, expect, it } from "vitest";
import { scoreExport, scoreNotes, type SetScore } from "./realistic.js";

/** The set's figures for `type` ("all" for every label) are at least the floors. */
function meetsFloor(s: SetScore, type: string, recall: number, precision: number): void {
  const t = type === "all" ? s.all : s.byType.get(type)!;
  expect(t, `no ${type} in the set`).toBeDefined();
  expect(t.recall).toBeGreaterThanOrEqual(recall);
  expect(t.precision).toBeGreaterThanOrEqual(precision);
}

describe("realistic set: notes.csv", () => {
  const s = scoreNotes();
  it("every one of the 1605 labels sits at its offsets in the file as our CSV reader reads it", () => {
    expect(s.all.labels).toBe(1605);
    expect(s.misplaced).toBe(0);
  });
  it.each([
    ["all", 0.95, 0.97],
    ["person_name", 0.93, 0.94],
    ["person_name:surname_title", 0.9, 0.99],
    ["phone_mobile", 0.97, 0.99],
    ["address", 0.96, 0.98],
    ["cn_resident_id", 0.96, 0.99],
    ["birth_date", 0.95, 0.99],
    ["license_plate", 0.95, 0.99],
    ["email", 0.95, 0.99],
    ["bank_card", 0.97, 0.92],
    ["phone_landline", 0.94, 0.99],
    ["passport", 0.92, 0.99],
    ["ip_address", 0.95, 0.95],
    ["wechat_id", 0.9, 0.94],
    ["qq", 0.99, 0.99],
    ["uscc", 0.92, 0.99],
    ["tw_permit", 0.99, 0.99],
  ])("%s: recall ≥ %s, precision ≥ %s", (type, recall, precision) => meetsFloor(s, type, recall, precision));
  it("the 183 negative and 21 masked-only rows are scored: findings with no label count against precision", () => {
    expect(s.all.falsePositives).toBeGreaterThan(0);
    expect(s.all.findings).toBeGreaterThan(s.all.found);
  });
});

describe("realistic set: crm-export.xlsx", () => {
  const s = scoreExport();
  it("all 3205 labels are scored, the hidden payroll sheet's too", () => {
    expect(s.all.labels).toBe(3205);
  });
  it.each([
    ["all", 0.99, 0.99],
    ["person_name", 0.99, 0.98],
    ["cn_resident_id", 0.99, 0.99],
    ["phone_mobile", 0.99, 0.99],
    ["address", 0.99, 0.99],
    ["birth_date", 0.99, 0.99],
    ["email", 0.99, 0.99],
  ])("%s: recall ≥ %s, precision ≥ %s", (type, recall, precision) => meetsFloor(s, type, recall, precision));
});
