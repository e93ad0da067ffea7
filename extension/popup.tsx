import { useState } from "react";
import { openSidePanel } from "./lib/browser";

/** The toolbar button's popup: one button that opens the side panel (a side panel opens only on a click). */
export default function Popup() {
  const [error, setError] = useState<string | null>(null);
  return (
    <div style={{ width: 220, padding: 12, fontFamily: '"Microsoft YaHei UI", "PingFang SC", sans-serif' }}>
      <strong style={{ fontSize: 15 }}>脱敏助手</strong>
      <p style={{ fontSize: 12, color: "#555", margin: "6px 0 10px" }}>
        查找并遮盖此页面上的个人信息。Find and mask personal information on this page.
      </p>
      <button
        type="button"
        data-testid="open-panel-button"
        style={{
          width: "100%",
          padding: "6px 0",
          background: "#0f6cbd",
          color: "white",
          border: 0,
          borderRadius: 4,
          cursor: "pointer",
        }}
        onClick={() =>
          openSidePanel()
            .then(() => window.close())
            .catch((e: unknown) =>
              // the popup speaks both languages at once, as its other words do
              setError(
                `无法打开侧边栏 · Could not open the side panel (${e instanceof Error ? e.message : String(e)})`,
              ),
            )
        }
      >
        打开侧边栏 · Open side panel
      </button>
      {error && <p style={{ color: "#a4262c", fontSize: 12 }}>{error}</p>}
    </div>
  );
}
