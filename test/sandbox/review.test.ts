import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

async function status(token: string, cardId: string): Promise<unknown> {
  const card = (await post(sandbox, '/card/get', token, { card_id: cardId })).json.card as Record<string, Record<string, Record<string, unknown>>>;
  return card.groupon?.base_info?.status;
}

describe('review', () => {
  it('approves after 60 virtual seconds by default and records card_pass_check', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    sandbox.clock.advance(59_999);
    expect(await status(token, cardId)).toBe('CARD_STATUS_NOT_VERIFY');
    sandbox.clock.advance(1);
    expect(await status(token, cardId)).toBe('CARD_STATUS_VERIFY_OK');
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.reviewEvents).toEqual([{ event: 'card_pass_check', cardId, at: sandbox.clock.now() }]);
  });

  it('rejects with the configured RefuseReason after N seconds', async () => {
    sandbox = await start({ accounts: [{ ...DEMO_ACCOUNT, review: { mode: 'reject', afterSeconds: 5, reason: '非法代制' } }] });
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    sandbox.clock.advance(5_000);
    const dump = sandbox.dump().accounts[DEMO_ACCOUNT.appid];
    expect(dump?.cards[0]).toMatchObject({ cardId, status: 'CARD_STATUS_VERIFY_FAIL', refuseReason: '非法代制' });
    expect(dump?.reviewEvents[0]).toMatchObject({ event: 'card_not_pass_check', refuseReason: '非法代制' });
    expect(await status(token, cardId)).toBe('CARD_STATUS_VERIFY_FAIL');
  });

  it('waits for the handle in manual mode, however far the clock moves', async () => {
    sandbox = await start({ defaultReview: { mode: 'manual' } });
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    sandbox.clock.advance(7_000_000);
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards[0]?.status).toBe('CARD_STATUS_NOT_VERIFY');
    expect(sandbox.review(DEMO_ACCOUNT.appid, cardId, { reject: '信息不全' })).toEqual({ ok: true, value: undefined });
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards[0]).toMatchObject({ status: 'CARD_STATUS_VERIFY_FAIL', refuseReason: '信息不全' });
    expect(sandbox.review(DEMO_ACCOUNT.appid, cardId, { approve: true }).ok).toBe(false);
  });

  it('starts a new review when an update changes a reviewed field', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    sandbox.clock.advance(60_000);
    await post(sandbox, '/card/update', token, { card_id: cardId, groupon: { base_info: { description: '新的说明' } } });
    expect(await status(token, cardId)).toBe('CARD_STATUS_NOT_VERIFY');
    sandbox.clock.advance(60_000);
    expect(await status(token, cardId)).toBe('CARD_STATUS_VERIFY_OK');
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.reviewEvents).toHaveLength(2);
  });
});
