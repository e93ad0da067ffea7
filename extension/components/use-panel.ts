import { logToCsv } from "@tuomin/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "../lib/api";
import { requestSite } from "../lib/browser";
import { download } from "../lib/download";
import { classifyError } from "../lib/errors";
import type { PageStatus } from "../page/agent";

export type Notice = { kind: "info" | "success" | "error"; key: string; values?: Record<string, unknown> };

/** The panel's state and actions for one tab (from ?tab=<id>, else the active tab). */
export function usePanel() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [log, setLog] = useState<{ entries: number; finalHash: string | null; actor: string } | null>(null);
  const [auto, setAuto] = useState<boolean | null>(null);
  /** the highlight switch follows the click at once; the page follows */
  const [highlighted, setHighlighted] = useState(false);
  const polling = useRef<ReturnType<typeof setInterval> | null>(null);

  const fail = (e: unknown) => {
    const { code, values } = classifyError(e);
    setNotice({ kind: "error", key: `errors.${code}`, values });
  };

  useEffect(() => {
    const fromUrl = Number(new URLSearchParams(location.search).get("tab"));
    (Number.isInteger(fromUrl) && fromUrl > 0 ? Promise.resolve(fromUrl) : api.activeTab()).then(setTabId).catch(fail);
    api
      .logSummary()
      .then(setLog)
      .catch(() => undefined);
  }, []);

  // once scanned, follow the page: the agent scans new content by itself; the panel refreshes its counts
  useEffect(() => {
    if (!tabId || !status) return;
    polling.current ??= setInterval(() => {
      api
        .status(tabId)
        .then(setStatus)
        .catch(() => undefined);
    }, 1500);
    return () => {
      if (polling.current) clearInterval(polling.current);
      polling.current = null;
    };
  }, [tabId, status !== null]);

  /** Run an action; `done` may set the notice (a Notice), clear it (null) or leave it (undefined). */
  const run = useCallback(
    async <T>(f: () => Promise<T>, done?: (r: T) => Notice | null | undefined) => {
      if (!tabId) return;
      setBusy(true);
      try {
        const r = await f();
        const n = done?.(r);
        if (n !== undefined) setNotice(n);
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [tabId],
  );

  const origin = status?.url ? new URL(status.url).origin : null;
  useEffect(() => {
    if (origin && /^https?:/.test(origin))
      api
        .autoScan(origin)
        .then((r) => setAuto(r.on))
        .catch(() => setAuto(null));
  }, [origin]);

  return {
    tabId,
    status,
    busy,
    notice,
    log,
    auto,
    origin,
    scan: () =>
      run(
        () => api.scan(tabId!),
        (s) => {
          setStatus(s);
          return s.total
            ? { kind: "info", key: "scanned", values: { total: s.total, ms: Math.round(s.initialMs ?? 0) } }
            : { kind: "success", key: "none" };
        },
      ),
    highlighted,
    highlight: (on: boolean) => {
      setHighlighted(on);
      return run(
        () => api.highlight(tabId!, on),
        (s) => {
          setStatus(s);
          setHighlighted(s.highlighted);
          return undefined;
        },
      );
    },
    maskView: () =>
      run(
        () => api.maskView(tabId!),
        (s) => {
          setStatus(s);
          return { kind: "success", key: "masked" };
        },
      ),
    restoreView: () =>
      run(
        () => api.restoreView(tabId!),
        (s) => {
          setStatus(s);
          return { kind: "info", key: "restored" };
        },
      ),
    editFields: (mode: "mask" | "clear") =>
      run(
        () => api.editFields(tabId!, mode),
        (r) => {
          void api.logSummary().then(setLog);
          void api.status(tabId!).then(setStatus);
          return r.changed ? { kind: "success", key: "edited", values: r } : { kind: "info", key: "noFields" };
        },
      ),
    reveal: (id: number) => {
      if (tabId) api.reveal(tabId, id).catch(fail);
    },
    exportLog: (format: "jsonl" | "csv") =>
      run(
        () => api.exportLog(),
        (r) => {
          if (!r.jsonl) return { kind: "info", key: "logCount", values: { entries: 0 } };
          const stamp = new Date().toISOString().slice(0, 10);
          if (format === "jsonl") download(`tuomin-浏览器变更记录-${stamp}.jsonl`, r.jsonl, "application/jsonl");
          else download(`tuomin-浏览器变更记录-${stamp}.csv`, "\ufeff" + logToCsv(r.jsonl), "text/csv");
          return undefined;
        },
      ),
    setActor: (name: string) => {
      setLog((l) => (l ? { ...l, actor: name } : l));
      void api.setActor(name);
    },
    toggleAuto: async () => {
      if (!origin) return;
      try {
        if (!auto && !(await requestSite(origin))) {
          setNotice({ kind: "error", key: "autoDenied" });
          return;
        }
        const r = await api.autoScan(origin, !auto);
        setAuto(r.on);
      } catch (e) {
        fail(e);
      }
    },
  };
}
