/**
 * Reaching the page agent in a tab: inject it (once) with chrome.scripting — possible after the user's
 * click (activeTab) or on a site they allowed — then call one of its methods and return the result.
 */
import { classifyError, type PanelErrorInfo } from "../lib/errors";
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

export type Reply<T> = { ok: true; result: T } | { ok: false; error: PanelErrorInfo };

/** A handler's reply: the result, or the error as a code the panel words in the user's language. */
export async function reply<T>(f: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, result: await f() };
  } catch (e) {
    return { ok: false, error: classifyError(e) };
  }
}
