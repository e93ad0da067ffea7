export const PANEL_CSS = `
body { margin: 0; }
main { font: 13px/1.5 "Microsoft YaHei UI", "PingFang SC", "WenQuanYi Micro Hei", "Segoe UI", sans-serif; color: #242424; padding: 12px; }
header { display: flex; justify-content: space-between; align-items: center; }
h1 { font-size: 18px; margin: 0; }
h2 { font-size: 14px; margin: 0 0 6px; display: flex; gap: 8px; align-items: baseline; }
section { border-top: 1px solid #e0e0e0; padding: 10px 0; }
header + section { border-top: 0; }
.row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
button { font: inherit; border: 1px solid #d1d1d1; background: white; border-radius: 4px; padding: 5px 12px; cursor: pointer; }
button:disabled { opacity: .5; cursor: default; }
button.primary { background: #0f6cbd; border-color: #0f6cbd; color: white; }
button.subtle { border-color: transparent; color: #0f6cbd; padding: 3px 6px; }
.page { color: #616161; margin: 0 0 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.notice { margin: 8px 0 0; padding: 6px 10px; border-radius: 4px; background: #f0f6ff; }
.notice.success { background: #f1faf1; } .notice.error { background: #fdf3f4; color: #a4262c; }
.hint { color: #616161; font-size: 12px; margin: 6px 0 0; }
.total { color: #616161; font-weight: normal; font-size: 12px; }
.group { margin: 2px 0; } .group > summary { cursor: pointer; display: flex; justify-content: space-between; padding: 3px 0; }
.group.sensitive .type { color: #a4262c; font-weight: 600; } .group .type { font-weight: 600; }
.count { background: #f0f0f0; border-radius: 10px; padding: 0 8px; font-variant-numeric: tabular-nums; }
.group ul { list-style: none; margin: 0; padding: 0 0 4px; }
.group li button { width: 100%; text-align: left; border: 0; padding: 2px 6px; display: flex; gap: 8px; }
.group li button:hover { background: #f0f6ff; }
.preview { font-family: Consolas, monospace; } .label { color: #616161; } .badge { font-size: 11px; background: #fff4ce; border-radius: 3px; padding: 0 4px; }
.more { color: #616161; font-size: 12px; margin: 0; }
.field { display: flex; gap: 6px; align-items: center; margin-bottom: 8px; } .field input { flex: 1; font: inherit; padding: 3px 6px; }
.switch { display: flex; gap: 4px; align-items: center; }
`;
