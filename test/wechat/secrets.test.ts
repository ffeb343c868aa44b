import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../main/log/logger';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient, type TokenMode, type WeixinClient, type WeixinClientOptions, type WeixinResult } from '../../main/wechat';
import { closedPort, couponBody, fakeServer, PNG_BYTES, T0 } from './support';

/**
 * security-reliability.md §5.3 "Never log the token or the secret": canary secrets and tokens are
 * pushed through every path — success, token errors (40125, 40013, 40164, 45009), timeouts,
 * refused connections, proxy errors, invalid answers, outcome_unknown, the raw console — and every
 * failure, every log entry and the client object itself are scanned.
 */

const SECRET = 'CANARY_SECRET_91d2c7e4';
const APPID = 'wxcanary000000001';

let sandbox: SandboxHandle | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** Everything the test saw: failures, successes, log entries. */
class Evidence {
  readonly items: unknown[] = [];
  readonly logger = createMemoryLogger();
  async run<T>(call: Promise<WeixinResult<T>>): Promise<WeixinResult<T>> {
    const result = await call;
    this.items.push(result);
    return result;
  }
  text(client?: WeixinClient): string {
    return [JSON.stringify(this.items), JSON.stringify(this.logger.entries), client ? JSON.stringify(client) + inspect(client, { depth: 5, showHidden: true }) : ''].join('\n');
  }
}

function client(evidence: Evidence, options: Partial<WeixinClientOptions> & { baseUrl: string }): WeixinClient {
  const built = createWeixinClient({
    appid: APPID,
    secret: async () => SECRET,
    sleep: async (ms) => sandbox?.clock.advance(ms),
    ...(sandbox ? { clock: sandbox.clock } : {}),
    logger: evidence.logger,
    timeouts: { tokenMs: 2_000, readMs: 2_000, writeMs: 2_000, createMs: 2_000 },
    ...options,
  });
  if (!built.ok) throw new Error('no client');
  return built.value;
}

/** The token the sandbox holds for the canary account (stable_token normal mode answers the same one). */
async function currentStableToken(): Promise<string> {
  const response = await fetch(`${sandbox?.baseUrl}/cgi-bin/stable_token`, {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid: APPID, secret: SECRET, force_refresh: false }),
  });
  const json = (await response.json()) as { access_token?: string };
  if (!json.access_token) throw new Error('no token');
  return json.access_token;
}

describe('no canary secret or token in any failure, log entry or client dump', () => {
  it.each<TokenMode>(['stable', 'classic'])('through successes, refreshes, faults and outcome_unknown (%s)', async (tokenMode) => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true }, accounts: [{ appid: APPID, secret: SECRET }] });
    const evidence = new Evidence();
    const c = client(evidence, { baseUrl: sandbox.baseUrl, tokenMode, timeouts: { createMs: 300, readMs: 300 } });
    const tokens: string[] = [];
    await evidence.run(c.getColors());
    const made = await evidence.run(c.createCard(couponBody(sandbox)));
    const cardId = made.ok ? made.value.cardId : 'p0';
    await evidence.run(c.getCard(cardId));
    await evidence.run(c.uploadImage({ bytes: PNG_BYTES, filename: 'a.png', contentType: 'image/png' }));
    sandbox.scriptFaults('/card/get', [{ kind: 'errcode', errcode: 40001 }, { kind: 'errcode', errcode: 40001 }]);
    await evidence.run(c.getCard(cardId));
    sandbox.scriptFaults('/card/create', [{ kind: 'reset-after-commit' }, { kind: 'timeout-after-commit' }, { kind: 'errcode', errcode: -1 }, { kind: '502-after-commit' }]);
    for (let i = 0; i < 4; i++) await evidence.run(c.createCard(couponBody(sandbox)));
    sandbox.scriptFaults('/card/getcolors', [{ kind: 'timeout-after-commit' }, { kind: 'timeout-after-commit' }, { kind: 'timeout-after-commit' }]);
    await evidence.run(c.getColors());
    sandbox.scriptFaults('/card/batchget', [{ kind: 'errcode', errcode: 45011 }]);
    await evidence.run(c.batchGetCards({ count: 100 }));
    await evidence.run(c.raw('POST', '/card/batchget', { count: 3 }));
    await evidence.run(c.raw('POST', '/no/such/api', { secret: 'x' }));
    await evidence.run(c.raw('POST', '/cgi-bin/stable_token', {}));
    await evidence.run(c.refreshToken({ force: true }));
    if (tokenMode === 'stable') tokens.push(await currentStableToken());
    const text = evidence.text(c);
    expect(evidence.items.some((r) => !(r as { ok: boolean }).ok)).toBe(true);
    expect(text).not.toContain(SECRET);
    for (const token of tokens) expect(text).not.toContain(token);
    // Every token the sandbox issued looks like `NN_<150 url-safe chars>`: none may appear.
    expect(text).not.toMatch(/\b\d{2}_[A-Za-z0-9_-]{150}\b/);
  });

  it('through token-endpoint refusals: 40125, 40013, 40164, 45009, and a lost token answer', async () => {
    sandbox = await startSandbox({
      clock: { startAt: T0, frozen: true },
      presentedClientIp: '101.45.43.1',
      accounts: [{ appid: APPID, secret: 'the-real-secret' }, { appid: 'wxwhitelisted00001', secret: SECRET, ipWhitelist: ['1.2.3.4'] }],
    });
    const evidence = new Evidence();
    const base = { baseUrl: sandbox.baseUrl };
    await evidence.run(client(evidence, base).getColors()); // 40125
    await evidence.run(client(evidence, { ...base, appid: 'wxunknown00000000' }).getColors()); // 40013
    await evidence.run(client(evidence, { ...base, appid: 'wxwhitelisted00001' }).getColors()); // 40164
    await evidence.run(client(evidence, { ...base, tokenMode: 'classic' }).getColors()); // 40125 in the query form
    sandbox.updateAccount(APPID, { secret: SECRET });
    sandbox.setQuota('/cgi-bin/stable_token', { daily: 0 });
    await evidence.run(client(evidence, base).getColors()); // 45009
    sandbox.setQuota('/cgi-bin/stable_token', undefined);
    sandbox.scriptFaults('/cgi-bin/stable_token', Array.from({ length: 3 }, () => ({ kind: 'timeout-after-commit' as const })));
    await evidence.run(client(evidence, { ...base, timeouts: { tokenMs: 200 } }).getColors()); // issued, answer lost
    const codes = evidence.items.map((r) => (r as { error?: { errcode?: number; kind: string } }).error?.errcode ?? (r as { error?: { kind: string } }).error?.kind);
    expect(codes).toEqual([40125, 40013, 40164, 40125, 45009, 'timeout']);
    const text = evidence.text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(await currentStableToken());
  });

  it('through refused connections, a refusing proxy and malformed answers', async () => {
    const evidence = new Evidence();
    const port = await closedPort();
    await evidence.run(client(evidence, { baseUrl: `http://127.0.0.1:${port}` }).getColors());
    await evidence.run(client(evidence, { baseUrl: 'https://api.weixin.qq.com', proxy: `http://127.0.0.1:${port}` }).getColors());
    await evidence.run(client(evidence, { baseUrl: 'https://api.weixin.qq.com', proxy: `http://user:${SECRET}@127.0.0.1:${port}` }).getColors());
    const TOKEN = 'CANARY_TOKEN_5be01f';
    const bad = await fakeServer((path) =>
      path === '/cgi-bin/stable_token'
        ? { status: 200, body: JSON.stringify({ access_token: TOKEN, expires_in: 7200 }) }
        : path === '/card/get'
          ? { status: 200, body: `{"errcode":0,"card":"${TOKEN}"}` }
          : { status: 200, body: `not json ${TOKEN}` },
    );
    cleanups.push(bad.close);
    const onBad = client(evidence, { baseUrl: bad.baseUrl });
    await evidence.run(onBad.getCard('p1'));
    await evidence.run(onBad.createCard({ card: {} }));
    await evidence.run(onBad.getColors());
    const worse = await fakeServer(() => ({ status: 200, body: JSON.stringify({ access_token: TOKEN, expires_in: 'soon' }) }));
    cleanups.push(worse.close);
    await evidence.run(client(evidence, { baseUrl: worse.baseUrl }).getColors());
    // A vault whose error text carries the secret: its error is never passed on.
    await evidence.run(client(evidence, { baseUrl: bad.baseUrl, secret: () => Promise.reject(new Error(`decrypt failed for ${SECRET}`)) }).getColors());
    await evidence.run(
      client(evidence, {
        baseUrl: bad.baseUrl,
        secret: () => {
          throw new Error(SECRET);
        },
      }).getColors(),
    );
    expect(evidence.items.every((r) => !(r as { ok: boolean }).ok)).toBe(true);
    const text = evidence.text(onBad);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  });
});
