/** The custom scheme and host the UI is served from (checklist #18: no file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Whether a URL is inside the bundle. Compares protocol and host exactly — never `.origin`,
 * which Node reports as "null" for a non-special scheme (checklist #17) — and refuses userinfo
 * and ports, so `app://bundle.evil/`, `app://bundle@evil/` and `app://bundle:1/` all fail.
 */
export function isAppUrl(url: string | URL | null | undefined): boolean {
  if (url === null || url === undefined || url === '') return false;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}
