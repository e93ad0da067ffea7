/** The version `tuomin --version`, the JSON output and the reports carry. */
export const TOOL_VERSION = "0.1.0";
