import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftsChannels } from '../../common/ipc/channels/drafts';
import { events } from '../../common/ipc/contract';
import { draftsHandlers } from '../../main/drafts/ipc-handlers';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { tempDir } from '../storage/temp-dir';
import { body, draftsIn } from './support';

async function harness() {
  const dir = await tempDir();
  const { service } = draftsIn(dir);
  const log = createMemoryLogger();
  const handlers = draftsHandlers({ drafts: service, accountExists: async (id) => id === 'acc-1', merchantExists: async (id) => id === 'mch-1' });
  const router = createRouter({ contract: { channels: draftsChannels, events }, handlers, isTrustedSender: () => true, log });
  const call = (channel: keyof typeof draftsChannels, payload?: unknown) =>
    router.dispatch(channel, payload, 'test') as Promise<{ ok: boolean; data?: Record<string, unknown> & { id?: string }; error?: { code: string } }>;
  return { dir, call, log };
}

describe('drafts IPC handlers', () => {
  it('run the whole flow within the contract (every response schema-checked by the router)', async () => {
    const { call, log } = await harness();
    const created = await call('drafts:create', { name: '批次', accountId: 'acc-1', cards: [body()] });
    expect(created).toMatchObject({ ok: true, data: { name: '批次', accountId: 'acc-1' } });
    const batchId = String(created.data?.id);
    const got = await call('drafts:get', { batchId });
    expect(got.ok).toBe(true);
    expect(await call('drafts:save', { batch: got.data })).toMatchObject({ ok: true, data: { id: batchId, draftCount: 1 } });
    expect(await call('drafts:rename', { batchId, name: '新名字' })).toMatchObject({ ok: true, data: { name: '新名字' } });
    const dup = await call('drafts:duplicate', { batchId });
    expect(dup).toMatchObject({ ok: true, data: { name: '新名字（副本）' } });
    expect(await call('drafts:cloneToAccount', { batchId, accountId: 'acc-1', substitutions: { brand_name: '乙' } })).toMatchObject({ ok: true, data: { accountId: 'acc-1' } });
    const exported = await call('drafts:exportJson', { batchId });
    expect(exported).toMatchObject({ ok: true, data: { fileName: '新名字.json' } });
    expect(await call('drafts:importJson', { text: String(exported.data?.text) })).toMatchObject({ ok: true, data: { form: 'batch', imported: 1 } });
    expect(await call('drafts:delete', { batchId })).toEqual({ ok: true, data: null });
    expect(await call('drafts:list')).toMatchObject({ ok: true, data: { problems: [] } });
    expect(((await call('drafts:list')).data?.batches as unknown[]).length).toBe(3);
    expect(log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('refuses an unknown account, a missing batch and malformed import text as bilingual envelopes', async () => {
    const { call } = await harness();
    expect(await call('drafts:create', { name: 'x', accountId: 'ghost' })).toMatchObject({ ok: false, error: { code: 'unknown_account' } });
    expect(await call('drafts:get', { batchId: '5f0c9e2a-7b4d-4c36-8e2f-9a0b1d7c4e58' })).toMatchObject({ ok: false, error: { code: 'batch_not_found' } });
    expect(await call('drafts:get', { batchId: '../accounts' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('drafts:importJson', { text: '{"card": }' })).toMatchObject({ ok: false, error: { code: 'import_syntax', details: { line: 1, column: 10 } } });
  });

  it('lists a corrupt batch as a problem with the moved-aside path', async () => {
    const { dir, call } = await harness();
    await call('drafts:create', { name: 'ok' });
    await writeFile(join(dir, 'drafts', 'cccccccc-cccc-4ccc-8ccc-cccccccccccc.json'), '{"schemaVersion": 2}');
    const listed = await call('drafts:list');
    expect(listed).toMatchObject({ ok: true, data: { batches: [{ name: 'ok' }], problems: [{ code: 'corrupt_document', reason: 'schema_violation' }] } });
    const problem = (listed.data?.problems as { movedTo: string; message: { en: string } }[])[0];
    expect(problem?.movedTo).toMatch(/cccccccc-cccc-4ccc-8ccc-cccccccccccc\.corrupt-\d{8}T\d{9}Z\.json$/);
    expect(problem?.message.en).toContain(String(problem?.movedTo));
  });
});

describe('drafts:decodeImportFile: the app hands main a file\'s bytes', () => {
  it('names a GBK file (import_encoding, convertible) and converts it when asked', async () => {
    const { call } = await harness();
    // {"t":"免费"} with 免费 in GBK.
    const gbk = Buffer.concat([Buffer.from('{"t":"'), Buffer.from([0xc3, 0xe2, 0xb7, 0xd1]), Buffer.from('"}')]).toString('base64');
    const refused = (await call('drafts:decodeImportFile', { fileName: 'a.json', base64: gbk })) as { ok: boolean; error?: { code: string; message: { en: string }; details: unknown } };
    expect(refused).toMatchObject({ ok: false, error: { code: 'import_encoding', details: { encoding: 'gbk', convertible: true } } });
    expect(refused.error?.message.en).toMatch(/looks like GBK.*Convert to UTF-8 and import/);
    expect(await call('drafts:decodeImportFile', { fileName: 'a.json', base64: gbk, convert: true })).toEqual({ ok: true, data: { text: '{"t":"免费"}', convertedFrom: 'gbk' } });
    expect(await call('drafts:decodeImportFile', { fileName: 'b.json', base64: Buffer.from('{"t":"免费"}').toString('base64') })).toEqual({ ok: true, data: { text: '{"t":"免费"}', convertedFrom: null } });
  });
});
