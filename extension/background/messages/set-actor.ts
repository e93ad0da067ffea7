// The operator's name written into each log entry.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { setActor } from "../log-store";
import { reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler<{ name: string }> = async (req, res) => {
  res.send(await reply(() => setActor(req.body!.name)));
};
export default handler;
