/**
 * The learned context of a candidate name (CLUENER2020's train split → name-context.generated.ts): which keys
 * a candidate has, and how their weights add up.
 */
import { describe, expect, it } from "vitest";
import { contextKeys, learnedContext } from "../../../core/src/recognizers/cn/name-context.js";
import { NAME_CONTEXT_WEIGHTS } from "../../../core/src/data/name-context.generated.js";

describe("contextKeys", () => {
  it.each([
    // text, start, end, keys
    ["记者王小明报道", 2, 5, ["<者", ">报", "<记者", ">报道", "=小", "=明"]],
    ["王小明", 0, 3, ["<|", ">|", "=小", "=明"]],
    ["2023年李娜夺冠", 5, 7, ["<年", ">夺", "<0年", ">夺冠", "=娜"]],
    ["Tel 张伟 138", 4, 6, ["<|", ">|", "=伟"]],
    ["CEO李明。", 3, 5, ["<a", ">。", "<aa", ">。|", "=明"]],
  ])("%s [%i, %i)", (text, start, end, keys) => expect(contextKeys(text, start, end)).toEqual(keys));
});

describe("learnedContext", () => {
  const w = { "<记者": 30, "<者": 10, ">报": 20, ">报道": 25, "=明": 5, "<|": -4 };
  it.each([
    ["the two-character context is taken where it was learned", "记者王小明报道", 2, 5, (30 + 25 + 5) / 10],
    ["else the one-character one", "作者王小明报社", 2, 5, (10 + 20 + 5) / 10],
    ["a break before counts as its class", "王小明", 0, 3, (-4 + 5) / 10],
    ["nothing learned: no evidence", "今天王小明说", 2, 5, 0.5],
  ])("%s", (_, text, start, end, want) => expect(learnedContext(w, text, start, end)).toBeCloseTo(want));

  it("the generated table holds contexts only: one or two characters, a class or a given-name character", () => {
    const keys = Object.keys(NAME_CONTEXT_WEIGHTS);
    expect(keys.length).toBeGreaterThan(500);
    for (const k of keys) expect(k).toMatch(/^(?:[<>].{1,2}|=.)$/u);
    for (const v of Object.values(NAME_CONTEXT_WEIGHTS)) expect(Math.abs(v)).toBeLessThanOrEqual(40);
  });
  it("job titles before and verbs of reporting after speak for a name; a company after speaks against", () => {
    expect(NAME_CONTEXT_WEIGHTS["<经理"]).toBeGreaterThan(20);
    expect(NAME_CONTEXT_WEIGHTS[">指出"]).toBeGreaterThan(20);
    expect(NAME_CONTEXT_WEIGHTS[">公司"]).toBeLessThan(-10);
  });
});
