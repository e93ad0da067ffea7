export declare function serveStatic(opts: {
  root: string;
  port?: number;
  files?: Record<string, string>;
  tls?: { cert: string; key: string };
}): Promise<{ url: string; close: () => Promise<unknown> }>;
