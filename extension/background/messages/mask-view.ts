// 页面遮盖: show every finding masked, including rows that render later.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "maskView")));
};
export default handler;
