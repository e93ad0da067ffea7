import { ENTITY_INFO, ENTITY_TYPES, SENSITIVITY_ORDER, type EntityType } from "@tuomin/core";
import { useTranslation } from "react-i18next";
import type { PageStatus } from "../page/agent";

const PER_TYPE_SHOWN = 50;

/** Findings grouped by type, most sensitive first, with counts; a click scrolls the page to one and flashes it. */
export function FindingGroups({ status, onReveal }: { status: PageStatus; onReveal: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const types = (Object.keys(status.counts) as EntityType[]).sort(
    (a, b) =>
      SENSITIVITY_ORDER[ENTITY_INFO[a].sensitivity] - SENSITIVITY_ORDER[ENTITY_INFO[b].sensitivity] ||
      status.counts[b]! - status.counts[a]! ||
      ENTITY_TYPES.indexOf(a) - ENTITY_TYPES.indexOf(b),
  );
  const name = (type: EntityType) => (i18n.language.startsWith("en") ? ENTITY_INFO[type].en : ENTITY_INFO[type].zh);
  return (
    <div className="groups">
      {types.map((type, i) => {
        const items = status.findings.filter((f) => f.type === type);
        return (
          <details key={type} className={`group ${ENTITY_INFO[type].sensitivity}`} open={i === 0}>
            <summary>
              <span className="type">{name(type)}</span>
              <span className="count" data-testid="finding-count" data-type={type}>
                {status.counts[type]}
              </span>
            </summary>
            <ul>
              {items.slice(0, PER_TYPE_SHOWN).map((f) => (
                <li key={f.id}>
                  <button
                    type="button"
                    data-testid="finding"
                    data-type={f.type}
                    data-kind={f.kind}
                    onClick={() => onReveal(f.id)}
                  >
                    <span className="preview">{f.preview}</span>
                    {f.label && f.label !== name(type) && <span className="label">{f.label}</span>}
                    {f.kind !== "text" && <span className="badge">{t("field")}</span>}
                  </button>
                </li>
              ))}
            </ul>
            {status.counts[type]! > Math.min(items.length, PER_TYPE_SHOWN) && (
              <p className="more">
                {t("more", { count: status.counts[type]! - Math.min(items.length, PER_TYPE_SHOWN) })}
              </p>
            )}
          </details>
        );
      })}
    </div>
  );
}
