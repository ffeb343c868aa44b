import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, T0, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

async function setup(): Promise<{ token: string; cardId: string }> {
  sandbox = await start({ defaultReview: { mode: 'manual' } });
  const token = await classicToken(sandbox);
  return { token, cardId: await createCard(sandbox, token) };
}

async function baseInfoOf(token: string, cardId: string): Promise<Record<string, unknown>> {
  const card = (await post(sandbox, '/card/get', token, { card_id: cardId })).json.card as Record<string, Record<string, Record<string, unknown>>>;
  return card.groupon?.base_info ?? {};
}

describe('POST /card/update', () => {
  it('answers send_check true and puts the card back in review when a reviewed field changes', async () => {
    const { token, cardId } = await setup();
    sandbox.review(DEMO_ACCOUNT.appid, cardId, { approve: true });
    sandbox.clock.advance(5000);
    const answer = await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { notice: '请出示此券' } } });
    expect(answer.json).toEqual({ errcode: 0, errmsg: 'ok', send_check: true });
    expect(await baseInfoOf(token, cardId)).toMatchObject({ notice: '请出示此券', status: 'CARD_STATUS_NOT_VERIFY', update_time: T0 / 1000 + 5 });
  });

  it('answers send_check false for a field outside review and keeps the status', async () => {
    const { token, cardId } = await setup();
    sandbox.review(DEMO_ACCOUNT.appid, cardId, { approve: true });
    const answer = await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { service_phone: '020-88888888', get_limit: 3 } } });
    expect(answer.json.send_check).toBe(false);
    expect(await baseInfoOf(token, cardId)).toMatchObject({ service_phone: '020-88888888', status: 'CARD_STATUS_VERIFY_OK' });
  });

  it('clears an optional field sent as ""', async () => {
    const { token, cardId } = await setup();
    await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { center_url: 'http://a.example/x' } } });
    expect(await baseInfoOf(token, cardId)).toHaveProperty('center_url');
    await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { center_url: '' } } });
    expect(await baseInfoOf(token, cardId)).not.toHaveProperty('center_url');
  });

  it('refuses brand_name, sku, another type key and unknown keys with 47001', async () => {
    const { token, cardId } = await setup();
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { brand_name: '新名字' } } })).json.errcode).toBe(47001);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { sku: { quantity: 5 } } } })).json.errcode).toBe(47001);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, cash: { base_info: { notice: 'x' } } })).json.errcode).toBe(47001);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, member_card: { base_info: { notice: 'x' } } })).json.errcode).toBe(47001);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { deal_detail: 'x' } })).json.errcode).toBe(47001);
  });

  it('re-checks the merged card with the create rules (45021 for a 28-byte title, 40097 for a bad colour)', async () => {
    const { token, cardId } = await setup();
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { title: '1000元面值充值卡哈哈' } } })).json.errcode).toBe(45021);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { title: '100元面值充值卡哈哈' } } })).json.errcode).toBe(0);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { color: 'Color999' } } })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { title: '' } } })).json.errcode).toBe(41011);
  });

  it('lets date_info only widen: a later begin, an earlier end or another type → 40100', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const begin = T0 / 1000;
    const end = begin + 10 * 86_400;
    const cardId = await createCard(sandbox, token, withBase(validBody(sandbox), (b) => (b.date_info = { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin, end_timestamp: end })));
    const update = (dateInfo: Record<string, unknown>) => post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { date_info: dateInfo } } });
    const narrowed = await update({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin + 1, end_timestamp: end });
    expect(narrowed.json.errcode).toBe(40100);
    expect(String(narrowed.json.errmsg)).toMatch(/^invalid DateInfo, Make Sure OldDateInfoType==NewDateInfoType/);
    expect((await update({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin, end_timestamp: end - 1 })).json.errcode).toBe(40100);
    expect((await update({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 3, fixed_begin_term: 0 })).json.errcode).toBe(40100);
    expect((await update({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin - 86_400, end_timestamp: end + 86_400 })).json.errcode).toBe(0);
    expect((await update({ end_timestamp: end + 2 * 86_400 })).json.errcode).toBe(0);
    expect((await baseInfoOf(token, cardId)).date_info).toEqual({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin - 86_400, end_timestamp: end + 2 * 86_400 });
  });
});

describe('POST /card/delete', () => {
  it('marks the card deleted; later operations answer 40078 while card/get still reads it', async () => {
    const { token, cardId } = await setup();
    expect((await post(sandbox, '/card/delete', token, { card_id: cardId })).json).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await baseInfoOf(token, cardId)).status).toBe('CARD_STATUS_DELETE');
    expect((await post(sandbox, '/card/delete', token, { card_id: cardId })).json.errcode).toBe(40078);
    expect((await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { notice: 'x' } } })).json.errcode).toBe(40078);
    expect((await post(sandbox, '/card/modifystock', token, { card_id: cardId, increase_stock_value: 1 })).json.errcode).toBe(40078);
    const errmsg = String((await post(sandbox, '/card/delete', token, { card_id: cardId })).json.errmsg);
    expect(errmsg).toMatch(/^invalid card status rid: /);
  });
});

describe('POST /card/modifystock', () => {
  it('applies increase and reduce deltas to remaining and total stock', async () => {
    const { token, cardId } = await setup();
    expect((await post(sandbox, '/card/modifystock', token, { card_id: cardId, increase_stock_value: 50 })).json).toEqual({ errcode: 0, errmsg: 'ok' });
    await post(sandbox, '/card/modifystock', token, { card_id: cardId, reduce_stock_value: 30 });
    await post(sandbox, '/card/modifystock', token, { card_id: cardId });
    expect((await baseInfoOf(token, cardId)).sku).toEqual({ quantity: 120, total_quantity: 120 });
  });

  it('refuses reducing below zero with 40122 and changes nothing', async () => {
    const { token, cardId } = await setup();
    const answer = await post(sandbox, '/card/modifystock', token, { card_id: cardId, reduce_stock_value: 101 });
    expect(answer.json.errcode).toBe(40122);
    expect(String(answer.json.errmsg)).toMatch(/^invalid card quantity rid: /);
    expect((await baseInfoOf(token, cardId)).sku).toEqual({ quantity: 100, total_quantity: 100 });
    expect((await post(sandbox, '/card/modifystock', token, { card_id: cardId, reduce_stock_value: 100 })).json.errcode).toBe(0);
  });

  it('refuses negative (40097) and non-integer (47001) deltas', async () => {
    const { token, cardId } = await setup();
    expect((await post(sandbox, '/card/modifystock', token, { card_id: cardId, increase_stock_value: -1 })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/modifystock', token, { card_id: cardId, increase_stock_value: '1' })).json.errcode).toBe(47001);
  });
});
