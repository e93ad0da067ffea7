import { Input, Select } from "@fluentui/react-components";
import type { Action, EntityType } from "@tuomin/core";
import { useTranslation } from "react-i18next";
import { actionKeys, keyOf, toAction, type ActionKey } from "../actions.js";

/** A select of the actions a type allows; "retain" asks for its legal basis and period. */
export function ActionSelect({
  type,
  value,
  onChange,
  inherit,
  label,
}: {
  type: EntityType;
  value: Action | null;
  onChange: (a: Action | null) => void;
  inherit?: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const retainOf = (a: Action | null) =>
    a?.action === "retain"
      ? { basis: a.basis, period: a.period }
      : { basis: t("apply.reasonDefault"), period: t("apply.periodDefault") };
  return (
    <div className="tm-action">
      <Select
        aria-label={label}
        data-testid="action-select"
        data-type={type}
        value={value ? keyOf(value) : ""}
        onChange={(_, d) => onChange(d.value === "" ? null : toAction(d.value as ActionKey, retainOf(value)))}
      >
        {inherit && <option value="">{t("apply.byType")}</option>}
        {actionKeys(type).map((k) => (
          <option key={k} value={k}>
            {t(`actions.${k}`)}
          </option>
        ))}
      </Select>
      {value?.action === "retain" && (
        <div className="tm-retain">
          <Input
            size="small"
            aria-label={t("apply.reason")}
            placeholder={t("apply.reason")}
            value={value.basis}
            onChange={(_, d) => onChange({ ...value, basis: d.value || "—" })}
          />
          <Input
            size="small"
            aria-label={t("apply.period")}
            placeholder={t("apply.period")}
            value={value.period}
            onChange={(_, d) => onChange({ ...value, period: d.value || "—" })}
          />
        </div>
      )}
    </div>
  );
}
