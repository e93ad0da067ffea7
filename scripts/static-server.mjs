// A static file server on 127.0.0.1 for the add-in harness and the end-to-end tests (no dependencies).
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json",
};

/**
 * Serve `root` (and any extra files by URL path) on 127.0.0.1. Resolves to { url, close }.
 * With `tls` ({ cert, key } PEM text) it serves https, as Excel requires of an add-in's pages.
 * @param {{ root: string, port?: number, files?: Record<string, string>, tls?: { cert: string, key: string } }} opts
 */
export function serveStatic({ root, port = 0, files = {}, tls }) {
  const handler = (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = files[urlPath] ?? path.join(root, path.normalize(urlPath === "/" ? "/index.html" : urlPath));
    if (!files[urlPath] && !file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    let st;
    try {
      st = statSync(file);
    } catch {
      st = null;
    }
    if (!st?.isFile()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${urlPath}`);
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": st.size,
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  };
  const server = tls ? createHttpsServer(tls, handler) : createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: p } = server.address();
      resolve({
        url: `${tls ? "https://localhost" : "http://127.0.0.1"}:${p}/`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}
