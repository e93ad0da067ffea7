/**
 * The built extension loaded in Debian Chromium, working on fixture CRM pages served on 127.0.0.1 through
 * its side panel page (opened with ?tab=<id>, as a side panel cannot be opened programmatically).
 */
import fs from "node:fs";
import path from "node:path";
import { verifyLog } from "@tuomin/core";
import type { BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../scripts/static-server.mjs";
import { hasChromium } from "../helpers/chromium.js";
import { tempDir, tuomin } from "../helpers/cli.js";
import { EXTENSION_BUILD, launchWithExtension, tabIdOf } from "../helpers/extension.js";
import { writeCrmPages, type Customer } from "../fixtures/crm/pages.js";

describe.runIf(hasChromium() || process.env.CI)("browser extension on CRM pages", () => {
  let server: { url: string; close: () => Promise<unknown> };
  let ctx: { context: BrowserContext; worker: Worker; id: string; close: () => Promise<void> };
  let data: Record<string, Customer[]>;
  const outside: string[] = [];
  const dir = tempDir("tuomin-crm-");

  beforeAll(async () => {
    expect(fs.existsSync(path.join(EXTENSION_BUILD, "agent.js")), "extension/build is made by npm run build").toBe(
      true,
    );
    data = await writeCrmPages(dir);
    server = await serveStatic({ root: dir });
    ctx = await launchWithExtension(server.url.replace(/\/$/, ""));
    ctx.context.on("request", (r) => {
      const u = r.url();
      if (
        !u.startsWith(server.url) &&
        !u.startsWith("chrome-extension://") &&
        !u.startsWith("data:") &&
        !u.startsWith("blob:")
      )
        outside.push(u);
    });
  });
  afterAll(async () => {
    await ctx?.close();
    await server?.close();
  });

  /** Open a fixture page and the side panel for its tab. */
  async function open(name: string): Promise<{ page: Page; panel: Page; tabId: number }> {
    const page = await ctx.context.newPage();
    await page.goto(server.url + name);
    const tabId = await tabIdOf(ctx.worker, server.url + name);
    const panel = await ctx.context.newPage();
    await panel.goto(`chrome-extension://${ctx.id}/sidepanel.html?tab=${tabId}`);
    return { page, panel, tabId };
  }
  const count = (panel: Page, type: string) =>
    panel
      .locator(`[data-testid=finding-count][data-type="${type}"]`)
      .textContent()
      .then((t) => Number(t ?? 0));
  async function scan(panel: Page): Promise<void> {
    await panel.getByTestId("scan-button").click();
    await panel.getByTestId("notice").waitFor();
  }

  it("asks for no host access at install: activeTab, scripting, storage, sidePanel; optional hosts; no content scripts", () => {
    const m = JSON.parse(fs.readFileSync(path.join(EXTENSION_BUILD, "manifest.json"), "utf8"));
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(["activeTab", "scripting", "sidePanel", "storage"]);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
    expect(m.optional_host_permissions).toEqual(["https://*/*", "http://*/*"]);
    expect(m.side_panel.default_path).toBe("sidepanel.html");
    expect(m.action.default_popup).toBe("popup.html");
  });

  it("a 10,000-row list view: every row's personal data is counted, by type, columns classified by header", async () => {
    const { panel } = await open("list.html");
    await scan(panel);
    expect(await count(panel, "cn_resident_id")).toBe(10_000);
    expect(await count(panel, "phone_mobile")).toBe(10_000);
    expect(await count(panel, "person_name")).toBe(10_000);
    expect(await count(panel, "bank_card")).toBe(10_000);
    expect(await count(panel, "email")).toBe(10_000);
    expect(await count(panel, "address")).toBeGreaterThanOrEqual(9_900);
    // masked previews only: no raw value reaches the panel
    const text = await panel.locator("main").textContent();
    expect(text).not.toContain(data.list[0].id);
    expect(text).not.toContain(data.list[0].mobile);
  });

  it("a record page: labels give context; clicking a finding scrolls to it; highlights do not touch the DOM", async () => {
    const { page, panel } = await open("record.html");
    const before = await page.content();
    await scan(panel);
    for (const t of ["person_name", "cn_resident_id", "phone_mobile", "email", "address", "bank_card"])
      expect(await count(panel, t), t).toBeGreaterThan(0);
    await panel.getByTestId("highlight-toggle").check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("tuomin")?.size ?? 0)).toBeGreaterThan(0);
    expect(await page.content()).toBe(before);
    // the most sensitive type's group is open; others open on a click
    await panel.locator('[data-testid=finding-count][data-type="phone_mobile"]').click();
    await panel.locator('[data-testid=finding][data-type="phone_mobile"]').first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has("tuomin-flash"))).toBe(true);
    await panel.getByTestId("finding").first().click();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has("tuomin-flash"))).toBe(true);
    await panel.getByTestId("highlight-toggle").uncheck();
    await expect.poll(() => page.evaluate(() => CSS.highlights.get("tuomin")?.size ?? 0)).toBe(0);
  });

  it("masks the view and restores it; the original values never reach the panel", async () => {
    const { page, panel } = await open("record.html");
    const r = data.record[0];
    await scan(panel);
    await panel.getByTestId("mask-page-button").click();
    await expect.poll(() => page.locator("body").textContent()).not.toContain(r.id);
    const masked = (await page.locator("body").textContent())!;
    expect(masked).not.toContain(r.mobile);
    expect(masked).toContain(r.mobile.slice(0, 3) + "****" + r.mobile.slice(-4));
    expect(masked).toContain("DD2024112912345678"); // an order number is not personal data
    // highlights follow the masked text, and come back to the originals on restore
    await panel.getByTestId("highlight-toggle").check();
    const painted = () =>
      page.evaluate(() =>
        ["tuomin", "tuomin-sensitive"].flatMap((n) =>
          [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()),
        ),
      );
    await expect.poll(painted).toContain(r.mobile.slice(0, 3) + "****" + r.mobile.slice(-4));
    await panel.getByTestId("restore-page-button").click();
    await expect.poll(() => page.locator("body").textContent()).toContain(r.id);
    expect(await page.locator("body").textContent()).toContain(r.mobile);
    await expect.poll(painted).toContain(r.mobile);
    await panel.getByTestId("highlight-toggle").uncheck();
  });

  it("masks the fields of a React form: the CRM's own submit handler receives the masked values; the log verifies", async () => {
    const { page, panel } = await open("react-form.html");
    const f = data.form[0];
    await scan(panel);
    await panel.getByTestId("mask-fields-button").click();
    await panel.getByText(/已修改 \d+ 个字段/).waitFor();
    await page.click("#save");
    const saved = JSON.parse((await page.locator("#submitted").textContent())!);
    expect(saved.mobile).toBe(f.mobile.slice(0, 3) + "****" + f.mobile.slice(-4));
    expect(saved.id).not.toBe(f.id);
    expect(saved.id).toMatch(/^\d\*+[\dX]{2}$/);
    expect(saved.name).not.toBe(f.name);
    expect(saved.note).toBe("老客户");
    const [download] = await Promise.all([
      panel.waitForEvent("download"),
      panel.getByTestId("export-log-button").click(),
    ]);
    const jsonl = fs.readFileSync((await download.path())!, "utf8");
    const v = verifyLog(jsonl);
    expect(v.ok).toBe(true);
    expect(v.entries).toBeGreaterThanOrEqual(4);
    const entry = JSON.parse(jsonl.split("\n")[1]);
    expect(entry.target).toMatchObject({ url: server.url + "react-form.html" });
    expect(entry.target.selector).toMatch(/^#|\[name=/);
    expect(entry.host).toBe("browser-extension");
    for (const raw of [f.mobile, f.id, f.name]) expect(jsonl).not.toContain(raw);
    const file = path.join(dir, "ext-log.jsonl");
    fs.writeFileSync(file, jsonl);
    expect(tuomin(["log", "verify", file]).code).toBe(0);
  });

  it("masks an editable area through the editing commands (the editor sees an input event); page text is left alone", async () => {
    const { page, panel } = await open("record.html");
    const memo = data.record[1].mobile,
      r = data.record[0];
    await scan(panel);
    await panel.getByTestId("mask-fields-button").click();
    await panel.getByText(/已修改 1 个字段/).waitFor();
    expect(await page.locator("#memo").textContent()).toContain(memo.slice(0, 3) + "****" + memo.slice(-4));
    expect(await page.locator("#memo").textContent()).not.toContain(memo);
    expect(await page.evaluate(() => (window as unknown as { __memoInputs: number }).__memoInputs)).toBeGreaterThan(0);
    expect(await page.locator(".card").textContent()).toContain(r.mobile); // the CRM's display is changed by saving, not by us
  });

  it("clears fields on demand", async () => {
    const { page, panel } = await open("react-form.html");
    await scan(panel);
    await panel.getByTestId("clear-fields-button").click();
    await panel.getByText(/已修改/).waitFor();
    await page.click("#save");
    const saved = JSON.parse((await page.locator("#submitted").textContent())!);
    expect(saved.mobile).toBe("");
    expect(saved.id).toBe("");
    expect(saved.note).toBe("老客户");
  });

  it("finds data inside open and closed shadow roots", async () => {
    const { panel } = await open("shadow.html");
    await scan(panel);
    expect(await count(panel, "phone_mobile")).toBe(1);
    expect(await count(panel, "cn_resident_id")).toBe(1);
  });

  it("finds data inside a same-origin iframe", async () => {
    const { page, panel } = await open("iframe.html");
    await page.frameLocator("iframe").locator("p").first().waitFor();
    await scan(panel);
    expect(await count(panel, "phone_mobile")).toBe(1);
    expect(await count(panel, "cn_resident_id")).toBe(1);
    expect(await count(panel, "email")).toBe(1);
  });

  it("scans content added after load (infinite scroll, SPA navigation) without a rescan, and masks it while the view is masked", async () => {
    const { page, panel } = await open("dynamic.html");
    await page.waitForFunction(() => document.querySelectorAll("#t tbody tr").length >= 20);
    await scan(panel);
    expect(await count(panel, "phone_mobile")).toBe(20);
    await panel.getByTestId("mask-page-button").click();
    await page.evaluate(() => (window as unknown as { loadMore(n: number): void }).loadMore(30));
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    await expect.poll(() => count(panel, "phone_mobile"), { timeout: 10_000 }).toBe(51);
    const later = data.later;
    // (the page's own script holds the rows it will add: read the table, not the whole body)
    await expect.poll(() => page.locator("#t").textContent()).not.toContain(later[45].mobile);
    expect(await page.locator("#t").textContent()).not.toContain(later[15].mobile);
    expect(await page.locator("#route").textContent()).not.toContain(later[0].mobile);
    await panel.getByTestId("restore-page-button").click();
    await expect.poll(() => page.locator("#t").textContent()).toContain(later[45].mobile);
  });

  it("a virtualized grid: recycled rows are rescanned as they show new people, and stay masked", async () => {
    const { page, panel } = await open("virtual.html");
    await page.waitForFunction(() => (window as unknown as { __virtualReady?: boolean }).__virtualReady === true);
    await scan(panel);
    expect(await count(panel, "phone_mobile")).toBe(20);
    await panel.getByTestId("mask-page-button").click();
    await page.evaluate(() => {
      document.getElementById("g")!.scrollTop = 24 * 5000;
    });
    const shown = data.list[5001].mobile;
    await expect
      .poll(() => page.locator("#g").textContent(), { timeout: 10_000 })
      .toContain(shown.slice(0, 3) + "****" + shown.slice(-4));
    expect(await page.locator("#g").textContent()).not.toContain(shown);
    expect(await count(panel, "phone_mobile")).toBe(20);
  });

  it("automatic scanning of an allowed CRM site: the agent is registered there and scans pages as they load", async () => {
    const { panel } = await open("record.html");
    await scan(panel);
    // the user's click granted this origin (the copy under test has it); the panel's switch registers the agent
    await panel.getByTestId("auto-scan-button").click();
    await expect.poll(() => panel.getByTestId("auto-scan-button").textContent()).toContain("已开启自动扫描");
    const page = await ctx.context.newPage();
    await page.goto(server.url + "iframe.html");
    const tabId = await tabIdOf(ctx.worker, server.url + "iframe.html");
    const probe = `(async () => (await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => { const a = globalThis.__tuomin; return a ? a.status().total : -1; } }))[0].result)()`;
    await expect.poll(() => ctx.worker.evaluate(probe), { timeout: 10_000 }).toBeGreaterThan(0);
    // and off again
    await panel.getByTestId("auto-scan-button").click();
    await expect.poll(() => panel.getByTestId("auto-scan-button").textContent()).toBe("自动扫描此网站");
    expect(await ctx.worker.evaluate("chrome.scripting.getRegisteredContentScripts().then((s) => s.length)")).toBe(0);
  });

  it("a page the extension may not script gets a plain-words message, not Chrome's error", async () => {
    const page = await ctx.context.newPage();
    await page.goto("data:text/html,<p>13912345678</p>");
    // the extension may not even read that tab's URL: it is the newest tab whose URL it cannot see
    const tabId = (await ctx.worker.evaluate(
      "chrome.tabs.query({}).then((ts) => ts.filter((t) => !t.url).sort((a, b) => b.id - a.id)[0].id)",
    )) as number;
    const panel = await ctx.context.newPage();
    await panel.goto(`chrome-extension://${ctx.id}/sidepanel.html?tab=${tabId}`);
    await panel.getByTestId("scan-button").click();
    await expect.poll(() => panel.getByTestId("notice").textContent()).toContain("无法访问此页面");
  });

  it("the toolbar popup offers to open the side panel", async () => {
    const popup = await ctx.context.newPage();
    await popup.goto(`chrome-extension://${ctx.id}/popup.html`);
    expect(await popup.getByTestId("open-panel-button").textContent()).toContain("打开侧边栏");
    // chrome.sidePanel.open resolved: the popup closes itself (on an error it would stay and show it)
    await popup.getByTestId("open-panel-button").click();
    await expect.poll(() => popup.isClosed(), { timeout: 10_000 }).toBe(true);
  });

  it("speaks English when asked; made no request outside the fixture server", async () => {
    const { panel } = await open("record.html");
    await panel.getByTestId("language-button").click();
    expect(await panel.getByTestId("scan-button").textContent()).toBe("Scan");
    await panel.getByTestId("language-button").click();
    expect(outside).toEqual([]);
  });
});
