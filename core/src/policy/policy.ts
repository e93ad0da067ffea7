import { z } from "zod";
import { ENTITY_TYPES, ENTITY_INFO, type EntityType, type Sensitivity } from "../model/entity-type.js";
import { GENERALIZABLE } from "../operators/generalize.js";

const level = z.enum(["strict", "standard", "loose"]);
const match = z
  .object({
    type: z.enum(ENTITY_TYPES).optional(),
    sensitivity: z.enum(["sensitive", "personal", "organization"]).optional(),
    sheet: z.string().min(1).optional(),
    header: z.string().min(1).optional(),
    column: z
      .string()
      .regex(/^[A-Z]{1,3}$/, "a column letter such as D")
      .optional(),
  })
  .strict()
  .refine((m) => Object.keys(m).length > 0, {
    message: "needs at least one of type, sensitivity, sheet, header, column",
  });

const action = z.discriminatedUnion("action", [
  z.object({ action: z.literal("mask"), level: level.optional() }).strict(),
  z.object({ action: z.literal("pseudonymize") }).strict(),
  z.object({ action: z.literal("generalize") }).strict(),
  z.object({ action: z.literal("delete") }).strict(),
  z
    .object({
      action: z.literal("mark_deleted"),
      statusColumn: z.string().min(1).default("状态"),
      statusValue: z.string().min(1).default("已删除"),
    })
    .strict(),
  z.object({ action: z.literal("retain"), basis: z.string().min(1), period: z.string().min(1) }).strict(),
]);
export type Action = z.infer<typeof action>;

const rule = z.intersection(z.object({ match }), action).superRefine((r, ctx) => {
  if (r.action === "generalize" && r.match.type && !GENERALIZABLE.includes(r.match.type)) {
    ctx.addIssue({
      code: "custom",
      path: ["action"],
      message: `generalize applies to ${GENERALIZABLE.join(", ")}, not ${r.match.type}`,
    });
  }
});
export type Rule = z.infer<typeof rule>;

export const policySchema = z
  .object({
    version: z.literal(1),
    /** the action for sensitive and personal findings no rule matches (default: mask at level standard) */
    default: action.optional(),
    rules: z.array(rule).default([]),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

/** Without a policy file (cli.md): mask every sensitive and personal finding at level standard, retain organization. */
export const DEFAULT_POLICY: Policy = { version: 1, rules: [] };

/** A policy that cannot be used: `file` names it, `detail` the bad field and what is allowed (field names stay English). */
export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = "PolicyError";
  }
}

/** Parse and validate a policy; an error names the bad field and what is allowed. */
export function parsePolicy(json: string, name = "policy"): Policy {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new PolicyError(name, `not valid JSON (${(e as Error).message})`);
  }
  const r = policySchema.safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path =
    issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "") || "(top level)";
  const allowed =
    "values" in issue && Array.isArray((issue as { values?: unknown[] }).values)
      ? ` — allowed: ${(issue as { values: unknown[] }).values.join(" | ")}`
      : "";
  const options =
    issue.code === "invalid_union"
      ? " — allowed actions: mask | pseudonymize | generalize | delete | mark_deleted | retain"
      : "";
  throw new PolicyError(name, `${path}: ${issue.message}${allowed}${options}`);
}

/** Where a finding sits, as a policy can address it. */
export interface FindingPlace {
  type: EntityType;
  sheet: string | null;
  header: string | null;
  column: string | null;
}

/** The action for a finding: the first rule that matches, else the default by sensitivity. */
export function decide(
  policy: Policy,
  f: FindingPlace,
  defaultLevel: "strict" | "standard" | "loose" = "standard",
): Action {
  const sensitivity: Sensitivity = ENTITY_INFO[f.type].sensitivity;
  for (const r of policy.rules) {
    const m = r.match;
    if (m.type && m.type !== f.type) continue;
    if (m.sensitivity && m.sensitivity !== sensitivity) continue;
    if (m.sheet && m.sheet !== f.sheet) continue;
    if (m.header && m.header !== f.header) continue;
    if (m.column && m.column !== f.column) continue;
    const { match: _m, ...a } = r;
    return a as Action;
  }
  if (sensitivity === "organization")
    return { action: "retain", basis: "组织信息,非个人信息 (organization, not personal)", period: "—" };
  return policy.default ?? { action: "mask", level: defaultLevel };
}
