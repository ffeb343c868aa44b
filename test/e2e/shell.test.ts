import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CouponStudioApi } from '../../common/ipc/api';
import { TOKEN_HEADER } from '../../main/web/wire';
import { removeBuiltRenderer, screenshot, startShellApp, type ShellApp } from './support/shell-app';

// The page's globals as these tests use them inside page.evaluate (the Node test project has no DOM lib).
interface PageWindow {
  couponStudio: CouponStudioApi;
  __pwned?: number;
  [name: string]: unknown;
}
interface PageDocument {
  createElement(tag: 'script'): { textContent: string };
  body: { append(node: unknown): void };
  addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string }) => void): void;
}
declare const window: PageWindow;
declare const document: PageDocument;

const committedSurface = JSON.parse(readFileSync(new URL('../ipc/preload-surface.json', import.meta.url), 'utf8')) as string[];
let app: ShellApp;

beforeAll(async () => {
  app = await startShellApp();
});

afterAll(async () => {
  await app?.close();
  await removeBuiltRenderer();
});

describe('the shell in real Chromium through the web harness', () => {
  it('renders the shell with what app:info reports', async () => {
    const { page } = app;
    await expect(page.locator('h1').textContent()).resolves.toBe('卡券工作室');
    await expect(page.getByTestId('app-version').textContent()).resolves.toBe('0.1.0');
    await expect(page.getByTestId('app-transport').textContent()).resolves.toBe('web');
    const path = await screenshot(page, 'shell');
    console.log(`[e2e] screenshot: ${path}`);
  });

  it('window.couponStudio answers app:info through the shim and has exactly the committed surface', async () => {
    const answer = await app.page.evaluate(() => window.couponStudio.app.info());
    expect(answer).toMatchObject({ ok: true, data: { name: 'Coupon Studio', transport: 'web', locale: 'zh-CN', dataDir: { kind: 'custom' } } });
    const surface = await app.page.evaluate(() =>
      Object.entries(window.couponStudio as unknown as Record<string, object>)
        .flatMap(([key, value]) => (typeof value === 'function' ? [key] : Object.keys(value).map((verb) => `${key}.${verb}`)))
        .sort(),
    );
    expect(surface).toEqual(committedSurface);
  });

  it('the page has no Node or Electron globals', async () => {
    const kinds = await app.page.evaluate(() => {
      return [typeof window.require, typeof window.process, typeof window.module, typeof window.ipcRenderer, typeof window.electron, typeof window.Buffer];
    });
    expect(kinds).toEqual(['undefined', 'undefined', 'undefined', 'undefined', 'undefined', 'undefined']);
  });

  it('refuses a request without the token, from the page and from outside it', async () => {
    const status = await app.page.evaluate(async () => {
      const response = await fetch('/ipc/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return [response.status, ((await response.json()) as { error: { code: string } }).error.code];
    });
    expect(status).toEqual([403, 'forbidden']);
    const outside = await fetch(`${app.harness.origin}/ipc/app:info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(outside.status).toBe(403);
    const withToken = await fetch(`${app.harness.origin}/ipc/app:info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: app.harness.token },
      body: '{}',
    });
    expect(withToken.status).toBe(200);
  });

  it('invalid payloads come back as bilingual invalid_request envelopes with the field path', async () => {
    const answer = await app.page.evaluate(() => window.couponStudio.settings.set({ locale: 'fr' } as never));
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request', details: { issues: [{ path: ['locale'] }] } } });
  });

  it('pushes events over the stream: the callback gets exactly one argument and the UI follows the language switch', async () => {
    const { page } = app;
    await page.evaluate(() => {
      (window as unknown as { seen: unknown[][] }).seen = [];
      window.couponStudio.on('settings:changed', (...args: unknown[]) => (window as unknown as { seen: unknown[][] }).seen.push(args));
    });
    await page.getByTestId('switch-language').click();
    await page.waitForFunction(() => (window as unknown as { seen: unknown[][] }).seen.length > 0);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[][] }).seen)).toEqual([[{ locale: 'en' }]]);
    await page.locator('h1', { hasText: 'Coupon Studio' }).waitFor();
    await expect(page.getByTestId('app-locale').textContent()).resolves.toBe('en');
    await screenshot(page, 'shell-en');
  });

  it('app:openExternal refuses a look-alike host and accepts an allow-listed one (recorded, never opened)', async () => {
    const refused = await app.page.evaluate(() => window.couponStudio.app.openExternal({ url: 'https://mp.weixin.qq.com.evil.com/' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'external_url_refused' } });
    const accepted = await app.page.evaluate(() => window.couponStudio.app.openExternal({ url: 'https://mp.weixin.qq.com/' }));
    expect(accepted).toEqual({ ok: true, data: null });
    expect(app.host.openedUrls).toEqual(['https://mp.weixin.qq.com/']);
  });

  it('the CSP blocks an injected inline script and any connection off the harness', async () => {
    const result = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1';
      document.body.append(script);
      const remote = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'blocked',
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { pwned: window.__pwned, remote, violations };
    });
    expect(result.pwned).toBeUndefined();
    expect(result.remote).toBe('blocked');
    expect(result.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/), expect.stringMatching(/^connect-src/)]));
    expect(app.offsiteRequests).toEqual([]);
  });

  it('window.open is not the way out: the bridge cannot be replaced by the page', async () => {
    const replaced = await app.page.evaluate(() => {
      try {
        (window as { couponStudio: unknown }).couponStudio = { app: {} };
      } catch {
        // strict-mode assignment to a non-writable property throws; either way it must not change
      }
      return typeof window.couponStudio.app.info;
    });
    expect(replaced).toBe('function');
  });

  it('loaded without console errors, CSP reports, page errors or off-site requests', () => {
    expect(app.loadProblems).toEqual([]);
    expect(app.offsiteRequests).toEqual([]);
  });
});
