import { GENERALIZABLE, type Action, type EntityType } from "@tuomin/core";

/** The choices a select offers, by key (the i18n key under actions.*). */
export const ACTION_KEYS = [
  "mask_strict",
  "mask_standard",
  "mask_loose",
  "pseudonymize",
  "generalize",
  "delete",
  "retain",
] as const;
export type ActionKey = (typeof ACTION_KEYS)[number];

export function actionKeys(type: EntityType): ActionKey[] {
  return ACTION_KEYS.filter((k) => k !== "generalize" || GENERALIZABLE.includes(type));
}

export function toAction(key: ActionKey, retain: { basis: string; period: string }): Action {
  switch (key) {
    case "mask_strict":
      return { action: "mask", level: "strict" };
    case "mask_standard":
      return { action: "mask", level: "standard" };
    case "mask_loose":
      return { action: "mask", level: "loose" };
    case "retain":
      return { action: "retain", basis: retain.basis || "—", period: retain.period || "—" };
    default:
      return { action: key } as Action;
  }
}

export function keyOf(a: Action): ActionKey {
  if (a.action === "mask") return `mask_${a.level ?? "standard"}` as ActionKey;
  if (a.action === "mark_deleted") return "delete";
  return a.action;
}
