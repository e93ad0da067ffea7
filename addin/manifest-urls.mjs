// The manifest at the repository root points at the development server; the build rewrites its URLs.
export const DEV_URL = "https://localhost:3000/";

/** manifest.xml with every development URL replaced by `base` (an https URL ending in "/"). */
export function manifestFor(xml, base) {
  if (!/^https:\/\/[^\s"<>]+\/$/.test(base))
    throw new Error(`TUOMIN_ADDIN_URL must be an https URL ending in "/", got ${JSON.stringify(base)}`);
  const origin = new URL(base).origin;
  return xml
    .replaceAll(DEV_URL, base)
    .replace("<AppDomain>https://localhost:3000</AppDomain>", `<AppDomain>${origin}</AppDomain>`);
}
