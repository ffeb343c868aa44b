import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

const withStores = (extra: Record<string, unknown> = {}) => (b: Record<string, unknown>) => Object.assign(b, { location_id_list: [DEMO_USABLE_POI_IDS[0]], ...extra });

async function card(token: string, edit: (b: Record<string, unknown>) => void): Promise<string> {
  return createCard(sandbox, token, withBase(validBody(sandbox), edit));
}

function cellsOf(cardId: string) {
  const found = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards.find((c) => c.cardId === cardId);
  return { payCell: found?.payCell, selfConsumeCell: found?.selfConsumeCell };
}

describe('POST /card/paycell/set', () => {
  it('opens the pay cell on a card with stores, or with use_all_locations', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const listed = await card(token, withStores());
    expect((await post(sandbox, '/card/paycell/set', token, { card_id: listed, is_open: true })).json).toEqual({ errcode: 0, errmsg: 'ok' });
    const all = await card(token, (b) => (b.use_all_locations = true));
    expect((await post(sandbox, '/card/paycell/set', token, { card_id: all, is_open: true })).json.errcode).toBe(0);
    expect(cellsOf(all).payCell).toBe(true);
  });

  it('refuses a card without stores with 43017 "require location id!"', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const bare = await createCard(sandbox, token);
    const answer = await post(sandbox, '/card/paycell/set', token, { card_id: bare, is_open: true });
    expect(answer.json.errcode).toBe(43017);
    expect(String(answer.json.errmsg)).toMatch(/^require location id! {2}rid: /);
    expect((await post(sandbox, '/card/paycell/set', token, { card_id: bare, is_open: false })).json.errcode).toBe(0);
  });

  it('refuses a card with a centre cell (center_title, center_sub_title or center_url) with 40145', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    for (const field of ['center_title', 'center_sub_title', 'center_url']) {
      const cardId = await card(token, withStores({ [field]: field === 'center_url' ? 'http://a.example' : '立即使用' }));
      expect((await post(sandbox, '/card/paycell/set', token, { card_id: cardId, is_open: true })).json.errcode, field).toBe(40145);
    }
  });

  it('refuses an account without WeChat Pay permission with 43008', async () => {
    sandbox = await start({ accounts: [{ ...DEMO_ACCOUNT, permissions: { pay: false } }] });
    const token = await classicToken(sandbox);
    const cardId = await card(token, withStores());
    expect((await post(sandbox, '/card/paycell/set', token, { card_id: cardId, is_open: true })).json.errcode).toBe(43008);
  });

  it('conflicts with an open self-consume cell (45046), and the other way round', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const first = await card(token, withStores());
    await post(sandbox, '/card/selfconsumecell/set', token, { card_id: first, is_open: true });
    const payAnswer = await post(sandbox, '/card/paycell/set', token, { card_id: first, is_open: true });
    expect(payAnswer.json.errcode).toBe(45046);
    expect(String(payAnswer.json.errmsg)).toMatch(/^operate field conflict, CenterCell, PayCell, SelfConsumeCell conflict rid/);
    const second = await card(token, withStores());
    await post(sandbox, '/card/paycell/set', token, { card_id: second, is_open: true });
    expect((await post(sandbox, '/card/selfconsumecell/set', token, { card_id: second, is_open: true })).json.errcode).toBe(45046);
  });
});

describe('POST /card/selfconsumecell/set', () => {
  it('stores need_verify_cod (the official spelling) and ignores need_verify_code', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const cardId = await card(token, withStores());
    await post(sandbox, '/card/selfconsumecell/set', token, { card_id: cardId, is_open: true, need_verify_code: true, need_remark_amount: true });
    expect(cellsOf(cardId).selfConsumeCell).toEqual({ is_open: true, need_verify_cod: false, need_remark_amount: true });
    await post(sandbox, '/card/selfconsumecell/set', token, { card_id: cardId, is_open: true, need_verify_cod: true });
    expect(cellsOf(cardId).selfConsumeCell).toEqual({ is_open: true, need_verify_cod: true, need_remark_amount: false });
  });

  it('refuses no stores (43017), a center_url (45046) and a non-boolean is_open (47001)', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const bare = await createCard(sandbox, token);
    expect((await post(sandbox, '/card/selfconsumecell/set', token, { card_id: bare, is_open: true })).json.errcode).toBe(43017);
    const centred = await card(token, withStores({ center_url: 'http://a.example' }));
    expect((await post(sandbox, '/card/selfconsumecell/set', token, { card_id: centred, is_open: true })).json.errcode).toBe(45046);
    expect((await post(sandbox, '/card/selfconsumecell/set', token, { card_id: centred, is_open: 'true' })).json.errcode).toBe(47001);
  });
});
