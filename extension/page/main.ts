/**
 * The page agent, injected by the background into a tab the user asked to scan (or into the sites they
 * allowed for automatic scanning). Injected twice, it keeps the first instance.
 */
import { PageAgent } from "./agent.js";
import { shadowAccessor } from "./closed-shadow.js";

const g = globalThis as { __tuomin?: PageAgent };
if (!g.__tuomin) {
  g.__tuomin = new PageAgent(document, { shadowOf: shadowAccessor() });
  void g.__tuomin.start();
}
