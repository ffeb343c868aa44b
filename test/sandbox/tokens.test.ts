import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, get, post, RID, start } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

const TOKEN_PATH = `/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${DEMO_ACCOUNT.secret}`;

/** errcode of a cheap authenticated call made with `token` (0 when the token is accepted). */
async function tokenState(token: string): Promise<number> {
  const answer = await post(sandbox, '/card/batchget', token, { offset: 0, count: 1 });
  return Number(answer.json.errcode);
}

describe('GET /cgi-bin/token', () => {
  it('rotates on every call and keeps the previous token valid for 300 s, then 40001', async () => {
    sandbox = await start();
    const first = await classicToken(sandbox);
    const second = await classicToken(sandbox);
    expect(second).not.toBe(first);
    expect(await tokenState(first)).toBe(0);
    sandbox.clock.advance(299_999);
    expect(await tokenState(first)).toBe(0);
    sandbox.clock.advance(1);
    expect(await tokenState(first)).toBe(40001);
    expect(await tokenState(second)).toBe(0);
    const answer = await post(sandbox, '/card/batchget', first, { offset: 0, count: 1 });
    expect(answer.json.errmsg).toMatch(/^invalid credential, access_token is invalid or not latest rid: /);
  });

  it('expires a token after expires_in (7200 s) with 42001', async () => {
    sandbox = await start();
    const answer = await get(sandbox, TOKEN_PATH);
    expect(answer.json.expires_in).toBe(7200);
    const token = String(answer.json.access_token);
    sandbox.clock.advance(7_199_999);
    expect(await tokenState(token)).toBe(0);
    sandbox.clock.advance(1);
    expect(await tokenState(token)).toBe(42001);
  });

  it('allows 2000 calls a day per appid, then 45009 until midnight China time', async () => {
    // 2026-01-15 23:00 China time, so the reset comes an hour later.
    sandbox = await start({ clock: { startAt: Date.UTC(2026, 0, 15, 15, 0, 0), frozen: true } });
    for (let i = 0; i < 2000; i++) {
      const answer = await get(sandbox, TOKEN_PATH);
      if (typeof answer.json.access_token !== 'string') throw new Error(`call ${i + 1}: ${JSON.stringify(answer.json)}`);
    }
    const refused = await get(sandbox, TOKEN_PATH);
    expect(refused.json.errcode).toBe(45009);
    expect(refused.json.errmsg).toMatch(/^reach max api daily quota limit rid: /);
    sandbox.clock.advance(59 * 60_000);
    expect((await get(sandbox, TOKEN_PATH)).json.errcode).toBe(45009);
    sandbox.clock.advance(60_000);
    expect(typeof (await get(sandbox, TOKEN_PATH)).json.access_token).toBe('string');
  });

  it('refuses a wrong appid (40013), a wrong secret (40125), a missing appid (41002) and grant_type (40002)', async () => {
    sandbox = await start();
    const wrongAppid = await get(sandbox, `/cgi-bin/token?grant_type=client_credential&appid=wx0000000000000000&secret=${DEMO_ACCOUNT.secret}`);
    expect(wrongAppid.json.errcode).toBe(40013);
    expect(wrongAppid.json.errmsg).toMatch(/^invalid appid rid: /);
    const wrongSecret = await get(sandbox, `/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${'0'.repeat(32)}`);
    expect(wrongSecret.json.errcode).toBe(40125);
    expect(wrongSecret.json.errmsg).toMatch(/^invalid appsecret rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/);
    expect((await get(sandbox, `/cgi-bin/token?grant_type=client_credential&secret=x`)).json.errcode).toBe(41002);
    expect((await get(sandbox, `/cgi-bin/token?grant_type=password&appid=${DEMO_ACCOUNT.appid}&secret=x`)).json.errcode).toBe(40002);
    const calls = sandbox.dump().tokenCalls;
    expect(calls.map((c) => c.errcode)).toEqual([40013, 40125, 41002, 40002]);
    expect(JSON.stringify(calls)).not.toContain(DEMO_ACCOUNT.secret);
  });

  it('refuses callers outside the IP whitelist with 40164 naming the IP, before checking the secret', async () => {
    sandbox = await start({ accounts: [{ appid: 'wx00000000000000aa', secret: 'b'.repeat(32), ipWhitelist: ['10.0.0.1'] }] });
    const path = `/cgi-bin/token?grant_type=client_credential&appid=wx00000000000000aa&secret=wrong`;
    const refused = await get(sandbox, path);
    expect(refused.json.errcode).toBe(40164);
    expect(refused.json.errmsg).toMatch(/^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /);
    expect(refused.json.errmsg).toMatch(RID);
    sandbox.setPresentedClientIp('101.45.43.1');
    const presented = await get(sandbox, path);
    expect(presented.json.errmsg).toMatch(/^invalid ip 101\.45\.43\.1 ipv6 ::ffff:101\.45\.43\.1, not in whitelist rid: /);
    const stable = await post(sandbox, '/cgi-bin/stable_token', undefined, { grant_type: 'client_credential', appid: 'wx00000000000000aa', secret: 'b'.repeat(32) });
    expect(stable.json.errcode).toBe(40164);
    sandbox.updateAccount('wx00000000000000aa', { ipWhitelist: ['101.45.43.1'] });
    expect(typeof (await classicToken(sandbox, 'wx00000000000000aa', 'b'.repeat(32)))).toBe('string');
  });

  it('lets rotateTokenExternally supersede the app token like another machine would', async () => {
    sandbox = await start();
    const mine = await classicToken(sandbox);
    const theirs = sandbox.rotateTokenExternally(DEMO_ACCOUNT.appid);
    expect(theirs.ok).toBe(true);
    sandbox.clock.advance(300_000);
    expect(await tokenState(mine)).toBe(40001);
    expect(sandbox.dump().tokenCalls.at(-1)).toMatchObject({ external: true, issued: true });
  });
});
