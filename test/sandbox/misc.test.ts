import { afterEach, describe, expect, it } from 'vitest';
import { COUPON_COLORS } from '../../common/coupon/colors';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, get, post, start, T0, validBody } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

describe('GET /card/getcolors', () => {
  it('lists the 14 colours with their current hex values', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const answer = await get(sandbox, `/card/getcolors?access_token=${token}`);
    expect(answer.json.errcode).toBe(0);
    expect(answer.json.colors).toEqual(COUPON_COLORS.map((c) => ({ name: c.name, value: c.hex })));
    expect(answer.json.colors).toHaveLength(14);
    expect((answer.json.colors as { value: string }[])[0]?.value).toBe('#63b359');
  });
});

describe('POST /cgi-bin/poi/getpoilist', () => {
  it('pages the seeded stores with total_count as a string; only approved stores have a poi_id', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const answer = await post(sandbox, '/cgi-bin/poi/getpoilist', token, { begin: 0, limit: 50 });
    expect(answer.json).toMatchObject({ errcode: 0, errmsg: 'ok', total_count: '5' });
    const list = answer.json.business_list as { base_info: { poi_id: string; available_state: number } }[];
    expect(list).toHaveLength(5);
    for (const { base_info: store } of list) expect(store.poi_id === '').toBe(store.available_state !== 3);
    expect(list.filter((s) => s.base_info.available_state === 2)).toHaveLength(1);
    const page = await post(sandbox, '/cgi-bin/poi/getpoilist', token, { begin: 3, limit: 1 });
    expect((page.json.business_list as unknown[]).length).toBe(1);
    expect(page.json.total_count).toBe('5');
  });

  it('refuses limit > 50 with 40097', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect((await post(sandbox, '/cgi-bin/poi/getpoilist', token, { begin: 0, limit: 51 })).json.errcode).toBe(40097);
  });
});

describe('quotas', () => {
  it('answers 45011 past a per-minute limit until the next minute, and 45009 past a daily limit until China midnight', async () => {
    sandbox = await start({ quotas: { '/card/batchget': { daily: 4, perMinute: 2 } } });
    let token = await classicToken(sandbox);
    const call = async () => Number((await post(sandbox, '/card/batchget', token, { offset: 0, count: 1 })).json.errcode);
    expect([await call(), await call(), await call()]).toEqual([0, 0, 45011]);
    const minuteAnswer = await post(sandbox, '/card/batchget', token, { offset: 0, count: 1 });
    expect(String(minuteAnswer.json.errmsg)).toMatch(/^api minute-quota reach limit, must slower, retry next minute rid/);
    sandbox.clock.advance(60_000);
    expect([await call(), await call(), await call()]).toEqual([0, 0, 45009]);
    sandbox.clock.advance(60_000);
    expect(await call()).toBe(45009);
    // T0 is 12:00 China time: midnight is 12 hours later.
    sandbox.clock.set(T0 + 12 * 3600_000 - 1000);
    token = await classicToken(sandbox);
    expect(await call()).toBe(45009);
    sandbox.clock.advance(1000);
    expect(await call()).toBe(0);
    expect((await post(sandbox, '/card/get', token, { card_id: 'x' })).json.errcode).toBe(40073);
  });

  it('answers quota/get with daily_limit, used, remain and the minute rate limit', async () => {
    sandbox = await start({ quotas: { '/card/create': { daily: 100, perMinute: 20 } } });
    const token = await classicToken(sandbox);
    await post(sandbox, '/card/create', token, validBody(sandbox));
    await post(sandbox, '/card/create', token, validBody(sandbox));
    const answer = await post(sandbox, '/cgi-bin/openapi/quota/get', token, { cgi_path: '/card/create' });
    expect(answer.json).toEqual({
      errcode: 0,
      errmsg: 'ok',
      quota: { daily_limit: 100, used: 2, remain: 98 },
      rate_limit: { call_count: 20, refresh_second: 60 },
      component_rate_limit: { call_count: 20, refresh_second: 60 },
    });
    const tokenQuota = await post(sandbox, '/cgi-bin/openapi/quota/get', token, { cgi_path: '/cgi-bin/token' });
    expect(tokenQuota.json.quota).toEqual({ daily_limit: 2000, used: 1, remain: 1999 });
    expect((await post(sandbox, '/cgi-bin/openapi/quota/get', token, { cgi_path: '/nope' })).json.errcode).toBe(40097);
  });

  it('clear_quota resets the daily counters, 10 times a month, then 48006', async () => {
    sandbox = await start({ quotas: { '/card/batchget': { daily: 1 } } });
    const token = await classicToken(sandbox);
    const call = async () => Number((await post(sandbox, '/card/batchget', token, { offset: 0, count: 1 })).json.errcode);
    const clear = async () => (await post(sandbox, '/cgi-bin/clear_quota', token, { appid: DEMO_ACCOUNT.appid })).json;
    expect([await call(), await call()]).toEqual([0, 45009]);
    expect(await clear()).toEqual({ errcode: 0, errmsg: 'ok' });
    expect(await call()).toBe(0);
    for (let i = 1; i < 10; i++) expect((await clear()).errcode).toBe(0);
    const eleventh = await clear();
    expect(eleventh.errcode).toBe(48006);
    expect(String(eleventh.errmsg)).toMatch(/^forbid to clear quota because of reaching the limit rid/);
    expect((await post(sandbox, '/cgi-bin/clear_quota', token, { appid: 'wx0000000000000000' })).json.errcode).toBe(40013);
    // T0 is 2026-01-15: February starts in China time on 2026-01-31 16:00 UTC.
    sandbox.clock.set(Date.UTC(2026, 0, 31, 16, 0, 0));
    const february = await classicToken(sandbox);
    expect((await post(sandbox, '/cgi-bin/clear_quota', february, { appid: DEMO_ACCOUNT.appid })).json.errcode).toBe(0);
  });
});
