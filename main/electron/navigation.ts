import type { WebContents } from 'electron';
import type { Logger } from '../log/logger';
import { isAppUrl } from './app-url';

/** The part of WebContents the guards touch (a fake in tests). */
export type GuardedWebContents = Pick<WebContents, 'setWindowOpenHandler' | 'on'>;

/** A navigation event as Electron ≥ 25 delivers it: the event object carries the target URL. */
interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

function clip(url: string): string {
  return url.length > 200 ? `${url.slice(0, 200)}…` : url;
}

/** Whether a main- or sub-frame may navigate to `url`: only inside app://bundle/ (checklist #13). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Locks one webContents down (call it from `app.on('web-contents-created')`, so it covers every
 * webContents): window.open / target=_blank / middle-click are denied (#14), navigation and
 * redirects away from the bundle are cancelled (#13), <webview> attachment is prevented (#12).
 */
export function hardenWebContents(contents: GuardedWebContents, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    log.warn('security: denied a new window', { url: clip(url) });
    return { action: 'deny' };
  });
  const guard = (kind: string) => (event: NavigationEvent) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    log.warn(`security: blocked ${kind}`, { url: clip(event.url) });
  };
  contents.on('will-navigate', guard('will-navigate'));
  contents.on('will-frame-navigate', guard('will-frame-navigate'));
  contents.on('will-redirect', guard('will-redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security: blocked a <webview>');
  });
}
