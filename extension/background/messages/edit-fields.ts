// 脱敏字段 / 清空字段: change the form's fields in the page, then log every change (the originals are
// fingerprinted here and dropped). The user saves with the CRM's own button.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { appendEntries } from "../log-store";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number; mode: "mask" | "clear" }> = async (req, res) => {
  res.send(
    await reply(async () => {
      const changes = await callAgent(req.body!.tabId, "editFields", req.body!.mode);
      const log = await appendEntries(changes);
      return { changed: changes.length, fields: new Set(changes.map((c) => c.selector)).size, ...log };
    }),
  );
};
export default handler;
