// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { PageScanner } from "../../../extension/page/dom-scanner.js";
import { Incremental } from "../../../extension/page/incremental.js";
import { ViewMask } from "../../../extension/page/view-mask.js";

let inc: Incremental | null = null;
afterEach(() => inc?.stop());

const tick = () => new Promise((r) => setTimeout(r, 20));

describe("incremental scanning", () => {
  it("scans added content in slices of at most the budget, not in one task, and reports each batch", async () => {
    document.body.innerHTML = '<table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody id="b"></tbody></table>';
    const scanner = new PageScanner();
    scanner.scanSubtree(document.body);
    const batches: number[] = [];
    inc = new Incremental(scanner, new ViewMask(), (added) => batches.push(added.length), 5);
    inc.observe(document);
    const tb = document.getElementById("b")!;
    for (let i = 0; i < 1500; i++) {
      const tr = document.createElement("tr");
      tr.innerHTML = `<td>司马懿</td><td>139${String(10_000_000 + i).slice(-8)}</td>`;
      tb.append(tr);
    }
    await tick();
    for (let k = 0; k < 500 && inc.pending > 0; k++) await tick();
    expect(inc.pending).toBe(0);
    expect(batches.length).toBeGreaterThan(1); // many slices, none holding the page for long
    expect(batches.reduce((a, b) => a + b, 0)).toBe(3000);
    expect(scanner.live()).toHaveLength(3000);
  });

  it("a removed row's findings go at once; a changed text node is scanned again, alone", async () => {
    document.body.innerHTML = '<p id="p">手机 13912345678</p><div id="d"><p>邮箱 zhang.san@example.com</p></div>';
    const scanner = new PageScanner();
    scanner.scanSubtree(document.body);
    inc = new Incremental(scanner, new ViewMask(), () => undefined);
    inc.observe(document);
    document.getElementById("d")!.remove();
    (document.getElementById("p")!.firstChild as Text).data = "手机 13812345678";
    await tick();
    inc.flush();
    expect(scanner.live().map((f) => f.text)).toEqual(["13812345678"]);
  });
});
