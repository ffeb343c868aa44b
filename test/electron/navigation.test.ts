import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../main/electron/app-url';
import { hardenWebContents, type GuardedWebContents } from '../../main/electron/navigation';
import { createMemoryLogger } from '../../main/log/logger';

type Listener = (event: { url?: string; preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler(handler: typeof openHandler) {
      openHandler = handler;
    },
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
  };
  hardenWebContents(contents as unknown as GuardedWebContents, createMemoryLogger());
  const fire = (event: string, url: string): boolean => {
    let prevented = false;
    listeners.get(event)?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { listeners, open: (url: string) => openHandler?.({ url }), fire };
}

const BLOCKED = [
  'app://bundle.evil/index.html',
  'app://bundle@evil/index.html',
  'app://evil/index.html',
  'app://bundle:8080/index.html',
  'https://example.com/',
  'https://mp.weixin.qq.com/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
];
const ALLOWED = ['app://bundle/index.html', 'app://bundle/', 'app://bundle/index.html#/drafts', 'app://bundle/other.html?x=1'];

describe('navigation and window guards (checklist #12–#14)', () => {
  it('registers every guard', () => {
    expect([...fakeContents().listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s cancels every target outside app://bundle/', (event) => {
    const contents = fakeContents();
    for (const url of BLOCKED) expect(contents.fire(event, url), `${event} ${url}`).toBe(true);
    for (const url of ALLOWED) expect(contents.fire(event, url), `${event} ${url}`).toBe(false);
  });

  it.each([...BLOCKED, ...ALLOWED])('window.open / target=_blank / middle-click to %j is denied', (url) => {
    expect(fakeContents().open(url)).toEqual({ action: 'deny' });
  });

  it('<webview> attachment is always prevented', () => {
    expect(fakeContents().fire('will-attach-webview', 'app://bundle/index.html')).toBe(true);
  });

  it('isAppUrl compares protocol and host exactly (never .origin, which is "null" for app://)', () => {
    expect(new URL('app://bundle/index.html').origin).toBe('null');
    expect(isAppUrl(new URL('app://bundle/x'))).toBe(true);
    expect(isAppUrl('APP://bundle/x')).toBe(true);
    expect(isAppUrl('app://BUNDLE/x')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});
