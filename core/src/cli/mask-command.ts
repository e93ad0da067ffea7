import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ChangeLogWriter, keyId, serializeLine, type LogTarget } from "../changelog/entry.js";
import { maskCsv } from "../formats/csv/mask-csv.js";
import { asReadError } from "../formats/errors.js";
import { formatOf } from "../formats/scan-file.js";
import { maskXlsx } from "../formats/xlsx/mask-xlsx.js";
import { previewOf } from "../mask/plan.js";
import type { MaskLevel } from "../operators/mask.js";
import type { Finding } from "../model/finding.js";
import { DEFAULT_POLICY, parsePolicy, PolicyError, type Action, type Policy } from "../policy/policy.js";
import { typeName, type Lang } from "../report/i18n.js";
import { TOOL_VERSION } from "../report/version.js";
import { renderMaskReport } from "../report/mask-report.js";
import { openStaged, stage, WriteError, type Staged, type StagedWriter } from "./atomic-write.js";
import { appendInPlace, checkLogFile, LogLockedError, lockLog } from "./log-file.js";
import { NODE_CRYPTO } from "./node-crypto.js";
import { EXIT } from "./exit-codes.js";
import { DEFAULT_KEY_FILE, KeyFileError, KeyPermissionError, loadKeys, type Keys } from "./key-file.js";
import { complain, readReason, say, writeReason } from "./messages.js";

export interface MaskOptions {
  output: string;
  policy?: string;
  level: MaskLevel;
  log?: string;
  key?: string;
  force?: boolean;
  lang: Lang;
  report?: string;
}

/**
 * Asked once, just before the first commit (log append, renames): true lets the run commit, false means
 * it was interrupted (a signal) and must leave nothing. The CLI runs mask in a worker thread whose
 * parent answers this through shared memory; in-process callers commit always.
 */
export type CommitGate = () => boolean;

/** Whether two paths name one file: same device and inode (a symlink or hard link to the input counts). */
function sameFile(a: string, b: string): boolean {
  try {
    const x = fs.statSync(a),
      y = fs.statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/**
 * `tuomin mask IN -o OUT`: returns the exit code; errors are one line naming the user's file and the
 * reason. Nothing is committed until everything is ready: the output and the report are staged (written
 * and fsynced beside their targets), the log's new lines are staged too; then the log is appended to in
 * place (or created), the output and report renamed into place — on any failure before the end, the
 * log is cut back and no output appears.
 */
export function runMask(input: string, o: MaskOptions, mayCommit: CommitGate = () => true): number {
  const fail = (file: string, why: string) => {
    complain(file, why);
    return EXIT.usage;
  };
  const format = formatOf(input);
  if (!format || format === "txt") return fail(input, say(o.lang, "maskFormats"));
  if (!fs.existsSync(input)) return fail(input, say(o.lang, "noSuchFile"));
  if (sameFile(input, o.output)) return fail(o.output, say(o.lang, "outputIsInput"));
  if (fs.existsSync(o.output) && !o.force) return fail(o.output, say(o.lang, "outputExists"));
  if (formatOf(o.output) !== format) return fail(o.output, say(o.lang, "outputFormat", { format }));
  const logFile = o.log ?? `${o.output}.tuomin-log.jsonl`;
  for (const [what, file] of [
    ["log", logFile],
    ["report", o.report],
  ] as const)
    if (file && (sameFile(input, file) || sameFile(o.output, file)))
      return fail(file, say(o.lang, "samePath", { what: what === "log" ? "--log" : "--report" }));
  let policy: Policy = DEFAULT_POLICY;
  if (o.policy) {
    try {
      policy = parsePolicy(fs.readFileSync(o.policy, "utf8").replace(/^\ufeff/, ""), o.policy);
    } catch (e) {
      if (e instanceof PolicyError) return fail(e.file, say(o.lang, "policyInvalid", { detail: e.detail }));
      return fail(o.policy, say(o.lang, "policyUnreadable"));
    }
  }
  let keys;
  try {
    keys = loadKeys(o.key);
  } catch (e) {
    if (e instanceof KeyFileError) return fail(e.file, say(o.lang, "notKeyFile"));
    if (e instanceof KeyPermissionError)
      return fail(e.file, say(o.lang, "keyPermissions", { file: e.file, mode: e.mode }));
    return fail(o.key ?? DEFAULT_KEY_FILE, say(o.lang, "cannotRead"));
  }
  if (keys.created) process.stderr.write(say(o.lang, "keyCreated", { file: keys.file }) + "\n");

  let release: () => void;
  try {
    release = lockLog(logFile);
  } catch (e) {
    if (e instanceof LogLockedError) return fail(logFile, say(o.lang, "logLocked", { pid: e.pid }));
    return fail(logFile, writeReason(o.lang, (e as WriteError).code ?? "EIO"));
  }
  try {
    return maskLocked(input, format, o, policy, keys, logFile, fail, mayCommit);
  } finally {
    release();
  }
}

function maskLocked(
  input: string,
  format: string,
  o: MaskOptions,
  policy: Policy,
  keys: Keys,
  logFile: string,
  fail: (file: string, why: string) => number,
  mayCommit: CommitGate,
): number {
  // the change log: continue an existing chain (checked line by line, any size), or start one
  let cont: { hash: string; seq: number } | undefined;
  const appending = fs.existsSync(logFile);
  if (appending) {
    const v = checkLogFile(logFile);
    if (!v) return fail(logFile, say(o.lang, "cannotRead"));
    if (!v.ok) return fail(logFile, say(o.lang, "logFailsVerify", { line: v.problem!.line }));
    const key = keyId(keys.log);
    if (v.header!.key_id !== key) return fail(logFile, say(o.lang, "logOtherKey", { logKey: v.header!.key_id, key }));
    cont = { hash: v.finalHash!, seq: v.entries };
  }
  const actor = `${os.userInfo().username} (${os.hostname()})`;
  const writer = new ChangeLogWriter(keys.log, {
    tool: `tuomin ${TOOL_VERSION}`,
    actor,
    host: "cli",
    continueFrom: cont,
    crypto: NODE_CRYPTO,
  });
  // the run's lines are staged beside the log: renamed into place for a new log, appended for an old one
  let pending: StagedWriter;
  try {
    pending = openStaged(logFile);
  } catch (e) {
    return fail(logFile, writeReason(o.lang, (e as WriteError).code));
  }
  const staged: Staged[] = [pending];
  const abortAll = () => staged.forEach((s) => s.abort());
  if (!cont) pending.write(serializeLine(writer.header) + "\n");
  const file = path.basename(o.output);
  let count = 0;
  let places = 0;
  let lastPlace = "";
  const byTypeAction = new Map<string, number>();
  const ctx = {
    policy,
    level: o.level,
    pseudonymKey: keys.pseudonym,
    onChange: (c: {
      finding: Finding;
      action: Action;
      after: string;
      sheet: string | null;
      cell: string | null;
      location?: string;
      part?: string;
    }) => {
      count++;
      const ta = `${c.finding.type}\u0000${c.action.action}`;
      byTypeAction.set(ta, (byTypeAction.get(ta) ?? 0) + 1);
      // changes arrive cell by cell: count the places without keeping them
      const place = `${c.sheet}!${c.cell}!${c.location ?? ""}`;
      if (place !== lastPlace) {
        places++;
        lastPlace = place;
      }
      const target: LogTarget = {
        file,
        sheet: c.sheet,
        cell: c.cell,
        ...(c.location && c.location !== "value" ? { location: c.location } : {}),
        ...(c.part ? { part: c.part } : {}),
      };
      pending.write(
        writer.entryLine({
          target,
          type: c.finding.type,
          action: c.action.action as "mask",
          level: c.action.action === "mask" ? (c.action.level ?? o.level) : undefined,
          original: c.finding.text,
          preview: previewOf(c.finding),
          after: c.after,
        }) + "\n",
      );
    },
  };
  let result;
  try {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(input);
    } catch (e) {
      abortAll();
      return fail(input, readReason(o.lang, (e as NodeJS.ErrnoException).code));
    }
    result = format === "csv" || format === "tsv" ? maskCsv(bytes, format, ctx) : maskXlsx(bytes, ctx);
  } catch (e) {
    abortAll();
    if (e instanceof WriteError) return fail(logFile, writeReason(o.lang, e.code));
    return fail(input, asReadError(e).reason(o.lang));
  }

  // stage everything, then commit: the log first (cut back if the output cannot follow)
  let undoLog: (() => void) | null = null;
  try {
    pending.close();
    staged.push(stage(o.output, result.bytes));
    if (o.report)
      staged.push(
        stage(
          o.report,
          renderMaskReport(
            {
              input,
              output: o.output,
              log: logFile,
              finalHash: writer.lastHash,
              changes: byTypeAction,
              retained: result.retained.map((r) => ({
                type: r.finding.type,
                place: [(r as { sheet?: string | null }).sheet, r.cell].filter(Boolean).join("!"),
                basis: r.basis,
                period: r.period,
                value: r.finding.text,
              })),
              notes: [],
            },
            o.lang,
          ),
        ),
      );
    if (!mayCommit()) {
      abortAll();
      return EXIT.interrupted;
    }
    if (appending) {
      undoLog = appendInPlace(logFile, pending.tempPath).undo;
      pending.abort();
    } else pending.commit();
    for (const s of staged.slice(1)) s.commit();
  } catch (e) {
    abortAll();
    undoLog?.();
    if (e instanceof WriteError) return fail(e.file, writeReason(o.lang, e.code));
    throw e;
  }
  const lines = [
    say(o.lang, "masked", { count, places, retained: result.retained.length }),
    say(o.lang, "outputIs", { file: o.output }),
    say(o.lang, "logIs", { file: logFile }),
    say(o.lang, "finalHash", { hash: writer.lastHash }),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  // retained values, grouped by type and legal basis (with where they are)
  const groups = new Map<string, { type: string; basis: string; period: string; cells: string[] }>();
  for (const r of result.retained) {
    const k = `${r.finding.type}\u0000${r.basis}\u0000${r.period}`;
    const g = groups.get(k) ?? { type: typeName(o.lang, r.finding.type), basis: r.basis, period: r.period, cells: [] };
    g.cells.push(r.cell ?? "");
    groups.set(k, g);
  }
  for (const g of groups.values()) {
    const where = g.cells.slice(0, 3).join(", ") + (g.cells.length > 3 ? " …" : "");
    const { type, basis, period } = g;
    process.stdout.write(`  ${say(o.lang, "retainedGroup", { type, n: g.cells.length, where, basis, period })}\n`);
  }
  return EXIT.ok;
}
