// A draft whose identical card is already on Weixin (made before the history was lost, or
// elsewhere) is linked to it instead of being sent; the app's preflight lists those cards; a copy
// is made only when asked. Real engine, real sandbox over loopback HTTP, real files.
import { afterEach, describe, expect, it } from 'vitest';
import { legacyFingerprintOfBody } from '../../main/batch/fingerprint';
import { opIdOf } from '../../main/batch/ids';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

const account = sandboxAccount(81);

async function setUp(): Promise<{ f: EngineFixture; client: WeixinClient; accountId: string }> {
  fixture = await startEngineFixture({ accounts: [account] });
  const f = fixture;
  const created = createWeixinClient({ appid: account.appid, secret: async () => account.secret, baseUrl: f.sandbox.baseUrl });
  if (!created.ok) throw new Error('client');
  return { f, client: created.value, accountId: f.accountIds.get(account.appid) as string };
}

/** A card made on the account outside this history (another computer, a lost data directory). */
async function madeElsewhere(client: WeixinClient, body: Record<string, unknown>): Promise<string> {
  const made = await client.createCard(body);
  if (!made.ok) throw new Error(made.error.message.en);
  return made.value.cardId;
}

const cardsOnServer = (f: EngineFixture) => f.sandbox.dump().accounts[account.appid]?.cards ?? [];

describe('drafts already on Weixin', () => {
  it('the preflight lists the identical card; the run links it ("found on Weixin") and creates only the other draft', async () => {
    const { f, client } = await setUp();
    const now = f.sandbox.clock.now();
    const existing = await madeElsewhere(client, couponBody(now, 1));
    const batchId = await f.makeBatch(account.appid, [couponBody(now, 1), couponBody(now, 2)]);
    const checked = await f.engine.preflight(batchId);
    if (!checked.ok) throw new Error(checked.error.message.en);
    expect(checked.value).toMatchObject({ drafts: 2, linked: 1, existingCards: { cards: 1, listCalls: 1, getCalls: 1, cold: true } });
    expect(checked.value.matches).toEqual([expect.objectContaining({ title: '测试券1号', linkTo: existing, identical: [expect.objectContaining({ cardId: existing, status: 'CARD_STATUS_NOT_VERIFY' })] })]);

    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const done = await f.waitForStatus(started.value.runId, ['done']);
    expect(done.counts).toMatchObject({ created: 1, found: 1, failed: 0 });
    // The preflight's lookup served the start: nothing listed twice.
    expect(done.existingCards).toMatchObject({ listCalls: 1, getCalls: 1 });
    expect(cardsOnServer(f)).toHaveLength(2);
    const accountId = f.accountIds.get(account.appid) as string;
    const batch = await f.local.drafts.get(batchId);
    if (!batch.ok) throw new Error('batch');
    const first = f.history.get(opIdOf(accountId, batchId, batch.value.drafts[0]?.id ?? ''));
    expect(first).toMatchObject({ state: 'created', cardId: existing, attempts: 0, flags: { found: true, duplicate: false, orphan: false } });
  });

  it('a deliberate copy (allowDuplicates) sends every draft, and its resume stays a copy', async () => {
    const { f, client } = await setUp();
    const now = f.sandbox.clock.now();
    await madeElsewhere(client, couponBody(now, 1));
    const batchId = await f.makeBatch(account.appid, [couponBody(now, 1)]);
    const started = await f.engine.start(batchId, { allowDuplicates: true });
    if (!started.ok) throw new Error(started.error.message.en);
    const done = await f.waitForStatus(started.value.runId, ['done']);
    expect(done.counts).toMatchObject({ created: 1, found: 0 });
    expect(done.existingCards).toBeUndefined();
    expect(cardsOnServer(f)).toHaveLength(2);
    expect(f.history.run(started.value.runId)).toMatchObject({ allowDuplicates: true });
  });

  it('a deleted identical card, or one edited since it was cached, is not linked: the draft is created', async () => {
    const { f, client } = await setUp();
    const now = f.sandbox.clock.now();
    const deleted = await madeElsewhere(client, couponBody(now, 1));
    expect((await client.deleteCard(deleted)).ok).toBe(true);
    const edited = await madeElsewhere(client, couponBody(now, 2));
    const batchId = await f.makeBatch(account.appid, [couponBody(now, 1), couponBody(now, 2)]);
    // Cached now, as identical; then edited on the platform before the run.
    const first = await f.engine.preflight(batchId);
    expect(first.ok && first.value.linked).toBe(1);
    expect((await client.updateCard(edited, 'CASH', { base_info: { notice: '改过的说明' } })).ok).toBe(true);
    const second = await f.engine.preflight(batchId);
    expect(second.ok && second.value.existingCards).toMatchObject({ getCalls: 0, cached: 2 });
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const done = await f.waitForStatus(started.value.runId, ['done']);
    expect(done.counts).toMatchObject({ created: 2, found: 0 });
    expect(cardsOnServer(f)).toHaveLength(4);
  });

  it('reconcile still recognises the card of a record journaled with a version-1 fingerprint', async () => {
    const { f, client, accountId } = await setUp();
    const body = couponBody(f.sandbox.clock.now(), 1);
    const cardId = await madeElsewhere(client, body);
    const recordId = opIdOf(accountId, 'old-batch', 'old-draft');
    const written = await f.history.write(recordId, 'unknown', {
      kind: 'op',
      accountId,
      accountName: 'old',
      appid: account.appid,
      batchId: 'old-batch',
      draftId: 'old-draft',
      fingerprint: legacyFingerprintOfBody(body) ?? null,
      state: 'unknown',
      attempts: 1,
    });
    expect(written.ok).toBe(true);
    const pass = await f.engine.reconcileAccount(accountId);
    expect(pass.ok && pass.value.adopted).toEqual([recordId]);
    expect(f.history.get(recordId)).toMatchObject({ state: 'created', cardId });
  });

  it('a card that differs only in advanced_info or a limit is not identical: the draft is created, not linked to it', async () => {
    const { f, client } = await setUp();
    const now = f.sandbox.clock.now();
    const withService = (service: string, n: number) => {
      const body = couponBody(now, n) as { card: { cash: { base_info: Record<string, unknown>; advanced_info: Record<string, unknown> } } };
      body.card.cash.advanced_info = { ...body.card.cash.advanced_info, business_service: [service] };
      return body as unknown as Record<string, unknown>;
    };
    const withLimit = (limit: number) => {
      const body = couponBody(now, 2) as { card: { cash: { base_info: Record<string, unknown> } } };
      body.card.cash.base_info.get_limit = limit;
      return body as unknown as Record<string, unknown>;
    };
    await madeElsewhere(client, withService('BIZ_SERVICE_FREE_PARK', 1));
    await madeElsewhere(client, withLimit(5));
    const batchId = await f.makeBatch(account.appid, [withService('BIZ_SERVICE_FREE_WIFI', 1), withLimit(6)]);
    const checked = await f.engine.preflight(batchId);
    expect(checked.ok && checked.value.matches).toEqual([]);
    const started = await f.engine.start(batchId);
    if (!started.ok) throw new Error(started.error.message.en);
    const done = await f.waitForStatus(started.value.runId, ['done']);
    expect(done.counts).toMatchObject({ created: 2, found: 0 });
    expect(cardsOnServer(f)).toHaveLength(4);
  });
});
