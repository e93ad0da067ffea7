import {
  Badge,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { EntityType } from "@tuomin/core";
import { useTranslation } from "react-i18next";
import { columnKey } from "../../session/plan.js";
import type { Slice } from "../use-session.js";
import { ActionSelect } from "./ActionSelect.js";
import { typeName } from "./ApplyPanel.js";

/** Each scanned sheet's columns: what they hold, counts per type, and a per-column action. */
export function ColumnsPanel({ s }: { s: Slice<"columns"> }) {
  const { t, i18n } = useTranslation();
  if (!s.scan) return null;
  return (
    <section className="tm-section">
      <Subtitle2>{t("columns")}</Subtitle2>
      {s.scan.sheets
        .filter((sh) => sh.columns.length)
        .map((sh) => (
          <div key={sh.name} data-testid="sheet-columns" data-sheet={sh.name}>
            <Text weight="semibold">{sh.name}</Text>{" "}
            {sh.visibility !== "visible" && (
              <Badge size="small" color="danger" appearance="tint">
                {t("hiddenSheet")}
              </Badge>
            )}
            <Table size="extra-small" aria-label={sh.name}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("column")}</TableHeaderCell>
                  <TableHeaderCell>{t("header")}</TableHeaderCell>
                  <TableHeaderCell>{t("apply.type")}</TableHeaderCell>
                  <TableHeaderCell>{t("apply.action")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {sh.columns.map((c) => (
                  <TableRow key={c.col} data-testid="column-row" data-column={c.letter} data-type={c.type}>
                    <TableCell>{c.letter}</TableCell>
                    <TableCell>{c.header ?? "—"}</TableCell>
                    <TableCell>
                      {Object.entries(c.counts).map(([type, n]) => (
                        <div key={type}>
                          {typeName(type as EntityType, i18n.language)} × {n}
                        </div>
                      ))}
                      <Text size={100}>{Math.round(c.confidence * 100)}%</Text>
                    </TableCell>
                    <TableCell>
                      <ActionSelect
                        inherit
                        type={c.type}
                        label={`${sh.name} ${c.letter}`}
                        value={s.choices.byColumn[columnKey(sh.name, c.col)] ?? null}
                        onChange={(a) => s.setColumnAction(sh.name, c.col, a)}
                      />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ))}
    </section>
  );
}
