// Paint (or stop painting) the findings with the CSS Custom Highlight API.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { callAgent, reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ tabId: number; on: boolean }> = async (req, res) => {
  res.send(await reply(() => callAgent(req.body!.tabId, "highlight", req.body!.on)));
};
export default handler;
