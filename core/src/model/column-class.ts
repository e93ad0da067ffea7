import type { EntityType } from "./entity-type.js";

/** What a table column holds, decided from its header and a sample of its values. */
export interface ColumnClass {
  /** 0-based column index */
  index: number;
  header: string | null;
  type: EntityType | null;
  /** 0–1: how sure we are the column holds `type` */
  confidence: number;
  /** true when the header alone names the type (身份证号, 手机, 姓名 …) */
  fromHeader: boolean;
  /** the header says the column is not personal (订单号, 金额, 日期 …): look-alike values are lowered */
  nonPersonal?: boolean;
  /** few distinct values, many repeats (statuses, levels, cities): name-like values there are categories */
  categorical?: boolean;
}
