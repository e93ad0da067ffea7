import {
  Badge,
  Button,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { ENTITY_INFO, type EntityType } from "@tuomin/core";
import { useTranslation } from "react-i18next";
import type { Slice } from "../use-session.js";
import { ActionSelect } from "./ActionSelect.js";

const SENSITIVITY_COLOR = { sensitive: "danger", personal: "warning", organization: "informative" } as const;

export function typeName(type: EntityType, lang: string): string {
  return lang.startsWith("en") ? ENTITY_INFO[type].en : ENTITY_INFO[type].zh;
}

/** Findings per type (sensitive first) with the action for each, the preview, and apply / undo. */
export function ApplyPanel({ s }: { s: Slice<"apply"> }) {
  const { t, i18n } = useTranslation();
  if (!s.scan) return null;
  const changes = s.plan?.cells.length ?? 0;
  return (
    <section className="tm-section">
      <Subtitle2>{t("apply.title")}</Subtitle2>
      <div className="tm-types" role="table" aria-label={t("apply.title")}>
        {s.scan.totals.map(({ type, count }) => (
          <div key={type} role="row" className="tm-type" data-testid="type-row" data-type={type}>
            <div role="cell">
              <Text weight="semibold">{typeName(type, i18n.language)}</Text>{" "}
              <Badge size="small" appearance="tint" color={SENSITIVITY_COLOR[ENTITY_INFO[type].sensitivity]}>
                {t(ENTITY_INFO[type].sensitivity)}
              </Badge>
            </div>
            <div role="cell" className="tm-count" data-testid="type-count">
              {count}
            </div>
            <div role="cell">
              <ActionSelect
                type={type}
                label={typeName(type, i18n.language)}
                value={s.typeAction(type)}
                onChange={(a) => a && s.setTypeAction(type, a)}
              />
            </div>
          </div>
        ))}
      </div>
      <Subtitle2>{t("apply.preview")}</Subtitle2>
      {s.preview.length === 0 ? (
        <Text>{t("apply.previewNone")}</Text>
      ) : (
        <Table size="extra-small" aria-label={t("apply.preview")} data-testid="preview">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("apply.type")}</TableHeaderCell>
              <TableHeaderCell>{t("apply.before")}</TableHeaderCell>
              <TableHeaderCell>{t("apply.after")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {s.preview.map((p, i) => (
              <TableRow key={i} data-testid="preview-row">
                <TableCell>{typeName(p.type, i18n.language)}</TableCell>
                <TableCell className="tm-mono">{p.before}</TableCell>
                <TableCell className="tm-mono">{p.after === "" ? t("apply.empty") : p.after}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <div className="tm-row">
        <Button
          appearance="primary"
          data-testid="apply-button"
          disabled={!!s.busy || changes === 0}
          onClick={() => void s.apply()}
        >
          {s.busy === "apply" ? t("apply.running") : `${t("apply.run")} (${changes})`}
        </Button>
        <Button data-testid="undo-button" disabled={!!s.busy || !s.canUndo} onClick={() => void s.undo()}>
          {t("apply.undo")}
        </Button>
        {s.applied && s.scan.cached.pivotTables > 0 && (
          <Button data-testid="refresh-button" onClick={() => void s.refreshCached()}>
            {t("apply.refresh")}
          </Button>
        )}
      </div>
    </section>
  );
}
