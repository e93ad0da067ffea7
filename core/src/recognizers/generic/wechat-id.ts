import { patternRecognizer } from "../pattern-recognizer.js";

/** 微信号: a letter then 5–19 letters, digits, - or _ — only after 微信/WeChat or in a WeChat column. */
export const wechatId = patternRecognizer({
  type: "wechat_id",
  pattern: /(?<![A-Za-z0-9_\-])[A-Za-z][A-Za-z0-9_\-]{5,19}(?![A-Za-z0-9_\-])/g,
  mayMatch: (t) => /[A-Za-z]/.test(t),
  score: 0.75,
  needsContext: true,
  // the context word itself (wechat, weixin) is not an ID
  validate: (v) => !/^(?:wechat|weixin|wechatid)$/i.test(v) && undefined,
});

/** wxid_… is WeChat's own ID form: it says what it is without a context word. */
export const wxid = patternRecognizer({
  type: "wechat_id",
  pattern: /(?<![A-Za-z0-9_-])wxid_[a-z0-9]{6,22}(?![A-Za-z0-9_-])/g,
  mayMatch: (t) => t.includes("wxid_"),
  score: 0.9,
});
