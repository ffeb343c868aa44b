import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AFTER_CREATE_NONE, type DraftBatch } from '../../common/drafts/draft';
import { listFiles, tempDir } from '../storage/temp-dir';
import { body, draftsIn, T0 } from './support';

const id = (n: number) => `aaaaaaaa-bbbb-4ccc-8ddd-${String(n).padStart(12, '0')}`;

async function created(service: ReturnType<typeof draftsIn>['service'], name: string, cards: Record<string, unknown>[] = []): Promise<DraftBatch> {
  const made = await service.create({ name, cards });
  if (!made.ok) throw new Error('create failed');
  return made.value;
}

describe('drafts service', () => {
  it('creates a batch (one file under drafts/) and reads it back', async () => {
    const dir = await tempDir();
    const { service } = draftsIn(dir);
    const batch = await created(service, ' 春节活动 ', [body('CASH'), body('DISCOUNT')]);
    expect(batch).toMatchObject({ schemaVersion: 2, id: id(1), name: '春节活动', backEnd: 'weixin_card', accountId: null, createdAt: T0, updatedAt: T0 });
    expect(batch.drafts.map((d) => d.id)).toEqual([id(2), id(3)]);
    expect(batch.drafts[0]).toMatchObject({ card: body('CASH'), after: AFTER_CREATE_NONE, createdAt: T0 });
    expect(await listFiles(dir)).toEqual([`drafts/${id(1)}.json`]);
    expect(await draftsIn(dir).service.get(id(1))).toEqual({ ok: true, value: batch });
  });

  it('saves an invalid coupon as it is (shape only), but refuses a batch of the wrong shape', async () => {
    const dir = await tempDir();
    const { service, clock } = draftsIn(dir);
    const batch = await created(service, 'A');
    const tooLongTitle = { card: { card_type: 'CASH', cash: { base_info: { title: '标题'.repeat(30) } } } };
    const edited = { ...batch, drafts: [{ id: 'd1', card: tooLongTitle, after: AFTER_CREATE_NONE, createdAt: T0, updatedAt: T0 }] };
    clock.set(T0 + 1000);
    expect(await service.save(edited)).toEqual({ ok: true, value: { id: batch.id, name: 'A', backEnd: 'weixin_card', accountId: null, draftCount: 1, createdAt: T0, updatedAt: T0 + 1000 } });
    expect(await service.get(batch.id)).toMatchObject({ ok: true, value: { drafts: [{ card: tooLongTitle }] } });
    const wrong = await service.save({ ...batch, drafts: 'not an array' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_batch' } });
    expect(await service.save({ ...batch, id: '../escape' })).toMatchObject({ ok: false, error: { code: 'invalid_batch' } });
  });

  it('renames, duplicates with new draft ids, and deletes into drafts/.trash', async () => {
    const dir = await tempDir();
    const { service } = draftsIn(dir);
    const batch = await created(service, 'A', [body()]);
    expect(await service.rename(batch.id, '  B ')).toMatchObject({ ok: true, value: { name: 'B' } });
    const copy = await service.duplicate(batch.id);
    expect(copy).toMatchObject({ ok: true, value: { id: id(3), name: 'B（副本）', draftCount: 1 } });
    const copied = await service.get(id(3));
    expect(copied.ok && copied.value.drafts[0]?.id).toBe(id(4));
    expect(copied.ok && copied.value.drafts[0]?.card).toEqual(body());
    expect(await service.remove(batch.id)).toEqual({ ok: true, value: join(dir, 'drafts', '.trash', `${batch.id}.deleted-20260115T040000000Z.json`) });
    expect((await service.list()).batches.map((b) => b.id)).toEqual([id(3)]);
    expect(await service.get(batch.id)).toMatchObject({ ok: false, error: { code: 'batch_not_found' } });
    expect(await readFile(join(dir, 'drafts', '.trash', `${batch.id}.deleted-20260115T040000000Z.json`), 'utf8')).toContain('"B"');
  });

  it('clones to another account with new ids and the per-account substitutions, leaving the source alone', async () => {
    const { service } = draftsIn(await tempDir());
    const noBase = { card: { card_type: 'CASH', cash: {} } };
    const batch = await created(service, '通用设计', [body('CASH'), body('GIFT'), noBase]);
    const substitutions = { brand_name: '客户乙', logo_url: `local-image:${'a'.repeat(64)}`, service_phone: '020-12345678', location_id_list: [287640011], color: 'Color090' };
    const clone = await service.cloneToAccount(batch.id, { accountId: 'client-b', substitutions });
    expect(clone).toMatchObject({ ok: true, value: { name: '通用设计', accountId: 'client-b', draftCount: 3 } });
    const cloned = clone.ok ? await service.get(clone.value.id) : undefined;
    if (!cloned?.ok) throw new Error('clone missing');
    expect(cloned.value.drafts.map((d) => d.id)).not.toContain(batch.drafts[0]?.id);
    expect((cloned.value.drafts[0]?.card.card as { cash: { base_info: object } }).cash.base_info).toMatchObject(substitutions);
    expect((cloned.value.drafts[1]?.card.card as { gift: { base_info: object } }).gift.base_info).toMatchObject(substitutions);
    expect(cloned.value.drafts[2]?.card).toEqual(noBase);
    expect(await service.get(batch.id)).toEqual({ ok: true, value: batch });
  });

  it('moves a corrupt batch file aside and reports it; the other batches still load', async () => {
    const dir = await tempDir();
    const { service } = draftsIn(dir);
    const good = await created(service, 'good');
    await writeFile(join(dir, 'drafts', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb.json'), '{"schemaVersion":1,"id":"x","drafts":[');
    const listed = await service.list();
    expect(listed.batches.map((b) => b.id)).toEqual([good.id]);
    expect(listed.problems).toMatchObject([
      { reason: 'invalid_json', movedTo: join(dir, 'drafts', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb.corrupt-20260115T040000000Z.json') },
    ]);
    expect((await service.list()).problems).toHaveLength(1);
  });

  it('lists newest first', async () => {
    const { service, clock } = draftsIn(await tempDir());
    await created(service, 'old');
    clock.set(T0 + 60_000);
    await created(service, 'new');
    expect((await service.list()).batches.map((b) => b.name)).toEqual(['new', 'old']);
  });
});
