// @vitest-environment happy-dom
import { act, createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { PageAgent } from "../../../extension/page/agent.js";
import { editFields, selectorOf, setFieldValue } from "../../../extension/page/field-editor.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const agents: PageAgent[] = [];
afterEach(() => {
  for (const a of agents.splice(0)) a.incremental.stop();
});

async function agentOn(html: string): Promise<PageAgent> {
  document.body.innerHTML = html;
  const a = new PageAgent(document);
  agents.push(a);
  await a.scan();
  return a;
}

describe("masking the view", () => {
  it("replaces the shown values, keeps masking rows that render later, and restores every original", async () => {
    const a = await agentOn(
      '<table><thead><tr><th>姓名</th><th>手机</th></tr></thead><tbody id="b"><tr><td>司马懿</td><td>13912345678</td></tr></tbody></table><input id="i" value="11010519491231002X">',
    );
    a.maskView();
    expect(document.getElementById("b")!.textContent).toBe("司马*139****5678");
    const input = document.getElementById("i") as HTMLInputElement;
    expect(input.value).toBe("11010519491231002X"); // a field's value is never changed by the view mask
    // (its dots, -webkit-text-security, are checked in Chromium: happy-dom drops the property)
    const tr = document.createElement("tr");
    tr.innerHTML = "<td>慕容复</td><td>13812345678</td>";
    document.getElementById("b")!.append(tr);
    await new Promise((r) => setTimeout(r, 0)); // the observer's records
    a.incremental.flush();
    expect(tr.textContent).toBe("慕容*138****5678");
    expect(a.status().masked).toBe(true);
    a.restoreView();
    expect(document.getElementById("b")!.textContent).toBe("司马懿13912345678慕容复13812345678");
    expect(input.value).toBe("11010519491231002X");
  });

  it("does not rescan its own changes", async () => {
    const a = await agentOn("<p>手机 13912345678</p>");
    let rescans = 0;
    const orig = a.scanner.rescan.bind(a.scanner);
    a.scanner.rescan = (n) => {
      rescans++;
      orig(n);
    };
    a.maskView();
    await new Promise((r) => setTimeout(r, 0));
    a.incremental.flush();
    a.restoreView();
    await new Promise((r) => setTimeout(r, 0));
    a.incremental.flush();
    expect(rescans).toBe(0);
    expect(a.status().total).toBe(1);
  });
});

describe("editing CRM fields", () => {
  it("a React-controlled form's own state and submit handler receive the masked values", async () => {
    document.body.innerHTML = '<div id="app"></div>';
    const submitted: Record<string, string>[] = [];
    function Form() {
      const [v, setV] = useState({ name: "司马懿", phone: "13912345678", note: "" });
      const field = (k: keyof typeof v, label: string) =>
        createElement(
          "label",
          null,
          label,
          createElement("input", {
            name: k,
            value: v[k],
            onChange: (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value }),
          }),
        );
      return createElement(
        "form",
        {
          onSubmit: (e: Event) => {
            e.preventDefault();
            submitted.push(v);
          },
        },
        field("name", "姓名"),
        field("phone", "手机"),
        field("note", "备注"),
        createElement("button", { id: "save" }, "保存"),
      );
    }
    const root = createRoot(document.getElementById("app")!);
    await act(async () => root.render(createElement(Form)));
    const a = new PageAgent(document);
    agents.push(a);
    await a.scan();
    let changes: ReturnType<PageAgent["editFields"]> = [];
    await act(async () => {
      changes = a.editFields("mask");
    });
    expect(changes.map((c) => `${c.field}|${c.selector}|${c.type}|${c.preview}|${c.after}`)).toEqual([
      '姓名|input[name="name"]|person_name|司马*|司马*',
      '手机|input[name="phone"]|phone_mobile|139****5678|139****5678',
    ]);
    await act(async () => {
      (document.getElementById("save") as HTMLButtonElement).click();
    });
    expect(submitted).toEqual([{ name: "司马*", phone: "139****5678", note: "" }]);
    await act(async () => root.unmount());
  });

  it("clear empties the fields that hold personal data and logs a delete", async () => {
    const a = await agentOn(
      '<input id="p" value="13912345678"><input id="q" value="普通客户"><textarea id="t">地址 北京市朝阳区建国路88号 手机13912345678</textarea>',
    );
    const changes = a.editFields("clear");
    expect((document.getElementById("p") as HTMLInputElement).value).toBe("");
    expect((document.getElementById("q") as HTMLInputElement).value).toBe("普通客户");
    expect((document.getElementById("t") as HTMLTextAreaElement).value).not.toContain("13912345678");
    expect(changes.every((c) => c.action === "delete" && c.after === "")).toBe(true);
  });

  it("the native setter reaches a value tracker that a plain assignment would bypass", () => {
    document.body.innerHTML = '<input id="x" value="a">';
    const el = document.getElementById("x") as HTMLInputElement;
    const seen: string[] = [];
    el.addEventListener("input", () => seen.push(el.value));
    setFieldValue(el, "b");
    expect(seen).toEqual(["b"]);
  });

  it.each([
    ['<form><input id="phone"></form>', "#phone"],
    ['<form><input name="mobile"></form>', 'input[name="mobile"]'],
    ['<div id="f"><span><input></span><span><input></span></div>', "#f > span:nth-of-type(2) > input"],
  ])("selectorOf %s → %s", (html, want) => {
    document.body.innerHTML = html;
    const inputs = document.querySelectorAll("input");
    const el = inputs[inputs.length - 1];
    expect(selectorOf(el)).toBe(want);
    expect(document.querySelector(want)).toBe(el);
  });

  it("only form fields and editable areas are edited, never the page's own text", async () => {
    const a = await agentOn("<p id=p>手机 13912345678</p>");
    expect(editFields(a.scanner.live(), "mask", "http://x/")).toEqual([]);
    expect(document.getElementById("p")!.textContent).toBe("手机 13912345678");
  });
});
