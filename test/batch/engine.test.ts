import { afterEach, describe, expect, it } from 'vitest';
import { localImageRef } from '../../common/coupon/local-image';
import type { DraftProgress, RunProgress } from '../../common/ipc/channels/batch';
import { accountClients } from '../../main/batch/clients';
import { applyCell } from '../../main/history/cells';
import { intakeImage } from '../../main/images/intake';
import { smallJpeg } from '../images/fixtures';
import { couponBody, sandboxAccount, startEngineFixture, type EngineFixture } from './support';

let fixture: EngineFixture | undefined;
afterEach(async () => {
  await fixture?.stop();
  fixture = undefined;
});

type Body = Record<string, unknown>;
/** The base_info of a CASH body from couponBody. */
const baseOf = (body: Body) => (body as { card: { cash: { base_info: Record<string, unknown> } } }).card.cash.base_info;

async function runToEnd(f: EngineFixture, batchId: string) {
  const started = await f.engine.start(batchId);
  if (!started.ok) throw new Error(started.error.message.en);
  const final = await f.engine.settled(started.value.runId);
  if (!final) throw new Error('no final status');
  return final;
}

/** The record of the draft titled by couponBody(…, n) in a batch. */
const recordOf = (f: EngineFixture, n: number, batchId: string) => f.history.all().find((r) => r.kind === 'op' && r.batchId === batchId && r.title === `测试券${n}号`);

describe('batch engine against the sandbox', () => {
  it('creates every draft, sets paycell and self-redemption after creation, and records 43017/45046/40145 without losing the card', async () => {
    const account = sandboxAccount(21);
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const now = f.sandbox.clock.now();
    const bodies = Array.from({ length: 7 }, (_, i) => couponBody(now, i));
    delete baseOf(bodies[3] as Body).use_all_locations; // paycell without a store → 43017
    Object.assign(baseOf(bodies[5] as Body), { center_title: '立即使用', center_url: 'https://example.com/use' }); // paycell beside a centre cell → 40145
    Object.assign(baseOf(bodies[6] as Body), { center_title: '立即使用', center_url: 'https://example.com/use' }); // self-redemption beside center_url → 45046
    const wishes = [{}, { paycell: true }, { selfConsume: true, needVerifyCode: true }, { paycell: true }, { paycell: true, selfConsume: true }, { paycell: true }, { selfConsume: true }];
    const batchId = await f.makeBatch(account.appid, bodies, (i) => wishes[i] ?? {});
    const final = await runToEnd(f, batchId);

    expect(final.status).toBe('done');
    expect(final.counts).toMatchObject({ created: 7, failed: 0, cellFailed: 4, queued: 0, unknown: 0 });
    const cards = new Map(f.sandbox.dump().accounts[account.appid]?.cards.map((c) => [c.cardId, c]));
    expect(cards.size).toBe(7);
    const rec = (i: number) => recordOf(f, i, batchId);
    for (let i = 0; i < 7; i++) expect(cards.has(rec(i)?.cardId ?? '')).toBe(true);
    expect(rec(1)?.paycell.state).toBe('set');
    expect(cards.get(rec(1)?.cardId ?? '')?.payCell).toBe(true);
    expect(rec(2)?.selfConsume).toMatchObject({ state: 'set', needVerifyCode: true });
    expect(cards.get(rec(2)?.cardId ?? '')?.selfConsumeCell).toMatchObject({ is_open: true, need_verify_cod: true });
    expect(rec(3)).toMatchObject({ state: 'created', paycell: { state: 'failed', error: { errcode: 43017 } } });
    expect(rec(4)).toMatchObject({ paycell: { state: 'set' }, selfConsume: { state: 'failed', error: { errcode: 45046 } } });
    expect(rec(5)).toMatchObject({ state: 'created', paycell: { state: 'failed', error: { errcode: 40145 } } });
    expect(rec(6)).toMatchObject({ state: 'created', selfConsume: { state: 'failed', error: { errcode: 45046 } } });
    expect(rec(6)?.selfConsume.error?.message['zh-CN']).toContain('45046');

    // Per-draft progress went through the phases; the run's first and last events say running and done.
    const drafts = f.progress.filter((p): p is DraftProgress => p.scope === 'draft' && p.draftId === rec(1)?.draftId);
    expect(drafts.map((p) => p.phase)).toEqual(['validating', 'uploading', 'creating', 'cells', 'done']);
    const runs = f.progress.filter((p): p is RunProgress => p.scope === 'batch');
    expect(runs[0]?.run.status).toBe('running');
    expect(runs.at(-1)?.run).toMatchObject({ status: 'done', counts: { created: 7 } });

    // After creation, per coupon: Checkout off, self-redemption on.
    expect(f.engine.stats().creates).toBe(7);
    const clients = accountClients({ accounts: f.local.accounts, sandboxBaseUrl: () => f.sandbox.baseUrl });
    const acc = await clients.clientFor(f.accountIds.get(account.appid) ?? '');
    if (!acc.ok) throw new Error('no client');
    const off = await applyCell(f.history, acc.value.client, rec(1)?.id ?? '', 'paycell', false);
    expect(off.ok && off.value.paycell.state).toBe('off');
    const on = await applyCell(f.history, acc.value.client, rec(1)?.id ?? '', 'selfConsume', true, { needRemarkAmount: true });
    expect(on.ok && on.value.selfConsume).toMatchObject({ state: 'set', needRemarkAmount: true });
    expect(f.sandbox.dump().accounts[account.appid]?.cards.find((c) => c.cardId === rec(1)?.cardId)).toMatchObject({ payCell: false, selfConsumeCell: { is_open: true } });

    // A second run of the same batch sends nothing: every draft already has its card.
    const again = await runToEnd(f, batchId);
    expect(again.counts).toMatchObject({ created: 0, alreadyCreated: 7 });
    expect(f.sandbox.dump().accounts[account.appid]?.cards.length).toBe(7);
  });

  it('skips drafts the validator refuses (findings kept), records Weixin refusals, and sends the rest', async () => {
    const account = sandboxAccount(22);
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const now = f.sandbox.clock.now();
    const bodies = Array.from({ length: 5 }, (_, i) => couponBody(now, i));
    baseOf(bodies[1] as Body).title = '1000元面值充值卡哈哈'; // 28 bytes → 45021
    delete baseOf(bodies[2] as Body).brand_name; // → 41011
    Object.assign(baseOf(bodies[3] as Body), { use_all_locations: false, location_id_list: [123] }); // not a store of the account → 40098 from Weixin
    baseOf(bodies[4] as Body).logo_url = localImageRef('a'.repeat(64)); // not in the image folder
    const batchId = await f.makeBatch(account.appid, bodies);
    const final = await runToEnd(f, batchId);

    expect(final.counts).toMatchObject({ created: 1, invalid: 2, failed: 2 });
    const byDraft = (n: number) => recordOf(f, n, batchId);
    expect(f.history.all().find((r) => r.title === '1000元面值充值卡哈哈')).toMatchObject({ state: 'invalid', attempts: 0, findings: [{ path: 'card.cash.base_info.title', errcode: 45021 }] });
    expect(byDraft(2)).toMatchObject({ state: 'invalid', findings: [{ errcode: 41011 }] });
    expect(byDraft(3)).toMatchObject({ state: 'failed', attempts: 1, error: { kind: 'weixin', errcode: 40098 } });
    expect(byDraft(3)?.error?.rid).toBeTruthy();
    expect(byDraft(4)).toMatchObject({ state: 'failed', attempts: 0, error: { kind: 'image_missing' } });
    const account1 = f.sandbox.dump().accounts[account.appid];
    expect(account1?.cards.length).toBe(1);
    expect(account1?.rejections.length).toBe(1);
  });

  it('uploads one logo once for 50 drafts, and not again for a second batch', async () => {
    const account = sandboxAccount(23);
    fixture = await startEngineFixture({ accounts: [account] });
    const f = fixture;
    const logo = await intakeImage(f.local.images, 'logo', { kind: 'buffer', data: await smallJpeg(5) });
    if (!logo.ok) throw new Error('intake failed');
    const now = f.sandbox.clock.now();
    const withLogo = (i: number) => {
      const body = couponBody(now, i);
      baseOf(body).logo_url = localImageRef(logo.value.hash);
      return body;
    };
    const first = await runToEnd(f, await f.makeBatch(account.appid, Array.from({ length: 50 }, (_, i) => withLogo(i))));
    expect(first.counts.created).toBe(50);
    const second = await runToEnd(f, await f.makeBatch(account.appid, Array.from({ length: 5 }, (_, i) => withLogo(100 + i))));
    expect(second.counts.created).toBe(5);
    const dump = f.sandbox.dump();
    expect(dump.endpointCounts['/cgi-bin/media/uploadimg']).toBe(1);
    const logos = new Set(dump.accounts[account.appid]?.cards.map((c) => (JSON.parse(c.rawBody) as { card: { cash: { base_info: { logo_url: string } } } }).card.cash.base_info.logo_url));
    expect(logos.size).toBe(1);
    expect([...logos][0]).toMatch(/^https?:\/\/mmbiz\.qpic\.cn\//);
  });
});
