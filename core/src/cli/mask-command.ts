import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ChangeLogWriter, serializeLine, type LogTarget } from "../changelog/entry.js";
import { verifyLog } from "../changelog/verify.js";
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
import { openStaged, stage, writeAtomic } from "./atomic-write.js";
import { NODE_CRYPTO } from "./node-crypto.js";
import { EXIT } from "./exit-codes.js";
import { DEFAULT_KEY_FILE, KeyFileError, loadKeys } from "./key-file.js";
import { complain, say } from "./messages.js";

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

/** `tuomin mask IN -o OUT`: returns the exit code; errors are one line naming the file and the reason. */
export function runMask(input: string, o: MaskOptions): number {
  const fail = (file: string, why: string) => {
    complain(file, why);
    return EXIT.usage;
  };
  const format = formatOf(input);
  if (!format || format === "txt") return fail(input, say(o.lang, "maskFormats"));
  if (!fs.existsSync(input)) return fail(input, say(o.lang, "noSuchFile"));
  if (path.resolve(input) === path.resolve(o.output)) return fail(o.output, say(o.lang, "outputIsInput"));
  if (fs.existsSync(o.output) && !o.force) return fail(o.output, say(o.lang, "outputExists"));
  if (formatOf(o.output) !== format) return fail(o.output, say(o.lang, "outputFormat", { format }));
  let policy: Policy = DEFAULT_POLICY;
  if (o.policy) {
    try {
      policy = parsePolicy(fs.readFileSync(o.policy, "utf8"), o.policy);
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
    return fail(o.key ?? DEFAULT_KEY_FILE, say(o.lang, "cannotRead"));
  }
  if (keys.created) process.stderr.write(say(o.lang, "keyCreated", { file: keys.file }) + "\n");

  // the change log: continue an existing chain, or start one; entries stream into a temp file as made
  const logFile = o.log ?? `${o.output}.tuomin-log.jsonl`;
  let cont: { hash: string; seq: number } | undefined;
  let existing = "";
  if (fs.existsSync(logFile)) {
    existing = fs.readFileSync(logFile, "utf8");
    const v = verifyLog(existing, undefined, NODE_CRYPTO);
    if (!v.ok) return fail(logFile, say(o.lang, "logFailsVerify", { line: v.problem!.line }));
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
  const logOut = openStaged(logFile);
  logOut.write(
    existing + (existing && !existing.endsWith("\n") ? "\n" : "") + (cont ? "" : serializeLine(writer.header) + "\n"),
  );
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
      logOut.write(
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
    const bytes = fs.readFileSync(input);
    result = format === "csv" || format === "tsv" ? maskCsv(bytes, format, ctx) : maskXlsx(bytes, ctx);
  } catch (e) {
    logOut.abort();
    return fail(input, asReadError(e).reason(o.lang));
  }
  const out = stage(o.output, result.bytes);
  logOut.close();
  out.commit();
  logOut.commit();
  if (o.report) {
    writeAtomic(
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
    );
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
