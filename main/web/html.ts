import { err, ok, type Result } from '../../common/result';
import { HARNESS_META_CSP, META_CSP } from '../electron/csp';
import { SHIM_PATH } from './wire';

/**
 * Prepares the built index.html for the harness: the CSP meta tag gets `connect-src 'self'`
 * (a meta policy and a header policy both apply, so leaving `'none'` would block the shim), and
 * the shim is inserted as a classic script before the first script tag, so window.couponStudio
 * exists before the app's module runs. Fails if the page's meta policy is not the app's.
 */
export function prepareHarnessHtml(html: string): Result<string, string> {
  const meta = `content="${META_CSP}"`;
  if (!html.includes(meta)) return err('index.html does not carry the app CSP meta tag (main/electron/csp.ts META_CSP)');
  const firstScript = html.indexOf('<script');
  if (firstScript < 0) return err('index.html has no script tag to put the shim before');
  const withCsp = html.replace(meta, `content="${HARNESS_META_CSP}"`);
  const at = withCsp.indexOf('<script');
  return ok(`${withCsp.slice(0, at)}<script src="${SHIM_PATH}"></script>\n    ${withCsp.slice(at)}`);
}
