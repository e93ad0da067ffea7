import { Badge, Subtitle2, Switch, Text } from "@fluentui/react-components";
import { a1, ENTITY_INFO, previewOf, type EntityType } from "@tuomin/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CellHit } from "../../session/detection.js";
import type { Slice } from "../use-session.js";
import { typeName } from "./ApplyPanel.js";

const PER_TYPE = 100;

/** Findings grouped by type, sensitive first; a click selects the cell in the workbook. Values are shown masked. */
export function FindingList({ s }: { s: Slice<"findings"> }) {
  const { t, i18n } = useTranslation();
  const groups = useMemo(() => {
    const by = new Map<EntityType, { sheet: string; hit: CellHit; preview: string; flags: Set<string> }[]>();
    for (const sh of s.scan?.sheets ?? [])
      for (const hit of sh.hits)
        for (const f of hit.findings) {
          let list = by.get(f.type);
          if (!list) by.set(f.type, (list = []));
          list.push({ sheet: sh.name, hit, preview: previewOf(f), flags: new Set(f.flags) });
        }
    return (s.scan?.totals ?? []).map((x) => ({ type: x.type, items: by.get(x.type) ?? [] }));
  }, [s.scan]);
  if (!s.scan) return null;
  return (
    <section className="tm-section">
      <div className="tm-row tm-between">
        <Subtitle2>{t("findings")}</Subtitle2>
        <Switch
          data-testid="highlight-toggle"
          label={t("highlight")}
          checked={s.highlighted}
          disabled={!!s.busy}
          onChange={(_, d) => void s.toggleHighlight(d.checked)}
        />
      </div>
      {groups.map((g) => (
        <details
          key={g.type}
          open={ENTITY_INFO[g.type].sensitivity === "sensitive"}
          data-testid="finding-group"
          data-type={g.type}
        >
          <summary>
            <Text weight="semibold">{typeName(g.type, i18n.language)}</Text>{" "}
            <Badge size="small" appearance="outline">
              {g.items.length}
            </Badge>
          </summary>
          <ul className="tm-findings">
            {g.items.slice(0, PER_TYPE).map((x, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="tm-finding"
                  data-testid="finding-row"
                  data-type={g.type}
                  data-cell={`${x.sheet}!${a1(x.hit.col, x.hit.row + 1)}`}
                  onClick={() => void s.select(x.sheet, x.hit)}
                >
                  <span className="tm-cell">
                    {x.sheet}!{a1(x.hit.col, x.hit.row + 1)}
                  </span>
                  <span className="tm-mono">{x.preview}</span>
                  {x.flags.has("hidden_sheet") && (
                    <Badge size="small" color="danger" appearance="tint">
                      {t("hiddenSheet")}
                    </Badge>
                  )}
                  {x.flags.has("formula") && (
                    <Badge size="small" color="informative" appearance="tint">
                      {t("formula")}
                    </Badge>
                  )}
                  {x.flags.has("damaged_number") && (
                    <Badge size="small" color="warning" appearance="tint">
                      {t("digitsLost")}
                    </Badge>
                  )}
                </button>
              </li>
            ))}
          </ul>
          {g.items.length > PER_TYPE && <Text size={200}>{t("more", { count: g.items.length - PER_TYPE })}</Text>}
        </details>
      ))}
    </section>
  );
}
