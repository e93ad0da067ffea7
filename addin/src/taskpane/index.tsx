/* The task pane inside Excel. */
import { createRoot } from "react-dom/client";
import { ExcelWorkbookPort } from "../excel/excel-workbook-port.js";
import { WorkerDetector } from "../worker/worker-detector.js";
import { TaskPane } from "./App.js";
import { localKeyStore } from "./key-store.js";

const fileName = (url: string | undefined): string =>
  decodeURIComponent((url ?? "").split(/[\\/]/).pop() || "") || "工作簿.xlsx";

Office.onReady(() => {
  const root = createRoot(document.getElementById("root")!);
  root.render(
    <TaskPane
      port={new ExcelWorkbookPort()}
      detector={() => new WorkerDetector()}
      keys={localKeyStore()}
      file={fileName(Office.context.document?.url)}
    />,
  );
});
