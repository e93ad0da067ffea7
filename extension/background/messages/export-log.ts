// The change log as JSONL (the panel offers it as a download, or as CSV).
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { exportLog } from "../log-store";
import { reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler = async (_req, res) => {
  res.send(await reply(() => exportLog()));
};
export default handler;
