// The tab the side panel acts on when it was not given ?tab= (no "tabs" permission needed for the id).
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { PanelError } from "../../lib/errors";
import { reply } from "../page-agent";

const handler: PlasmoMessaging.MessageHandler = async (_req, res) => {
  res.send(
    await reply(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new PanelError("no_tab");
      return tab.id;
    }),
  );
};
export default handler;
