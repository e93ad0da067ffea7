// Automatic scanning of a CRM site the user granted access to (the panel asks for the permission on
// their click): the page agent is registered for that origin, or unregistered.
import type { PlasmoMessaging } from "@plasmohq/messaging";
import { PanelError } from "../../lib/errors";
import { AGENT_FILE, reply } from "../page-agent";

const idOf = (origin: string) => "tuomin-" + origin.replace(/[^a-z0-9]/gi, "_");

const handler: PlasmoMessaging.MessageHandler<{ origin: string; on?: boolean }> = async (req, res) => {
  res.send(
    await reply(async () => {
      const { origin, on } = req.body!;
      const id = idOf(origin);
      const registered = (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0;
      if (on === undefined) return { origin, on: registered };
      if (on && !registered) {
        if (!(await chrome.permissions.contains({ origins: [`${origin}/*`] })))
          throw new PanelError("no_permission", { origin });
        await chrome.scripting.registerContentScripts([
          { id, matches: [`${origin}/*`], js: [AGENT_FILE], runAt: "document_idle", persistAcrossSessions: true },
        ]);
      }
      if (!on && registered) {
        await chrome.scripting.unregisterContentScripts({ ids: [id] });
        // give the site's access back too (a permission the browser requires cannot be removed: keep it)
        await chrome.permissions.remove({ origins: [`${origin}/*`] }).catch(() => false);
      }
      return { origin, on };
    }),
  );
};
export default handler;
