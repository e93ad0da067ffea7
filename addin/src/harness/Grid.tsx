import { columnLetters } from "@tuomin/core";
import type { MemoryWorkbook } from "./memory-workbook.js";

const MAX_ROWS = 500;

/** The in-memory workbook as Excel would show it: a grid of the active sheet and sheet tabs. */
export function Grid({ wb, onSheet }: { wb: MemoryWorkbook; onSheet: (i: number) => void }) {
  const sheet = wb.sheets[wb.active];
  if (!sheet) return <div className="hx-empty">—</div>;
  const width = Math.max(1, ...sheet.rows.slice(0, MAX_ROWS).map((r) => r?.length ?? 0));
  const rows = Math.min(sheet.rows.length, MAX_ROWS);
  const sel = wb.selected?.sheet === sheet.name ? wb.selected : null;
  return (
    <div className="hx-book">
      <div className="hx-scroll">
        <table className="hx-grid" data-testid="grid" data-sheet={sheet.name}>
          <thead>
            <tr>
              <th />
              {Array.from({ length: width }, (_, j) => (
                <th key={j}>{columnLetters(j)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i}>
                <th>{i + 1}</th>
                {Array.from({ length: width }, (_, j) => {
                  const c = sheet.rows[i]?.[j];
                  const ref = `${columnLetters(j)}${i + 1}`;
                  const selected = sel && sel.top === i && sel.left === j;
                  return (
                    <td
                      key={j}
                      data-cell={ref}
                      data-formula={c?.formula ? `=${c.formula}` : undefined}
                      title={c?.formula ? `=${c.formula}` : undefined}
                      className={[
                        typeof c?.value === "number" && c.numberFormat !== "@" ? "hx-num" : "",
                        selected ? "hx-sel" : "",
                        c?.formula ? "hx-f" : "",
                      ].join(" ")}
                      style={c?.fill ? { background: c.fill } : undefined}
                    >
                      {c ? String(c.value) : ""}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {sheet.rows.length > MAX_ROWS && <p className="hx-more">… {sheet.rows.length - MAX_ROWS} 行未显示</p>}
      </div>
      <nav className="hx-tabs">
        {wb.sheets.map((s, i) => (
          <button
            key={s.name}
            type="button"
            data-testid="sheet-tab"
            data-sheet={s.name}
            className={i === wb.active ? "hx-tab hx-active" : "hx-tab"}
            onClick={() => onSheet(i)}
          >
            {s.visibility !== "visible" ? `(${s.name})` : s.name}
          </button>
        ))}
      </nav>
    </div>
  );
}
