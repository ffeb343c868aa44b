import { afterEach, describe, expect, it } from 'vitest';
import { payCellEventSchema } from '../../common/ipc/channels/sandbox';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());
const appid = DEMO_ACCOUNT.appid;

/** A cash coupon (¥10 off from ¥50) in one store, approved, its pay cell open. */
async function payable(): Promise<string> {
  sandbox = await start();
  const token = await classicToken(sandbox);
  const groupon = withBase(validBody(sandbox), (b) => (b.location_id_list = [DEMO_USABLE_POI_IDS[0]])).card;
  const { deal_detail: _detail, ...node } = groupon.groupon as Record<string, unknown>;
  const body = { card: { card_type: 'CASH', cash: { ...node, reduce_cost: 1000, least_cost: 5000 } } };
  const cardId = await createCard(sandbox, token, body);
  expect(sandbox.review(appid, cardId, { approve: true }).ok).toBe(true);
  expect((await post(sandbox, '/card/paycell/set', token, { card_id: cardId, is_open: true })).json.errcode).toBe(0);
  return cardId;
}

describe('a WeChat Pay payment through the 买单 cell (guide §3.2)', () => {
  it('answers the user_pay_from_pay_cell event of §5: OriginalFee the bill, Fee what the coupon leaves, in 分, in the card’s store', async () => {
    const cardId = await payable();
    const paid = sandbox.payWithPayCell(appid, cardId, 8800);
    if (!paid.ok) throw new Error(paid.error);
    expect(payCellEventSchema.parse(paid.value)).toEqual(paid.value);
    expect(paid.value).toMatchObject({ Event: 'user_pay_from_pay_cell', MsgType: 'event', CardId: cardId, OriginalFee: 8800, Fee: 7800, LocationId: Number(DEMO_USABLE_POI_IDS[0]) });
    expect(paid.value.TransId).toMatch(/^\d{28}$/);
    // Below least_cost the coupon takes nothing off.
    const small = sandbox.payWithPayCell(appid, cardId, 3000);
    expect(small.ok && small.value.Fee).toBe(3000);
    const kept = sandbox.payCellEvents(appid, cardId);
    expect(kept.ok && kept.value.map((e) => e.OriginalFee)).toEqual([8800, 3000]);
  });

  it('refuses a card whose pay cell is closed or that is not approved', async () => {
    const cardId = await payable();
    const token = await classicToken(sandbox);
    await post(sandbox, '/card/paycell/set', token, { card_id: cardId, is_open: false });
    expect(sandbox.payWithPayCell(appid, cardId, 8800)).toEqual({ ok: false, error: expect.stringContaining('no open pay cell') });
    const fresh = await createCard(sandbox, token, withBase(validBody(sandbox), (b) => (b.location_id_list = [DEMO_USABLE_POI_IDS[0]])));
    expect(sandbox.payWithPayCell(appid, fresh, 8800)).toEqual({ ok: false, error: expect.stringContaining('not approved') });
    expect(sandbox.payCellEvents(appid, cardId)).toEqual({ ok: true, value: [] });
  });
});
