// The one version number of Tuomin — the CLI package, the extension and the add-in — is the root
// package.json's; `npm run set-version -- X.Y.Z` writes it into every other place that keeps a copy.
// a default import: webpack (the add-in) warns on named imports from JSON
import project from "../../../package.json";

/** The version `tuomin --version`, the JSON output and the reports carry. */
export const TOOL_VERSION: string = project.version;
