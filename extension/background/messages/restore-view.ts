// 恢复显示: put back what the page showed.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "restoreView")));
};
export default handler;
