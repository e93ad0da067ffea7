/**
 * The keys of this PC, kept in the pane's local storage and never in the workbook: the log key
 * fingerprints originals in the change log, the pseudonym key makes pseudonyms stable across workbooks.
 */
export interface KeyStore {
  logKey(): Uint8Array;
  pseudonymKey(): Uint8Array;
}

export function localKeyStore(storage: Pick<Storage, "getItem" | "setItem"> = globalThis.localStorage): KeyStore {
  const get = (name: string): Uint8Array => {
    const saved = storage.getItem(name);
    if (saved && /^[0-9a-f]{64}$/.test(saved)) return Uint8Array.from(saved.match(/../g)!.map((h) => parseInt(h, 16)));
    const key = crypto.getRandomValues(new Uint8Array(32));
    storage.setItem(name, Array.from(key, (b) => b.toString(16).padStart(2, "0")).join(""));
    return key;
  };
  return { logKey: () => get("tuomin.logKey"), pseudonymKey: () => get("tuomin.pseudonymKey") };
}
