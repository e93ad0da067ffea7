/**
 * What can go wrong between the side panel, the background and a page, as codes: the background never
 * words an error, the panel says it in the user's language (i18n keys `errors.<code>`).
 */
// prettier-ignore
export const PANEL_ERROR_CODES = [
  "page_unreachable", // a browser page, the extension store or a site the user has not allowed
  "tab_gone",         // the tab was closed or navigated away while we worked
  "no_tab",           // no tab to act on
  "no_permission",    // the site's access was not granted
  "no_response",      // the background did not answer
  "internal",         // a bug of ours: shown with the error's own (technical) text
] as const;
export type PanelErrorCode = (typeof PANEL_ERROR_CODES)[number];

export interface PanelErrorInfo {
  code: PanelErrorCode;
  /** values for the message: `origin` for no_permission, `detail` for internal */
  values?: Record<string, string>;
}

export class PanelError extends Error {
  constructor(
    readonly code: PanelErrorCode,
    readonly values: Record<string, string> = {},
  ) {
    super(code + (values.detail ? `: ${values.detail}` : ""));
    this.name = "PanelError";
  }
}

/** A failure as a code: ours as thrown, Chrome's refusals to script a page by their (English) text. */
export function classifyError(e: unknown): PanelErrorInfo {
  if (e instanceof PanelError) return { code: e.code, values: e.values };
  const message = e instanceof Error ? e.message : String(e);
  if (
    /Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|edge:\/\/|extensions gallery/i.test(message)
  )
    return { code: "page_unreachable" };
  if (/No tab with id|Frame with ID 0 was removed|The tab was closed/i.test(message)) return { code: "tab_gone" };
  return { code: "internal", values: { detail: message.slice(0, 200) } };
}
