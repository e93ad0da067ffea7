// The page's current findings (kept up to date by the agent's incremental scan), without scanning again.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "status")));
};
export default handler;
