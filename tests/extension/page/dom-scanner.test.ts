// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { PageScanner, type TextFinding } from "../../../extension/page/dom-scanner.js";

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const found = (s: PageScanner) =>
  s
    .live()
    .map((f) => `${f.kind}:${f.type}:${f.text}`)
    .sort();

describe("PageScanner: what it reads on a page", () => {
  it.each([
    ["a text node", "<p>客户手机 13912345678,请回电</p>", ["text:phone_mobile:13912345678"]],
    [
      "an ID next to its label",
      "<dl><dt>身份证号</dt><dd>11010519491231002X</dd></dl>",
      ["text:cn_resident_id:11010519491231002X"],
    ],
    [
      "a text input",
      '<label for="m">手机</label><input id="m" value="13912345678">',
      ["field:phone_mobile:13912345678"],
    ],
    [
      "a tel input and a textarea",
      '<input type="tel" value="13912345678"><textarea>邮箱 zhang.san@example.com</textarea>',
      ["field:email:zhang.san@example.com", "field:phone_mobile:13912345678"],
    ],
    [
      "a select's chosen option",
      "<select><option>—</option><option selected>13912345678</option></select>",
      ["field:phone_mobile:13912345678"],
    ],
    [
      "an editable area",
      '<div contenteditable="true">联系人手机 13912345678</div>',
      ["editable:phone_mobile:13912345678"],
    ],
  ])("finds %s", (_, html, want) => {
    const s = new PageScanner();
    s.scanSubtree(page(html as string).body);
    expect(found(s)).toEqual(want);
  });

  it.each([
    [
      "scripts and styles",
      "<script>var p='13912345678'</script><style>/* 13912345678 */</style><noscript>13912345678</noscript>",
    ],
    [
      "password and hidden inputs",
      '<input type="password" value="13912345678"><input type="hidden" value="13912345678">',
    ],
    ["Tuomin's own UI", "<div data-tuomin-ui>13912345678</div>"],
    ["order numbers beside their label", "<span>订单号:</span><span>202411291391234567</span>"],
  ])("leaves alone %s", (_, html) => {
    const s = new PageScanner();
    s.scanSubtree(page(html).body);
    expect(found(s)).toEqual([]);
  });

  it("goes into open shadow roots, and closed ones through the accessor it is given", () => {
    page('<crm-card id="a"></crm-card><crm-card id="b"></crm-card>');
    const open = document.getElementById("a")!.attachShadow({ mode: "open" });
    open.innerHTML = "<span>手机 13912345678</span>";
    const closed = document.getElementById("b")!.attachShadow({ mode: "closed" });
    closed.innerHTML = '<input value="11010519491231002X">';
    const roots = new Map<Element, ShadowRoot>([
      [document.getElementById("a")!, open],
      [document.getElementById("b")!, closed],
    ]);
    const plain = new PageScanner();
    plain.scanSubtree(document.body);
    expect(found(plain)).toEqual(["text:phone_mobile:13912345678"]);
    const withClosed = new PageScanner({ shadowOf: (el) => roots.get(el) ?? null });
    withClosed.scanSubtree(document.body);
    expect(found(withClosed)).toEqual(["field:cn_resident_id:11010519491231002X", "text:phone_mobile:13912345678"]);
  });

  it("classifies table columns by their header, like a sheet's: a name column's names are names", () => {
    const rows = ["欧阳娜娜", "司马懿", "东方明月", "诸葛亮", "慕容复", "上官婉儿"]
      .map((n, i) => `<tr><td>${n}</td><td>${i % 2 ? "已回访" : "待跟进"}</td><td>DD2024${i}123</td></tr>`)
      .join("");
    const s = new PageScanner();
    s.scanSubtree(
      page(`<table><thead><tr><th>客户姓名</th><th>状态</th><th>订单号</th></tr></thead><tbody>${rows}</tbody></table>`)
        .body,
    );
    const names = s.live().filter((f) => f.type === "person_name");
    expect(names.map((f) => f.text)).toEqual(["欧阳娜娜", "司马懿", "东方明月", "诸葛亮", "慕容复", "上官婉儿"]);
    expect(names.every((f) => f.label === "客户姓名")).toBe(true);
    expect(s.live().filter((f) => f.type !== "person_name")).toEqual([]);
  });

  it("locates a value split over several text nodes of a cell", () => {
    const s = new PageScanner();
    s.scanSubtree(page("<table><tr><th>手机</th></tr><tr><td><b>139</b>1234<i>5678</i></td></tr></table>").body);
    const [f] = s.live() as TextFinding[];
    expect(f.text).toBe("13912345678");
    expect(f.pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(["139", "1234", "5678"]);
  });

  it("scans rows added to a known table through that table's column classes, and forgets removed ones", () => {
    const s = new PageScanner();
    page(
      "<table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody id=b><tr><td>司马懿</td><td>13912345678</td></tr></tbody></table>",
    );
    s.scanSubtree(document.body);
    expect(s.live()).toHaveLength(2);
    const tr = document.createElement("tr");
    tr.innerHTML = "<td>慕容复</td><td>13812345678</td>";
    document.getElementById("b")!.append(tr);
    s.scanSubtree(tr);
    expect(found(s)).toEqual([
      "text:person_name:司马懿",
      "text:person_name:慕容复",
      "text:phone_mobile:13812345678",
      "text:phone_mobile:13912345678",
    ]);
    tr.remove();
    s.forget(tr);
    expect(s.live()).toHaveLength(2);
  });

  it("a changed cell (a recycled grid row) is scanned again on its own", () => {
    const s = new PageScanner();
    page(
      '<div role="grid"><div role="row"><div role="columnheader">手机</div></div><div role="row"><div role="gridcell" id="c">13912345678</div></div></div>',
    );
    s.scanSubtree(document.body);
    expect(found(s)).toEqual(["text:phone_mobile:13912345678"]);
    const text = document.getElementById("c")!.firstChild as Text;
    text.data = "13812345678";
    s.rescan(text);
    expect(found(s)).toEqual(["text:phone_mobile:13812345678"]);
  });
});
