import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARNESS_CSP, HARNESS_META_CSP, META_CSP } from '../../main/electron/csp';
import { createMemoryLogger } from '../../main/log/logger';
import { prepareHarnessHtml } from '../../main/web/html';
import { startHarnessStack, type HarnessStack } from '../../main/web/harness-stack';
import { startWebHarness, type WebHarness } from '../../main/web/harness-server';
import { checkHarnessOrigin, checkHarnessRequest } from '../../main/web/request-guard';
import { SHIM_PATH, TOKEN_HEADER } from '../../main/web/wire';

const identity = { token: 'tok-123', host: '127.0.0.1:5000', origin: 'http://127.0.0.1:5000' };
const base = { host: identity.host, [TOKEN_HEADER]: 'tok-123' };

describe('harness request guard', () => {
  it.each([
    [{ ...base }, true],
    [{ ...base, origin: identity.origin, 'sec-fetch-site': 'same-origin' }, true],
    [{ host: identity.host }, 'missing_token'],
    [{ ...base, [TOKEN_HEADER]: '' }, 'missing_token'],
    [{ ...base, [TOKEN_HEADER]: 'tok-124' }, 'bad_token'],
    [{ ...base, [TOKEN_HEADER]: 'tok-1234' }, 'bad_token'],
    [{ ...base, host: 'localhost:5000' }, 'bad_host'],
    [{ ...base, host: 'evil.example:5000' }, 'bad_host'],
    [{ ...base, host: undefined }, 'bad_host'],
    [{ ...base, origin: 'http://evil.example' }, 'bad_origin'],
    [{ ...base, origin: 'null' }, 'bad_origin'],
    [{ ...base, origin: 'http://127.0.0.1:5001' }, 'bad_origin'],
    [{ ...base, 'sec-fetch-site': 'cross-site' }, 'cross_site'],
    [{ ...base, 'sec-fetch-site': 'same-site' }, 'cross_site'],
    [{ ...base, 'sec-fetch-site': 'none' }, 'cross_site'],
  ] as const)('%j → %s', (headers, expected) => {
    const result = checkHarnessRequest(headers as never, identity);
    expect(result.ok ? true : result.error).toBe(expected);
  });

  it.each([
    [{ host: identity.host, 'sec-fetch-site': 'none' }, true],
    [{ host: identity.host, 'sec-fetch-site': 'same-origin' }, true],
    [{ host: identity.host, 'sec-fetch-site': 'cross-site' }, 'cross_site'],
    [{ host: 'evil.example' }, 'bad_host'],
  ] as const)('static page request %j → %s (the user may open the printed URL)', (headers, expected) => {
    const result = checkHarnessOrigin(headers as never, identity);
    expect(result.ok ? true : result.error).toBe(expected);
  });
});

describe('harness html', () => {
  const html = `<html><head><meta http-equiv="Content-Security-Policy" content="${META_CSP}" /><script type="module" src="./assets/a.js"></script></head></html>`;

  it('swaps in the harness CSP and puts the shim before the app bundle', () => {
    const out = prepareHarnessHtml(html);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.value).toContain(`content="${HARNESS_META_CSP}"`);
    expect(out.value).not.toContain(`content="${META_CSP}"`);
    expect(out.value.indexOf(SHIM_PATH)).toBeLessThan(out.value.indexOf('./assets/a.js'));
  });

  it('refuses a page without the app CSP meta tag', () => {
    expect(prepareHarnessHtml('<html><script src="a.js"></script></html>').ok).toBe(false);
  });
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('web harness server (loopback)', () => {
  let dir: string;
  let harness: WebHarness;
  let stack: HarnessStack | undefined;
  const log = createMemoryLogger();
  const api = (channel: string, payload?: unknown, headers: Record<string, string> = {}) =>
    send(`${harness.origin}/ipc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: harness.token, ...headers },
      body: JSON.stringify(payload === undefined ? {} : { payload }),
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coupon-harness-'));
    await mkdir(join(dir, 'bundle', 'assets'), { recursive: true });
    await writeFile(join(dir, 'bundle', 'index.html'), `<html><head><meta http-equiv="Content-Security-Policy" content="${META_CSP}" /><script type="module" src="./assets/app.js"></script></head><body></body></html>`);
    await writeFile(join(dir, 'bundle', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'outside the bundle');
    stack = await startHarnessStack({ log, systemLocale: 'zh-CN', mode: 'test' });
    harness = await startWebHarness({ router: stack.host.router, rendererDir: join(dir, 'bundle'), log });
  });

  afterAll(async () => {
    await harness?.stop();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(harness.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    expect(harness.url).toContain(harness.token);
  });

  it('answers a tokened request with the router envelope', async () => {
    const answer = await api('app:info');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, data: { transport: 'web', locale: 'zh-CN', dataDir: { kind: 'custom' } } });
  });

  it('refuses requests without the token, with a wrong token, or from another Origin', async () => {
    const noToken = await send(`${harness.origin}/ipc/app:info`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const wrong = await api('app:info', undefined, { [TOKEN_HEADER]: 'x'.repeat(32) });
    const foreign = await api('app:info', undefined, { origin: 'https://evil.example' });
    const crossSite = await api('app:info', undefined, { 'sec-fetch-site': 'cross-site' });
    for (const answer of [noToken, wrong, foreign, crossSite]) {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(answer.body).not.toContain(harness.token);
    }
  });

  it('refuses the event stream without the token', async () => {
    expect((await send(`${harness.origin}/events`)).status).toBe(403);
  });

  it('passes unknown channels and invalid payloads to the router, which refuses them', async () => {
    expect(JSON.parse((await api('no:such')).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(JSON.parse((await api('settings:set', { locale: 'fr' })).body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('refuses non-JSON bodies and other methods as invalid requests', async () => {
    const notJson = await send(`${harness.origin}/ipc/app:info`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: harness.token }, body: '{oops' });
    const wrongType = await send(`${harness.origin}/ipc/app:info`, { method: 'POST', headers: { 'content-type': 'text/plain', [TOKEN_HEADER]: harness.token }, body: '{}' });
    const get = await send(`${harness.origin}/ipc/app:info`, { headers: { [TOKEN_HEADER]: harness.token } });
    expect([notJson.status, wrongType.status, get.status]).toEqual([400, 415, 405]);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('serves index.html with the shim and the harness CSP header, and the shim script', async () => {
    const page = await send(`${harness.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(HARNESS_CSP);
    expect(page.body).toContain(SHIM_PATH);
    const shim = await send(`${harness.origin}${SHIM_PATH}`);
    expect(shim.headers['content-type']).toContain('text/javascript');
    expect(shim.body).toContain('couponStudio');
  });

  it.each(['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html'])(
    'refuses the traversal %s',
    async (path) => {
      const answer = await send(`${harness.origin}${path}`);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('outside the bundle');
    },
  );

  it.each(['/../secret.txt', '/assets/../../secret.txt', '//../secret.txt', '/./../secret.txt'])('refuses the raw, unnormalised path %s', async (path) => {
    const { port } = new URL(harness.origin);
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: Number(port), path, headers: { host: `127.0.0.1:${port}` } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.body).not.toContain('outside the bundle');
  });

  it('refuses a page request whose Host is not the harness (DNS rebinding)', async () => {
    expect((await send(`${harness.origin}/`, { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('streams events caused by a request to a tokened /events subscriber', async () => {
    const controller = new AbortController();
    const response = await fetch(`${harness.origin}/events`, { headers: { [TOKEN_HEADER]: harness.token }, signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes(': connected')) text += (await reader.read()).value ?? '';
    await api('settings:set', { locale: 'en' });
    while (!text.includes('settings:changed')) text += (await reader.read()).value ?? '';
    const block = text.split('\n\n').find((b) => b.includes('settings:changed')) ?? '';
    expect(JSON.parse(block.replace(/^data: /, ''))).toEqual({ event: 'settings:changed', payload: { locale: 'en' } });
    controller.abort();
  });
});
