/** The accuracy goals of the detection core, checked on a labeled synthetic set (`npm run eval` prints the full table). */
import { describe, expect, it } from "vitest";
import { evaluate, GOALS } from "./score.js";

describe("precision and recall per type meet the goals", () => {
  const scores = evaluate({ notes: 1500, tableRows: 400, seed: 11 });
  it.each(Object.entries(GOALS))("%s ≥ %s", (type, goal) => {
    const s = scores.get(type as keyof typeof GOALS)!;
    expect(s, `no ${type} in the set`).toBeDefined();
    expect(s.tp + s.fn).toBeGreaterThan(30);
    expect(s.precision).toBeGreaterThanOrEqual(goal!);
    expect(s.recall).toBeGreaterThanOrEqual(goal!);
  });
});
