// The extension's service worker. Its work is in messages/ (one handler per message, routed by Plasmo);
// it makes no network request of any kind.
export {};
