// How many entries the change log holds, its final hash, and who is logged as working.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { actor, logSummary } from "../log-store";
import { reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler = async (_req, res) => {
  res.send(await reply(async () => ({ ...(await logSummary()), actor: await actor() })));
};
export default handler;
