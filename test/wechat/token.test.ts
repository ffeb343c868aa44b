import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../common/clock';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient } from '../../main/wechat';
import { couponBody, failure, sandboxClient, startFrozen, T0, value } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

const tokenCalls = () => sandbox.dump().tokenCalls;
const count = (path: string) => sandbox.dump().endpointCounts[path] ?? 0;

describe('token manager: cache, single flight, expiry', () => {
  it('uses stable_token by default and shares ONE token request among 50 concurrent calls', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const results = await Promise.all(Array.from({ length: 50 }, () => client.getColors()));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(tokenCalls().map((c) => [c.endpoint, c.forceRefresh, c.external ?? false])).toEqual([['/cgi-bin/stable_token', false, false]]);
    expect(count('/card/getcolors')).toBe(50);
  });

  it('keeps the token in memory across calls', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    for (let i = 0; i < 5; i++) value(await client.getColors());
    sandbox.clock.advance(7_000_000);
    value(await client.getColors());
    expect(tokenCalls()).toHaveLength(1);
  });

  it('fetches a new token before expiry (60 s margin), so the call never sees 42001', async () => {
    sandbox = await startFrozen();
    const { client, logger } = sandboxClient(sandbox);
    value(await client.getColors());
    sandbox.clock.advance((7200 - 60) * 1000);
    value(await client.getColors());
    expect(tokenCalls().filter((c) => c.issued)).toHaveLength(2);
    expect(JSON.stringify(logger.entries)).not.toContain('42001');
    expect(count('/card/getcolors')).toBe(2);
  });

  it('42001 (expired on the server while the client thought it valid) → one refresh → success', async () => {
    sandbox = await startFrozen();
    // The client's clock stands still, so only the server knows the token expired.
    const { client, logger } = sandboxClient(sandbox, { clock: fixedClock(T0) });
    value(await client.getColors());
    sandbox.clock.advance(7201 * 1000);
    value(await client.getColors());
    expect(tokenCalls()).toHaveLength(2);
    expect(count('/card/getcolors')).toBe(3);
    expect(logger.entries.some((e) => JSON.stringify(e.data).includes('"errcode":42001'))).toBe(true);
  });

  it('classic mode: another machine rotates the token (rotateTokenExternally); after the 300 s grace, 40001 → one refresh → success', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { tokenMode: 'classic' });
    value(await client.getColors());
    if (!sandbox.rotateTokenExternally(DEMO_ACCOUNT.appid).ok) throw new Error('rotation failed');
    sandbox.clock.advance(299 * 1000);
    value(await client.getColors()); // still within the grace period: no refresh
    expect(tokenCalls().map((c) => [c.endpoint, c.external ?? false])).toEqual([
      ['/cgi-bin/token', false],
      ['/cgi-bin/token', true],
    ]);
    sandbox.clock.advance(2 * 1000);
    value(await client.getColors());
    expect(tokenCalls().map((c) => [c.endpoint, c.external ?? false])).toEqual([
      ['/cgi-bin/token', false],
      ['/cgi-bin/token', true],
      ['/cgi-bin/token', false],
    ]);
    expect(count('/card/getcolors')).toBe(4);
  });

  it('stable mode: a force refresh elsewhere revokes the token; 20 concurrent 40001s cause exactly one refresh (compare-and-invalidate)', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    value(await client.getColors());
    const other = sandboxClient(sandbox).client;
    value(await other.refreshToken({ force: true }));
    const results = await Promise.all(Array.from({ length: 20 }, () => client.getColors()));
    expect(results.every((r) => r.ok)).toBe(true);
    const mine = tokenCalls().filter((c) => !c.forceRefresh);
    expect(mine).toHaveLength(2);
    expect(count('/card/getcolors')).toBe(1 + 20 + 20);
  });

  it('refreshes and retries EXACTLY once: a second 40001 is returned', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/getcolors', [
      { kind: 'errcode', errcode: 40001 },
      { kind: 'errcode', errcode: 40001 },
    ]);
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'weixin', errcode: 40001, action: 'refresh_token' });
    expect(count('/card/getcolors')).toBe(2);
    expect(tokenCalls()).toHaveLength(2);
  });

  it('40014 is refreshed too, and the refresh is safe for card/create (nothing was executed)', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'errcode', errcode: 40014 }]);
    value(await client.createCard(couponBody(sandbox)));
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards).toHaveLength(1);
    expect(count('/card/create')).toBe(2);
  });

  it('force_refresh is sent only when asked', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    value(await client.getColors());
    value(await client.refreshToken());
    value(await client.refreshToken({ force: true }));
    expect(tokenCalls().map((c) => c.forceRefresh)).toEqual([false, false, true]);
  });

  it('asks for the secret lazily, on each token fetch, and not at creation', async () => {
    sandbox = await startFrozen();
    let asked = 0;
    const { client } = sandboxClient(sandbox, {
      secret: async () => {
        asked += 1;
        return DEMO_ACCOUNT.secret;
      },
    });
    expect(asked).toBe(0);
    value(await client.getColors());
    value(await client.refreshToken());
    expect(asked).toBe(2);
  });
});

describe('token endpoint errors are fatal configuration errors, never retried (§5.3)', () => {
  it.each([
    ['40013 unknown AppID', { appid: 'wx0000000000000000' }, 40013, 'AppID'],
    ['40125 wrong AppSecret', { secret: async () => 'wrong-secret' }, 40125, 'AppSecret'],
  ])('%s', async (_name, overrides, errcode, word) => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, overrides);
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'config', reason: 'token_refused', errcode, endpoint: '/cgi-bin/stable_token' });
    expect(error.message.en).toContain(word);
    expect(error.message['zh-CN']).toContain(word);
    expect(tokenCalls()).toHaveLength(1);
    expect(count('/card/getcolors')).toBe(0);
  });

  it('40164 names the IP Weixin saw, in the message and the fix', async () => {
    sandbox = await startFrozen({ presentedClientIp: '101.45.43.1', accounts: [{ ...DEMO_ACCOUNT, ipWhitelist: ['8.8.8.8'] }] });
    const { client } = sandboxClient(sandbox);
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'config', reason: 'token_refused', errcode: 40164, whitelistIp: { ip: '101.45.43.1' } });
    expect(error.message['zh-CN']).toContain('101.45.43.1');
    expect(error.message.en).toContain('101.45.43.1');
    expect(error.fix.en).toContain('Add 101.45.43.1');
    expect(tokenCalls()).toHaveLength(1);
  });

  it('45009 (token quota used up) is not retried', async () => {
    sandbox = await startFrozen();
    sandbox.setQuota('/cgi-bin/stable_token', { daily: 0 });
    const { client, sleeps } = sandboxClient(sandbox);
    expect(failure(await client.getColors())).toMatchObject({ kind: 'config', errcode: 45009 });
    expect(tokenCalls()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('40001 from the token endpoint itself means a wrong secret: reported, not refreshed', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/cgi-bin/stable_token', [{ kind: 'errcode', errcode: 40001 }]);
    const { client } = sandboxClient(sandbox);
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'config', errcode: 40001 });
    expect(error.message.en).toContain('AppSecret');
    expect(count('/cgi-bin/stable_token')).toBe(1);
  });

  it('a secret provider that fails is a config failure and nothing is sent', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { secret: () => Promise.reject(new Error('vault locked')) });
    expect(failure(await client.getColors())).toMatchObject({ kind: 'config', reason: 'secret_unavailable' });
    expect(count('/cgi-bin/stable_token')).toBe(0);
  });
});

describe('token endpoint transient errors: full-jitter backoff, 3 tries', () => {
  it('502 then -1 then success', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/cgi-bin/stable_token', [{ kind: 'http502' }, { kind: 'errcode', errcode: -1 }]);
    const { client, sleeps } = sandboxClient(sandbox);
    value(await client.getColors());
    expect(count('/cgi-bin/stable_token')).toBe(3);
    // random = 0.5: half of 500 ms, then half of 1000 ms.
    expect(sleeps).toEqual([250, 500]);
  });

  it('gives up after 3 tries with the last failure; the business endpoint is never called', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/cgi-bin/stable_token', [{ kind: 'http502' }, { kind: 'http502' }, { kind: 'http502' }, { kind: 'http502' }]);
    const { client } = sandboxClient(sandbox);
    expect(failure(await client.getColors())).toMatchObject({ kind: 'http', status: 502, endpoint: '/cgi-bin/stable_token' });
    expect(count('/cgi-bin/stable_token')).toBe(3);
    expect(count('/card/getcolors')).toBe(0);
  });
});

describe('configuration is checked when the client is built', () => {
  it.each([
    ['an empty AppID', { appid: ' ' }, 'invalid_appid'],
    ['plain http to a public host', { baseUrl: 'http://api.weixin.qq.com' }, 'invalid_base_url'],
    ['a base URL with a path', { baseUrl: 'https://api.weixin.qq.com/cgi-bin' }, 'invalid_base_url'],
    ['a SOCKS proxy', { proxy: 'socks5://127.0.0.1:1080' }, 'invalid_proxy'],
    ['a proxy with a path', { proxy: 'http://127.0.0.1:8080/x' }, 'invalid_proxy'],
  ])('%s', (_name, overrides, reason) => {
    const built = createWeixinClient({ appid: 'wx1', secret: async () => 's', ...overrides });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toMatchObject({ kind: 'config', reason });
  });

  it('serialising the client shows neither secret nor token', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    value(await client.getColors());
    expect(JSON.parse(JSON.stringify(client))).toEqual({ appid: DEMO_ACCOUNT.appid, tokenMode: 'stable' });
  });
});

describe('token manager: short lifetimes and aborted waits', () => {
  it('clamps the 60 s margin to a quarter of a 60 s lifetime: 40 calls → 1 token fetch (was 40)', async () => {
    sandbox = await startFrozen({ tokenRules: { ttlSeconds: 60 } });
    const { client } = sandboxClient(sandbox);
    for (let i = 0; i < 40; i++) value(await client.getColors());
    expect(tokenCalls()).toHaveLength(1);
    expect(count('/card/getcolors')).toBe(40);
    // After three quarters of the lifetime (45 s) it renews, still before expiry.
    sandbox.clock.advance(46_000);
    value(await client.getColors());
    expect(tokenCalls()).toHaveLength(2);
  });

  it('an aborted caller stops waiting for a shared token fetch at once; the fetch goes on for the others', async () => {
    sandbox = await startFrozen();
    sandbox.scriptFaults('/cgi-bin/stable_token', [{ kind: 'latency', ms: 60_000 }]);
    const { client } = sandboxClient(sandbox);
    const first = client.getColors();
    const controller = new AbortController();
    const second = client.getColors({ signal: controller.signal });
    controller.abort();
    expect(failure(await second)).toMatchObject({ kind: 'cancelled', requestSent: false, endpoint: '/cgi-bin/stable_token' });
    // The shared request is still held by the sandbox: nothing was answered, nothing was sent twice.
    expect(tokenCalls()).toHaveLength(0);
    expect(count('/card/getcolors')).toBe(0);
    await sandbox.stop();
    await first;
  });
});
