/** uscc (统一社会信用代码): 18 characters, GB 32100 weighted mod-31 check; reported as an organisation. */
import { recognizerTable } from "../../helpers/recognizer-table.js";

recognizerTable("uscc", {
  found: [
    // spaced in any groups after a USCC word, when the check passes
    ["统一社会信用代码 91 110108 245738900 B（空格分隔录入）", "91 110108 245738900 B"],
    ["统一社会信用代码 91310115591693856A", "91310115591693856A"],
    ["信用代码：91440300708461136T", "91440300708461136T"],
  ],
  notFound: [
    "统一社会信用代码 91310115591693856B",
    "编号 91 110108 245738900 B",
    "统一社会信用代码 91 110108 245738900 C",
    "编号 ABCDEFGHJKLMNPQRTU",
  ],
});
