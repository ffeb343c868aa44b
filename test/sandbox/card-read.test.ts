import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, T0, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

describe('POST /card/get', () => {
  it('answers the card as stored with id, hex colour, status, remaining and total stock, times and advanced defaults', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const body = withBase(validBody(sandbox), (b) => Object.assign(b, { date_info: { type: 1, begin_timestamp: T0 / 1000, end_timestamp: T0 / 1000 + 86_400 } }));
    const cardId = await createCard(sandbox, token, body);
    const answer = await post(sandbox, '/card/get', token, { card_id: cardId });
    expect(answer.json).toMatchObject({ errcode: 0, errmsg: 'ok' });
    const card = answer.json.card as Record<string, Record<string, Record<string, unknown>>>;
    expect(card.card_type).toBe('GROUPON');
    const baseInfo = card.groupon?.base_info ?? {};
    expect(baseInfo).toMatchObject({
      id: cardId,
      color: '#63b359',
      title: '双人套餐100元兑换券',
      status: 'CARD_STATUS_NOT_VERIFY',
      sku: { quantity: 100, total_quantity: 100 },
      create_time: T0 / 1000,
      update_time: T0 / 1000,
      location_id_list: [],
      date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE' },
    });
    expect(card.groupon?.deal_detail).toBe('双人套餐一份');
    expect(card.groupon?.advanced_info).toEqual({ time_limit: [], text_image_list: [], business_service: [], consume_share_card_list: [], share_friends: false });
  });

  it('refuses a missing card_id (41012) and another account\'s or an unknown card (40073)', async () => {
    sandbox = await start({ accounts: [{ appid: 'wx00000000000000cc', secret: 'd'.repeat(32) }] });
    const token = await classicToken(sandbox);
    const otherToken = await classicToken(sandbox, 'wx00000000000000cc', 'd'.repeat(32));
    const cardId = await createCard(sandbox, token);
    expect((await post(sandbox, '/card/get', token, {})).json.errcode).toBe(41012);
    expect((await post(sandbox, '/card/get', otherToken, { card_id: cardId })).json.errcode).toBe(40073);
    expect((await post(sandbox, '/card/get', token, { card_id: `p${'x'.repeat(27)}` })).json.errcode).toBe(40073);
  });
});

describe('POST /card/batchget', () => {
  it('pages the account\'s cards oldest first with total_num, and filters by status_list', async () => {
    sandbox = await start({ defaultReview: { mode: 'manual' } });
    const token = await classicToken(sandbox);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createCard(sandbox, token));
    sandbox.review(DEMO_ACCOUNT.appid, ids[1] ?? '', { approve: true });
    sandbox.review(DEMO_ACCOUNT.appid, ids[3] ?? '', { approve: true });
    const page = await post(sandbox, '/card/batchget', token, { offset: 1, count: 2 });
    expect(page.json).toEqual({ errcode: 0, errmsg: 'ok', card_id_list: ids.slice(1, 3), total_num: 5 });
    const ok = await post(sandbox, '/card/batchget', token, { offset: 0, count: 50, status_list: ['CARD_STATUS_VERIFY_OK'] });
    expect(ok.json).toMatchObject({ card_id_list: [ids[1], ids[3]], total_num: 2 });
    const past = await post(sandbox, '/card/batchget', token, { offset: 10, count: 10 });
    expect(past.json).toMatchObject({ card_id_list: [], total_num: 5 });
  });

  it('refuses count > 50 or < 1 (40097), a missing count (41011) and non-integers (47001)', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect((await post(sandbox, '/card/batchget', token, { offset: 0, count: 51 })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/batchget', token, { offset: 0, count: 0 })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/batchget', token, { offset: -1, count: 5 })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/batchget', token, { offset: 0 })).json.errcode).toBe(41011);
    expect((await post(sandbox, '/card/batchget', token, { offset: 0, count: '10' })).json.errcode).toBe(47001);
    expect((await post(sandbox, '/card/batchget', token, { offset: 0, count: 50 })).json.errcode).toBe(0);
  });
});
