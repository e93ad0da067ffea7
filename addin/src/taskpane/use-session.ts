import {
  decide,
  DEFAULT_POLICY,
  logToCsv,
  type Action,
  type CellFill,
  type EntityType,
  type WorkbookPort,
} from "@tuomin/core";
import { useCallback, useMemo, useRef, useState } from "react";
import type { CellHit, Detector } from "../session/detection.js";
import { columnKey, planChanges, previewPairs, type Choices, type Plan } from "../session/plan.js";
import { Remediation } from "../session/remediation.js";
import { scanWorkbook, type ScanProgress, type ScanScope, type WorkbookScan } from "../session/scan-workbook.js";
import type { KeyStore } from "./key-store.js";

export const HIGHLIGHT = "#FFF2CC";

export interface SessionDeps {
  port: WorkbookPort;
  detector: () => Detector;
  keys: KeyStore;
  file: string;
  actor: string;
}

export type Notice = { kind: "success" | "warning" | "error" | "info"; key: string; values?: Record<string, unknown> };

/** The pane's state and what its buttons do; components get plain data and these callbacks. */
export function useSession(deps: SessionDeps) {
  const [scope, setScope] = useState<ScanScope>("workbook");
  const [busy, setBusy] = useState<"scan" | "apply" | null>(null);
  const [progress, setProgress] = useState<(ScanProgress & { step?: "check" | "write" | "log" }) | null>(null);
  const [scan, setScan] = useState<WorkbookScan | null>(null);
  const [choices, setChoices] = useState<Choices>({ level: "standard", byType: {}, byColumn: {} });
  const [notices, setNotices] = useState<Notice[]>([]);
  const [highlighted, setHighlighted] = useState(false);
  const [canUndo, setCanUndo] = useState(false);
  const [applied, setApplied] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const savedFills = useRef(new Map<string, CellFill[]>());
  const actor = useRef(deps.actor);
  actor.current = deps.actor;
  // the operator's name is read at each apply: editing it must not drop the undo history
  const remediation = useMemo(
    () =>
      new Remediation(deps.port, {
        get actor() {
          return actor.current;
        },
        file: deps.file,
        logKey: deps.keys.logKey(),
      }),
    [deps.port, deps.file, deps.keys],
  );
  const pseudonymKey = useMemo(() => deps.keys.pseudonymKey(), [deps.keys]);

  const fail = (e: unknown) =>
    setNotices([{ kind: "error", key: "error", values: { message: e instanceof Error ? e.message : String(e) } }]);

  const runScan = useCallback(
    async (s: ScanScope = scope, keep: Notice[] = []) => {
      const ctl = new AbortController();
      abort.current = ctl;
      setBusy("scan");
      setProgress({ done: 0, total: 1, sheet: "" });
      const detector = deps.detector();
      try {
        const result = await scanWorkbook(deps.port, detector, s, { signal: ctl.signal, onProgress: setProgress });
        setScan(result);
        const count = result.totals.reduce((n, t) => n + t.count, 0);
        setNotices([
          ...keep,
          count
            ? {
                kind: "info",
                key: "scanned",
                values: { cells: result.cells.toLocaleString(), seconds: (result.ms / 1000).toFixed(1), count },
              }
            : { kind: "success", key: "nothingFound" },
        ]);
      } catch (e) {
        if (ctl.signal.aborted) setNotices([{ kind: "info", key: "cancelled" }]);
        else fail(e);
      } finally {
        detector.dispose();
        setBusy(null);
        setProgress(null);
        abort.current = null;
      }
    },
    [deps.port, deps.detector, scope],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);

  const restoreFills = useCallback(async () => {
    for (const [sheet, fills] of savedFills.current) await deps.port.setFills(sheet, fills);
    savedFills.current.clear();
    setHighlighted(false);
  }, [deps.port]);

  const toggleHighlight = useCallback(
    async (on: boolean) => {
      setHighlighted(on); // the switch follows the click at once; the cells follow as Excel answers
      try {
        if (!on) {
          await restoreFills();
          return;
        }
        if (!scan) return;
        for (const s of scan.sheets) {
          if (!s.hits.length) continue;
          const prev = await deps.port.setFills(
            s.name,
            s.hits.map((h) => ({ row: h.row, col: h.col, color: HIGHLIGHT })),
          );
          savedFills.current.set(s.name, [...(savedFills.current.get(s.name) ?? []), ...prev]);
        }
      } catch (e) {
        fail(e);
      }
    },
    [deps.port, scan, restoreFills],
  );

  /** The action a type gets unless the user picked one: the default policy's. */
  const typeAction = useCallback(
    (type: EntityType): Action =>
      choices.byType[type] ?? decide(DEFAULT_POLICY, { type, sheet: null, header: null, column: null }, choices.level),
    [choices],
  );

  const setTypeAction = useCallback(
    (type: EntityType, a: Action) => setChoices((c) => ({ ...c, byType: { ...c.byType, [type]: a } })),
    [],
  );
  const setColumnAction = useCallback(
    (sheet: string, col: number, a: Action | null) =>
      setChoices((c) => {
        const byColumn = { ...c.byColumn };
        if (a) byColumn[columnKey(sheet, col)] = a;
        else delete byColumn[columnKey(sheet, col)];
        return { ...c, byColumn };
      }),
    [],
  );

  const effective: Choices = useMemo(() => {
    const byType: Choices["byType"] = {};
    for (const t of scan?.totals ?? []) byType[t.type] = typeAction(t.type);
    return { ...choices, byType };
  }, [choices, scan, typeAction]);

  const plan: Plan | null = useMemo(
    () => (scan ? planChanges(scan, effective, pseudonymKey) : null),
    [scan, effective, pseudonymKey],
  );
  const preview = useMemo(() => (plan ? previewPairs(plan) : []), [plan]);

  const apply = useCallback(async () => {
    if (!plan || !scan) return;
    setBusy("apply");
    try {
      if (highlighted) await restoreFills();
      const r = await remediation.apply(plan, {
        onProgress: (p) => setProgress({ done: p.done, total: Math.max(1, p.total), sheet: "", step: p.step }),
      });
      setCanUndo(remediation.canUndo);
      setApplied(true);
      const keep: Notice[] = [{ kind: "success", key: "apply.done", values: { count: r.cells } }];
      if (r.skipped) keep.push({ kind: "warning", key: "apply.skipped", values: { count: r.skipped } });
      if (plan.retained) keep.push({ kind: "info", key: "apply.retained", values: { count: plan.retained } });
      setBusy(null);
      await runScan(scan.scope, keep);
    } catch (e) {
      fail(e);
      setBusy(null);
    } finally {
      setProgress(null);
    }
  }, [plan, scan, highlighted, restoreFills, remediation, runScan]);

  const undo = useCallback(async () => {
    setBusy("apply");
    try {
      const n = await remediation.undo();
      setCanUndo(remediation.canUndo);
      setBusy(null);
      await runScan(scan?.scope ?? scope, [{ kind: "info", key: "apply.undone", values: { count: n } }]);
    } catch (e) {
      fail(e);
      setBusy(null);
    }
  }, [remediation, runScan, scan, scope]);

  const refreshCached = useCallback(async () => {
    try {
      await deps.port.refreshCachedObjects();
      setNotices((n) => [...n, { kind: "success", key: "apply.refreshed" }]);
    } catch (e) {
      fail(e);
    }
  }, [deps.port]);

  const exportLog = useCallback(
    async (format: "jsonl" | "csv"): Promise<string | null> => {
      const jsonl = await remediation.exportLog();
      if (!jsonl) {
        setNotices((n) => [...n, { kind: "info", key: "log.none" }]);
        return null;
      }
      return format === "jsonl" ? jsonl : logToCsv(jsonl);
    },
    [remediation],
  );

  const select = useCallback(
    (sheet: string, hit: CellHit) => deps.port.selectCell(sheet, hit.row, hit.col).catch(fail),
    [deps.port],
  );

  return {
    scope,
    setScope,
    busy,
    progress,
    scan,
    notices,
    highlighted,
    canUndo,
    applied,
    plan,
    preview,
    choices,
    effective,
    runScan,
    cancel,
    toggleHighlight,
    typeAction,
    setTypeAction,
    setColumnAction,
    apply,
    undo,
    refreshCached,
    exportLog,
    select,
  };
}

export type Session = ReturnType<typeof useSession>;

/** What each panel reads and does: a panel receives its slice, never the whole session. */
// prettier-ignore
const SLICES = {
  scan:     ["scope", "setScope", "busy", "progress", "runScan", "cancel"],
  apply:    ["scan", "plan", "preview", "busy", "applied", "canUndo", "typeAction", "setTypeAction", "apply", "undo", "refreshCached"],
  columns:  ["scan", "choices", "setColumnAction"],
  findings: ["scan", "busy", "highlighted", "toggleHighlight", "select"],
  log:      ["exportLog"],
} as const satisfies Record<string, readonly (keyof Session)[]>;

export type SliceName = keyof typeof SLICES;
export type Slice<K extends SliceName> = Pick<Session, (typeof SLICES)[K][number]>;

/** The members of the session one panel uses. */
export function sliceOf<K extends SliceName>(s: Session, name: K): Slice<K> {
  return Object.fromEntries(SLICES[name].map((k) => [k, s[k]])) as Slice<K>;
}
