/* The development harness: the task pane beside an in-memory workbook, no Excel needed. */
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { TaskPane } from "../taskpane/App.js";
import { localKeyStore } from "../taskpane/key-store.js";
import { WorkerDetector } from "../worker/worker-detector.js";
import { Grid } from "./Grid.js";
import { MemoryWorkbook } from "./memory-workbook.js";
import { writeXlsx } from "./write-xlsx.js";
import css from "./harness.css";

function Harness() {
  const [wb, setWb] = useState<MemoryWorkbook | null>(null);
  const [opened, setOpened] = useState(0);
  const [, setVersion] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const keys = useMemo(() => localKeyStore(), []);
  useEffect(() => {
    if (!wb) return;
    wb.latency = 1;
    wb.onChange = () => setVersion((v) => v + 1);
  }, [wb]);

  const open = async (bytes: Uint8Array, name: string) => {
    try {
      setWb(MemoryWorkbook.fromXlsx(bytes, name));
      setOpened((n) => n + 1);
      setError(null);
    } catch (e) {
      setError(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const save = () => {
    if (!wb) return;
    const bytes = writeXlsx(wb.sheets, wb.logParts);
    const url = URL.createObjectURL(
      new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }),
    );
    const a = document.createElement("a");
    a.href = url;
    a.download = wb.fileName.replace(/\.xlsx?$/i, "") + ".xlsx";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div className="hx">
      <style>{css}</style>
      <div className="hx-left">
        <div className="hx-toolbar">
          <label className="hx-open">
            打开 .xlsx
            <input
              type="file"
              accept=".xlsx,.xlsm"
              data-testid="open-file"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                if (f) await open(new Uint8Array(await f.arrayBuffer()), f.name);
                e.target.value = "";
              }}
            />
          </label>
          <button
            type="button"
            data-testid="open-example"
            onClick={async () =>
              open(new Uint8Array(await (await fetch("example.xlsx")).arrayBuffer()), "crm-export.xlsx")
            }
          >
            打开示例
          </button>
          <button type="button" data-testid="save-file" disabled={!wb} onClick={save}>
            保存为 .xlsx
          </button>
          <span className="hx-name" data-testid="file-name">
            {wb?.fileName ?? "未打开工作簿"}
          </span>
          {error && (
            <span className="hx-error" role="alert">
              {error}
            </span>
          )}
        </div>
        {wb ? (
          <Grid
            wb={wb}
            onSheet={(i) => {
              wb.active = i;
              setVersion((v) => v + 1);
            }}
          />
        ) : (
          <div className="hx-empty">打开一个工作簿开始 · Open a workbook to start</div>
        )}
      </div>
      <aside className="hx-pane">
        {wb ? (
          <TaskPane key={opened} port={wb} detector={() => new WorkerDetector()} keys={keys} file={wb.fileName} />
        ) : null}
      </aside>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(<Harness />);
