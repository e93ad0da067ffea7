// Scan the page of a tab: inject the page agent if needed, wait for its first scan, return counts and masked previews.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "scan")));
};
export default handler;
