import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, post, stableToken, start } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

async function tokenState(token: string): Promise<number> {
  return Number((await post(sandbox, '/card/batchget', token, { offset: 0, count: 1 })).json.errcode);
}

async function stable(force = false): Promise<{ token: string; expiresIn: number }> {
  const answer = await stableToken(sandbox, force);
  if (typeof answer.json.access_token !== 'string') throw new Error(JSON.stringify(answer.json));
  return { token: answer.json.access_token, expiresIn: Number(answer.json.expires_in) };
}

describe('POST /cgi-bin/stable_token', () => {
  it('returns the same token while valid, with the remaining lifetime', async () => {
    sandbox = await start();
    const first = await stable();
    expect(first.expiresIn).toBe(7200);
    sandbox.clock.advance(1_000_000);
    const again = await stable();
    expect(again.token).toBe(first.token);
    expect(again.expiresIn).toBe(6200);
  });

  it('renews in the last 5 minutes; the old token stays valid until it expires, and every answer has expires_in ≥ 300', async () => {
    sandbox = await start();
    const first = await stable();
    sandbox.clock.advance(6_900_000 - 1);
    const stillOld = await stable();
    expect(stillOld.token).toBe(first.token);
    expect(stillOld.expiresIn).toBeGreaterThanOrEqual(300);
    sandbox.clock.advance(1);
    const renewed = await stable();
    expect(renewed.token).not.toBe(first.token);
    expect(renewed.expiresIn).toBe(7200);
    expect(await tokenState(first.token)).toBe(0);
    expect(await tokenState(renewed.token)).toBe(0);
    sandbox.clock.advance(300_000);
    expect(await tokenState(first.token)).toBe(42001);
    expect(await tokenState(renewed.token)).toBe(0);
  });

  it('force_refresh invalidates the previous token at once', async () => {
    sandbox = await start();
    const first = await stable();
    const forced = await stable(true);
    expect(forced.token).not.toBe(first.token);
    expect(forced.expiresIn).toBe(7200);
    expect(await tokenState(first.token)).toBe(40001);
    expect(await tokenState(forced.token)).toBe(0);
  });

  it('does not refresh a force within 30 s of the last one, nor beyond 20 a day ("否则不会刷新")', async () => {
    sandbox = await start();
    const forced = await stable(true);
    sandbox.clock.advance(29_999);
    const tooSoon = await stable(true);
    expect(tooSoon.token).toBe(forced.token);
    expect(await tokenState(forced.token)).toBe(0);
    sandbox.clock.advance(1);
    let last = await stable(true);
    expect(last.token).not.toBe(forced.token);
    for (let i = 2; i < 20; i++) {
      sandbox.clock.advance(30_000);
      last = await stable(true);
    }
    sandbox.clock.advance(30_000);
    const twentyFirst = await stable(true);
    expect(twentyFirst.token).toBe(last.token);
    const calls = sandbox.dump().tokenCalls.filter((c) => c.forceRefresh);
    expect(calls.filter((c) => c.issued)).toHaveLength(20);
    expect(calls.filter((c) => c.forceIgnored)).toHaveLength(2);
    // 2026-01-15 12:00 China time + ~10 min: the next China day starts 12 h later.
    sandbox.clock.advance(12 * 3600_000);
    expect((await stable(true)).token).not.toBe(last.token);
  });

  it('keeps its slot apart from cgi-bin/token: rotating one never invalidates the other', async () => {
    sandbox = await start();
    const stableOne = await stable();
    const classic = await classicToken(sandbox);
    await classicToken(sandbox);
    sandbox.clock.advance(300_000);
    expect(await tokenState(classic)).toBe(40001);
    expect(await tokenState(stableOne.token)).toBe(0);
    const forced = await stable(true);
    expect(await tokenState(forced.token)).toBe(0);
  });

  it('refuses a wrong secret (40125), an unknown appid (40013), GET (43002) and a non-JSON body (47001)', async () => {
    sandbox = await start();
    const wrong = await post(sandbox, '/cgi-bin/stable_token', undefined, { grant_type: 'client_credential', appid: DEMO_ACCOUNT.appid, secret: 'x' });
    expect(wrong.json.errcode).toBe(40125);
    const unknown = await post(sandbox, '/cgi-bin/stable_token', undefined, { grant_type: 'client_credential', appid: 'wx1234567890abcdef', secret: 'x' });
    expect(unknown.json.errcode).toBe(40013);
    const viaGet = await fetch(`${sandbox.baseUrl}/cgi-bin/stable_token`);
    expect(((await viaGet.json()) as { errcode: number }).errcode).toBe(43002);
    expect((await post(sandbox, '/cgi-bin/stable_token', undefined, 'grant_type=client_credential')).json.errcode).toBe(47001);
  });
});
