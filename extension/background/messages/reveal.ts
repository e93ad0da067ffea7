// Scroll a finding into view and flash it.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number; id: number }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "reveal", req.body!.id)));
};
export default handler;
