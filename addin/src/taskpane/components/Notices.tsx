import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WorkbookScan } from "../../session/scan-workbook.js";
import type { Notice } from "../use-session.js";

export function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useTranslation();
  return (
    <>
      {notices.map((n, i) => (
        <MessageBar key={i} intent={n.kind} data-testid="notice" data-kind={n.kind}>
          <MessageBarBody>{t(n.key, n.values)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/** What the user should know before applying: lost digits, hidden sheets, comments, cached copies, formulas. */
export function Warnings({ scan, formulaCells }: { scan: WorkbookScan; formulaCells: number }) {
  const { t } = useTranslation();
  const items: { key: string; values: Record<string, unknown> }[] = [];
  if (scan.damagedNumbers) items.push({ key: "warn.damaged", values: { count: scan.damagedNumbers } });
  for (const s of scan.sheets)
    if (s.visibility !== "visible" && s.hits.length)
      items.push({ key: "warn.hidden", values: { sheet: s.name, count: s.hits.length } });
  if (scan.comments.length) items.push({ key: "warn.comments", values: { count: scan.comments.length } });
  if (scan.cached.pivotTables || scan.cached.charts)
    items.push({ key: "warn.cached", values: { pivots: scan.cached.pivotTables, charts: scan.cached.charts } });
  if (formulaCells) items.push({ key: "warn.formulas", values: { count: formulaCells } });
  return (
    <>
      {items.map((w) => (
        <MessageBar
          key={w.key + JSON.stringify(w.values)}
          intent="warning"
          data-testid="warning"
          data-warning={w.key.slice(5)}
        >
          <MessageBarBody>{t(w.key, w.values)}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
