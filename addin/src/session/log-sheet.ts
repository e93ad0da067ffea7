import { ENTITY_INFO, type EntityType, type LogEntry } from "@tuomin/core";

/** The readable change log sheet's columns (glossary words). */
export const LOG_SHEET_HEADER = [
  "时间",
  "操作人",
  "工作表",
  "单元格",
  "类型",
  "操作",
  "脱敏前(已遮盖)",
  "脱敏后",
  "序号",
] as const;

const ACTION_ZH: Record<LogEntry["action"], string> = {
  mask: "脱敏(遮盖)",
  pseudonymize: "假名化",
  generalize: "泛化",
  delete: "删除",
  mark_deleted: "标记删除",
};
const LEVEL_ZH: Record<string, string> = { strict: "严格", standard: "标准", loose: "宽松" };

/** What a row of the 脱敏记录 sheet shows of a log entry: local time, no original value. */
export interface LogRow {
  ts: string;
  actor: string;
  sheet: string;
  cell: string;
  type: EntityType;
  action: LogEntry["action"];
  level?: string;
  preview: string;
  after: string;
  seq: number;
}

export function logSheetRow(e: LogRow): string[] {
  const action = ACTION_ZH[e.action] + (e.level ? ` · ${LEVEL_ZH[e.level] ?? e.level}` : "");
  return [
    localTime(e.ts),
    e.actor,
    e.sheet,
    e.cell,
    ENTITY_INFO[e.type].zh,
    action,
    e.preview,
    e.after === "" ? "(空)" : e.after,
    String(e.seq),
  ];
}

function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
