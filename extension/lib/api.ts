// The side panel's calls to the background, typed; the panel never touches chrome.* itself.
import { sendToBackground } from "@plasmohq/messaging";
import type { Reply } from "../background/page-agent";
import type { PageStatus } from "../page/agent";
import { PanelError } from "./errors";

async function call<T>(name: string, body?: unknown): Promise<T> {
  const r = (await sendToBackground({ name: name as never, body: body as never })) as Reply<T> | undefined;
  if (!r) throw new PanelError("no_response");
  if (!r.ok) throw new PanelError(r.error.code, r.error.values);
  return r.result;
}

export const api = {
  activeTab: () => call<number>("active-tab"),
  scan: (tabId: number) => call<PageStatus>("scan", { tabId }),
  status: (tabId: number) => call<PageStatus>("status", { tabId }),
  highlight: (tabId: number, on: boolean) => call<PageStatus>("highlight", { tabId, on }),
  maskView: (tabId: number) => call<PageStatus>("mask-view", { tabId }),
  restoreView: (tabId: number) => call<PageStatus>("restore-view", { tabId }),
  editFields: (tabId: number, mode: "mask" | "clear") =>
    call<{ changed: number; fields: number; entries: number; finalHash: string | null }>("edit-fields", {
      tabId,
      mode,
    }),
  reveal: (tabId: number, id: number) => call<boolean>("reveal", { tabId, id }),
  exportLog: () => call<{ jsonl: string | null; entries: number }>("export-log"),
  logSummary: () => call<{ entries: number; finalHash: string | null; actor: string }>("log-summary"),
  setActor: (name: string) => call<void>("set-actor", { name }),
  autoScan: (origin: string, on?: boolean) => call<{ origin: string; on: boolean }>("auto-scan", { origin, on }),
};
