import type { ColumnClass } from "../model/column-class.js";
import type { EntityType } from "../model/entity-type.js";
import { roundConfidence } from "../model/finding.js";
import { anyOf, ORG_WORDS } from "../data/org-words.js";
import { matchHeader } from "./header-match.js";
import { scanText } from "./scan-text.js";

/** Types whose values are recognisable without a column (a checksum or a distinctive shape). */
const SELF_EVIDENT: ReadonlySet<EntityType> = new Set([
  "cn_resident_id",
  "bank_card",
  "phone_mobile",
  "phone_landline",
  "email",
  "uscc",
  "hk_id",
  "tw_id",
  "license_plate",
]);
/** a value that names an organisation */
const ORG_VALUE = new RegExp(anyOf(ORG_WORDS));

const MAX_VOTING_LENGTH = 256;
/** The type a value alone shows, when one finding covers most of it. */
function valueVote(value: string): EntityType | null {
  const t = value.trim();
  // no finding covers 60 % of a value this long (150+ characters): a note or a pasted page votes for no type,
  // and is not scanned once more for the vote
  if (!t || t.length > MAX_VOTING_LENGTH) return null;
  const f = scanText(t, { threshold: 0.6 });
  if (f.length !== 1) return null;
  return (f[0].end - f[0].start) / t.length >= 0.6 ? f[0].type : null;
}

/**
 * Classify each column from its header and a sample of its values. The header proposes a type; the
 * values confirm it, overrule it (a 联系电话 column full of landlines is a landline column), or, when
 * there is no header, decide alone by a clear majority.
 */
export function classifyColumns(
  headers: readonly (string | null)[],
  sample: readonly (readonly (string | null)[])[],
): ColumnClass[] {
  const width = Math.max(headers.length, ...sample.map((r) => r.length), 0);
  const out: ColumnClass[] = [];
  for (let col = 0; col < width; col++) {
    const header = headers[col] ?? null;
    const values = sample.map((r) => r[col]).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    const votes = new Map<EntityType, number>();
    for (const v of values) {
      const t = valueVote(v);
      if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    let topType: EntityType | null = null,
      topVotes = 0;
    for (const [t, n] of votes)
      if (n > topVotes) {
        topType = t;
        topVotes = n;
      }
    const share = values.length ? topVotes / values.length : 0;
    const hm = matchHeader(header);
    const distinct = new Set(values.map((v) => v.trim())).size;
    const categorical = values.length >= 20 && distinct / values.length < 0.2;
    const cls: ColumnClass = {
      index: col,
      header,
      type: null,
      confidence: 0,
      fromHeader: false,
      nonPersonal: hm?.nonPersonal ?? false,
      categorical,
    };
    if (hm?.type) {
      const h = hm.type;
      const support = values.length ? (votes.get(h) ?? 0) / values.length : 0;
      if (topType && topType !== h && share > 0.5 && SELF_EVIDENT.has(topType)) {
        Object.assign(cls, { type: topType, confidence: 0.85 });
      } else if (
        h === "person_name" &&
        values.length >= 3 &&
        values.filter((v) => ORG_VALUE.test(v)).length / values.length > 0.5
      ) {
        // 客户名称 listing companies: not a name column
      } else {
        Object.assign(cls, { type: h, confidence: support >= 0.3 ? 0.95 : 0.8, fromHeader: true });
      }
    } else if (topType && values.length >= 3 && share >= 0.6) {
      Object.assign(cls, { type: topType, confidence: roundConfidence(Math.min(0.95, share)) });
    }
    out.push(cls);
  }
  return out;
}
