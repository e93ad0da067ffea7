/**
 * The two browser calls an extension page must make itself, because they need the user's click: asking
 * for access to one CRM site, and opening the side panel from the popup.
 */
export async function requestSite(origin: string): Promise<boolean> {
  return chrome.permissions.request({ origins: [`${origin}/*`] });
}

export async function openSidePanel(): Promise<void> {
  const win = await chrome.windows.getCurrent();
  if (win.id !== undefined) await chrome.sidePanel.open({ windowId: win.id });
}
