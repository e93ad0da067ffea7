/**
 * Reaching the page agent in a tab: inject it (once) with chrome.scripting — possible after the user's
 * click (activeTab) or on a site they allowed — then call one of its methods and return the result.
 */
import type { AgentApi } from "../page/agent";

export const AGENT_FILE = "agent.js";

export async function ensureAgent(tabId: number): Promise<void> {
  const [probe] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => typeof (globalThis as { __tuomin?: unknown }).__tuomin !== "undefined",
  });
  if (!probe?.result) await chrome.scripting.executeScript({ target: { tabId }, files: [AGENT_FILE] });
}

type Method = keyof AgentApi;

export async function callAgent<M extends Method>(
  tabId: number,
  method: M,
  ...args: Parameters<AgentApi[M]>
): Promise<Awaited<ReturnType<AgentApi[M]>>> {
  await ensureAgent(tabId);
  const [r] = await chrome.scripting.executeScript({
    target: { tabId },
    func: (m: string, a: unknown[]) => {
      const agent = (globalThis as unknown as { __tuomin: Record<string, (...x: unknown[]) => unknown> }).__tuomin;
      return agent[m](...a);
    },
    args: [method, args],
  });
  return r?.result as Awaited<ReturnType<AgentApi[M]>>;
}

/** A handler's reply: the result, or a one-line error the panel can show. */
export async function reply<T>(f: () => Promise<T>): Promise<{ ok: true; result: T } | { ok: false; error: string }> {
  try {
    return { ok: true, result: await f() };
  } catch (e) {
    return { ok: false, error: plain(e instanceof Error ? e.message : String(e)) };
  }
}

/** Chrome's refusals to script a page, said the way a user can act on them. */
function plain(message: string): string {
  if (
    /Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|edge:\/\/|extensions gallery/i.test(message)
  ) {
    return "无法访问此页面(浏览器内部页面、扩展商店或未授权的网站):请在要检查的网页上点击扩展图标后再扫描。";
  }
  if (/No tab with id|Frame with ID 0 was removed|The tab was closed/i.test(message))
    return "页面已关闭或已跳转:请重新扫描。";
  return message;
}
