import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

const OTHER = { appid: 'wx1a2b3c4d5e6f7081', secret: 'f'.repeat(32), prefix: 'Ot_-9' } as const;

describe('accounts', () => {
  it('exports a demo account with a Weixin-shaped appid and secret that exists by default', async () => {
    expect(DEMO_ACCOUNT.appid).toMatch(/^wx[0-9a-f]{16}$/);
    expect(DEMO_ACCOUNT.secret).toMatch(/^[0-9a-f]{32}$/);
    expect(DEMO_ACCOUNT.name).toEqual({ 'zh-CN': '示例商户', en: 'Demo merchant' });
    sandbox = await start();
    expect(typeof (await classicToken(sandbox))).toBe('string');
  });

  it('keeps each account\'s cards, prefix, stores and tokens apart', async () => {
    sandbox = await start({ accounts: [OTHER] });
    const demoToken = await classicToken(sandbox);
    const otherToken = await classicToken(sandbox, OTHER.appid, OTHER.secret);
    const demoCard = await createCard(sandbox, demoToken);
    expect(demoCard.slice(1, 6)).toBe(DEMO_ACCOUNT.prefix);
    const otherCard = await createCard(sandbox, otherToken);
    expect(otherCard.slice(1, 6)).toBe('Ot_-9');
    expect((await post(sandbox, '/card/get', otherToken, { card_id: demoCard })).json.errcode).toBe(40073);
    expect((await post(sandbox, '/card/batchget', demoToken, { offset: 0, count: 50 })).json).toMatchObject({ card_id_list: [demoCard], total_num: 1 });
    const demoStore = withBase(validBody(sandbox), (b) => (b.location_id_list = [DEMO_USABLE_POI_IDS[0]]));
    expect((await post(sandbox, '/card/create', otherToken, demoStore)).json.errcode).toBe(40098);
    const stores = (await post(sandbox, '/cgi-bin/poi/getpoilist', otherToken, { begin: 0, limit: 50 })).json.business_list as { base_info: { poi_id: string } }[];
    const usable = stores.map((s) => Number(s.base_info.poi_id)).filter((id) => id > 0);
    expect(usable).toHaveLength(3);
    expect(usable.some((id) => DEMO_USABLE_POI_IDS.includes(id))).toBe(false);
    const ownStore = withBase(validBody(sandbox), (b) => (b.location_id_list = usable));
    expect((await post(sandbox, '/card/create', otherToken, ownStore)).json.errcode).toBe(0);
    // Rotating one account's token does not touch the other's.
    await classicToken(sandbox, OTHER.appid, OTHER.secret);
    sandbox.clock.advance(300_000);
    expect((await post(sandbox, '/card/batchget', demoToken, { offset: 0, count: 1 })).json.errcode).toBe(0);
    expect((await post(sandbox, '/card/batchget', otherToken, { offset: 0, count: 1 })).json.errcode).toBe(40001);
  });

  it('applies flags per account: blocked creation and quotas on one account only', async () => {
    sandbox = await start({ accounts: [{ ...OTHER, couponCreation: 'blocked', quotas: { '/card/batchget': { daily: 1 } } }] });
    const demoToken = await classicToken(sandbox);
    const otherToken = await classicToken(sandbox, OTHER.appid, OTHER.secret);
    expect((await post(sandbox, '/card/create', otherToken, validBody(sandbox))).json.errcode).toBe(48001);
    expect((await post(sandbox, '/card/create', demoToken, validBody(sandbox))).json.errcode).toBe(0);
    const batch = (token: string) => post(sandbox, '/card/batchget', token, { offset: 0, count: 1 });
    expect([(await batch(otherToken)).json.errcode, (await batch(otherToken)).json.errcode]).toEqual([0, 45009]);
    expect([(await batch(demoToken)).json.errcode, (await batch(demoToken)).json.errcode]).toEqual([0, 0]);
    expect(sandbox.updateAccount(OTHER.appid, { couponCreation: 'allowed' }).ok).toBe(true);
    expect((await post(sandbox, '/card/create', otherToken, validBody(sandbox))).json.errcode).toBe(0);
  });

  it('adds accounts at run time and refuses the old secret after a change', async () => {
    sandbox = await start({ includeDemoAccount: false });
    const refused = await fetch(`${sandbox.baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${DEMO_ACCOUNT.secret}`);
    expect(((await refused.json()) as { errcode: number }).errcode).toBe(40013);
    sandbox.addAccount(OTHER);
    expect(typeof (await classicToken(sandbox, OTHER.appid, OTHER.secret))).toBe('string');
    sandbox.updateAccount(OTHER.appid, { secret: '1'.repeat(32) });
    const old = await fetch(`${sandbox.baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${OTHER.appid}&secret=${OTHER.secret}`);
    expect(((await old.json()) as { errcode: number }).errcode).toBe(40125);
  });
});
