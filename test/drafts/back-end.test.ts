// A batch targets one back end (issue 12): version-1 files are 微信卡券 batches, the back end is
// chosen at creation, kept by every copy, fixed once saved, and names the kind of account.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFT_BATCH_VERSION } from '../../common/drafts/draft';
import { draftsChannels } from '../../common/ipc/channels/drafts';
import { events } from '../../common/ipc/contract';
import { draftsHandlers } from '../../main/drafts/ipc-handlers';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { tempDir } from '../storage/temp-dir';
import { body, draftsIn, T0 } from './support';

const V1_ID = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const v1Batch = {
  schemaVersion: 1,
  id: V1_ID,
  name: '旧批次',
  accountId: 'acc-1',
  drafts: [{ id: 'd1', card: body('CASH'), after: { paycell: false, selfConsume: false, needVerifyCode: false, needRemarkAmount: false }, createdAt: T0, updatedAt: T0 }],
  createdAt: T0,
  updatedAt: T0,
};
const stockBody = { stock_name: '满100减20元', stock_type: 'NORMAL' };

describe('the back end of a batch', () => {
  it('reads a version-1 batch file as a 微信卡券 batch and writes it back as version 2', async () => {
    const dir = await tempDir();
    const { service } = draftsIn(dir);
    const file = join(dir, 'drafts', `${V1_ID}.json`);
    await service.create({ name: 'warm-up' }); // makes the folder
    await writeFile(file, JSON.stringify(v1Batch));
    const listed = await service.list();
    expect(listed.problems).toEqual([]);
    expect(listed.batches.find((b) => b.id === V1_ID)).toMatchObject({ backEnd: 'weixin_card', draftCount: 1 });
    const got = await service.get(V1_ID);
    expect(got).toMatchObject({ ok: true, value: { schemaVersion: DRAFT_BATCH_VERSION, backEnd: 'weixin_card', name: '旧批次' } });
    if (!got.ok) throw new Error('not read');
    expect((await service.save(got.value)).ok).toBe(true);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 2, backEnd: 'weixin_card' });
  });

  it('imports a version-1 export as 微信卡券 and refuses an unknown version by name', async () => {
    const { service } = draftsIn(await tempDir());
    const imported = await service.importJson(JSON.stringify(v1Batch));
    expect(imported).toMatchObject({ ok: true, value: { form: 'batch', batch: { backEnd: 'weixin_card' } } });
    const future = await service.importJson(JSON.stringify({ ...v1Batch, schemaVersion: 9 }));
    expect(future).toMatchObject({ ok: false, error: { code: 'import_shape' } });
    if (future.ok) throw new Error('accepted');
    expect(future.error.message['zh-CN']).toContain('版本 9');
    expect(future.error.message.en).toContain('supported: 1, 2');
  });

  it('keeps the back end chosen at creation through duplicate, clone, export and import', async () => {
    const { service } = draftsIn(await tempDir());
    const made = await service.create({ name: '商家券', backEnd: 'busifavor', accountId: 'mch-1', cards: [stockBody] });
    if (!made.ok) throw new Error('not made');
    expect(made.value.backEnd).toBe('busifavor');
    expect(await service.duplicate(made.value.id)).toMatchObject({ ok: true, value: { backEnd: 'busifavor' } });
    expect(await service.cloneToAccount(made.value.id, { accountId: 'mch-2' })).toMatchObject({ ok: true, value: { backEnd: 'busifavor', accountId: 'mch-2' } });
    const exported = await service.exportJson(made.value.id);
    if (!exported.ok) throw new Error('not exported');
    expect(await service.importJson(exported.value.text)).toMatchObject({ ok: true, value: { batch: { backEnd: 'busifavor' } } });
    expect(await service.importJson(JSON.stringify([{ card: { card_type: 'MEMBER_CARD', member_card: {} } }]), { backEnd: 'member_card' })).toMatchObject({ ok: true, value: { batch: { backEnd: 'member_card' } } });
    expect(await service.create({ name: '默认' })).toMatchObject({ ok: true, value: { backEnd: 'weixin_card' } });
  });

  it('refuses a save that changes the back end, saying what the batch creates', async () => {
    const { service } = draftsIn(await tempDir());
    const made = await service.create({ name: '商家券', backEnd: 'busifavor', cards: [stockBody] });
    if (!made.ok) throw new Error('not made');
    const changed = await service.save({ ...made.value, backEnd: 'weixin_card' });
    expect(changed).toMatchObject({ ok: false, error: { code: 'back_end_fixed', details: { stored: 'busifavor', wanted: 'weixin_card' } } });
    if (changed.ok) throw new Error('saved');
    expect(changed.error.message['zh-CN']).toContain('微信支付商家券');
    expect((await service.get(made.value.id)).ok && (await service.get(made.value.id))).toMatchObject({ value: { backEnd: 'busifavor' } });
  });

  it('over IPC, a 商家券 batch names a merchant account and a card batch an Official Account', async () => {
    const { service } = draftsIn(await tempDir());
    const handlers = draftsHandlers({ drafts: service, accountExists: async (id) => id === 'acc-1', merchantExists: async (id) => id === 'mch-1' });
    const router = createRouter({ contract: { channels: draftsChannels, events }, handlers, isTrustedSender: () => true, log: createMemoryLogger() });
    const call = (channel: keyof typeof draftsChannels, payload?: unknown) => router.dispatch(channel, payload, 'test') as Promise<{ ok: boolean; data?: { id?: string }; error?: { code: string; message: { en: string } } }>;
    expect(await call('drafts:create', { name: '商家券', backEnd: 'busifavor', accountId: 'mch-1' })).toMatchObject({ ok: true, data: { backEnd: 'busifavor', accountId: 'mch-1' } });
    const wrong = await call('drafts:create', { name: '商家券', backEnd: 'busifavor', accountId: 'acc-1' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    expect(wrong.error?.message.en).toContain('WeChat Pay merchant account');
    expect(await call('drafts:create', { name: '卡券', accountId: 'mch-1' })).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    const cards = await call('drafts:create', { name: '卡券', accountId: 'acc-1' });
    expect(await call('drafts:cloneToAccount', { batchId: cards.data?.id, accountId: 'mch-1' })).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    expect(await call('drafts:list')).toMatchObject({ ok: true, data: { batches: [{ backEnd: 'weixin_card' }, { backEnd: 'busifavor' }] } });
  });
});
