/**
 * 李总, 王女士, 小刘, 我姓尚: a person referred to by surname alone is reported as person_name flagged
 * `surname_only`. The standard mask leaves it (a surname identifies no one by itself) and `verify` does not
 * count it unless asked with --strict; the strict mask masks the surname and keeps the title (*总).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, scanText } from "../../../core/src/index.js";
import { tempDir, tuomin } from "../../helpers/cli.js";

describe("surname-only references", () => {
  it.each([
    ["跟钱总确认了年框", "钱"],
    ["（滕先生），2单元（牟女士）", "滕", "牟"],
    ["客服小陈已按规则处理", "陈"],
    ["大刘和小刘是兄弟俩", "刘", "刘"],
    ["客户：我姓尚⏎客服：尚先生您好", "尚", "尚"],
    ["客户独孤明轩说要等欧阳总回来再定", "欧阳"],
    ["收件資料：蘇太太 +852 9067 6848", "蘇"],
    ["建议二面由高总面", "高"],
    ["招待对象：客户杨总一行4人", "杨"],
    ["班主任于老师：登记了，170码", "于"],
    ["吴姐孩子今年上初二", "吴"],
    ["已安排阮师傅加装减震垫", "阮"],
    ["明天客户臧总来参观", "臧"],
  ])("%s", (text, ...surnames) => {
    const refs = scanText(text).filter((f) => f.flags.includes("surname_only"));
    expect(refs.map((f) => f.text)).toEqual(surnames);
    expect(refs.every((f) => f.type === "person_name")).toBe(true);
  });
  it.each([
    "小于10元的订单",
    "班主任",
    "员工手册",
    "会计助理",
    "康师傅方便面",
    "很大方，小时工",
    "王工作很认真",
    "张总部在上海",
  ])("not a reference: %s", (text) => {
    expect(scanText(text).filter((f) => f.flags.includes("surname_only"))).toEqual([]);
  });

  it("standard mask leaves them and verify passes, saying so; --strict counts them; strict mask writes *总", () => {
    const dir = tempDir();
    const input = path.join(dir, "notes.csv"),
      std = path.join(dir, "std.csv"),
      strict = path.join(dir, "strict.csv");
    fs.writeFileSync(input, "备注\n张总说合同下周签，电话13812345678\n");
    expect(tuomin(["mask", input, "-o", std, "--key", path.join(dir, "k")]).code).toBe(0);
    expect(decodeText(fs.readFileSync(std)).text).toBe("备注\n张总说合同下周签，电话138****5678\n");
    const v = tuomin(["verify", std]);
    expect(v.code, v.stdout).toBe(0);
    expect(v.stdout).toContain("另有 1 处为标准脱敏有意保留");
    expect(tuomin(["verify", std, "--strict"]).code).toBe(3);

    expect(tuomin(["mask", input, "-o", strict, "--level", "strict", "--key", path.join(dir, "k")]).code).toBe(0);
    expect(decodeText(fs.readFileSync(strict)).text).toMatch(/^备注\n\*总说合同下周签/);
    expect(tuomin(["verify", strict, "--strict"]).code).toBe(0);
  });
});
