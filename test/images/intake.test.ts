import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { imagesChannels } from '../../common/ipc/channels/images';
import { events } from '../../common/ipc/contract';
import { createImageStore } from '../../main/images/image-store';
import { intakeImage } from '../../main/images/intake';
import { imagesHandlers } from '../../main/images/ipc-handlers';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { dataLayout } from '../../main/storage/layout';
import { listFiles, tempDir } from '../storage/temp-dir';
import { gif, smallJpeg, transparentLogoPng } from './fixtures';

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('image intake', () => {
  it('stores the processed bytes as images/<sha256>.jpg and answers the local-image ref with a thumbnail', async () => {
    const dir = await tempDir();
    const store = createImageStore({ dir: dataLayout(dir).imagesDir });
    const taken = await intakeImage(store, 'logo', { kind: 'buffer', data: await smallJpeg() });
    if (!taken.ok) throw new Error(taken.error.message.en);
    const { hash, ref, width, height, bytes, format, role, preview } = taken.value;
    expect({ width, height, format, role }).toEqual({ width: 300, height: 300, format: 'jpeg', role: 'logo' });
    expect(ref).toBe(`local-image:${hash}`);
    expect(await listFiles(dir)).toEqual([`images/${hash}.jpg`]);
    const file = await store.read(hash);
    expect(file && sha(file.data)).toBe(hash);
    expect(file?.data.length).toBe(bytes);
    expect(preview).toMatch(/^data:image\/jpeg;base64,/);
    const thumb = await sharp(Buffer.from(preview.split(',')[1] ?? '', 'base64')).metadata();
    expect(Math.max(thumb.width, thumb.height)).toBeLessThanOrEqual(160);
    // The same picture twice is one file.
    const again = await intakeImage(store, 'logo', { kind: 'buffer', data: await smallJpeg() });
    expect(again.ok && again.value.hash).toBe(hash);
    expect(await listFiles(dir)).toHaveLength(1);
  });

  it('reads a dropped file by absolute path, judging it by content, not extension', async () => {
    const dir = await tempDir();
    const store = createImageStore({ dir: join(dir, 'images') });
    const path = join(dir, 'logo.jpg');
    await writeFile(path, await transparentLogoPng());
    const taken = await intakeImage(store, 'logo', { kind: 'path', path });
    expect(taken).toMatchObject({ ok: true, value: { format: 'png', width: 300 } });
    expect(await intakeImage(store, 'logo', { kind: 'path', path: 'relative/logo.jpg' })).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
    expect(await intakeImage(store, 'logo', { kind: 'path', path: join(dir, 'missing.png') })).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
  });
});

describe('images IPC handlers', () => {
  async function harness() {
    const dir = await tempDir();
    const images = createImageStore({ dir: join(dir, 'images') });
    const router = createRouter({ contract: { channels: imagesChannels, events }, handlers: imagesHandlers({ images }), isTrustedSender: () => true, log: createMemoryLogger() });
    const call = (channel: keyof typeof imagesChannels, payload: unknown) =>
      router.dispatch(channel, payload, 'test') as Promise<{ ok: boolean; data?: Record<string, unknown>; error?: { code: string; message: { en: string } } }>;
    return { dir, call };
  }

  it('take base64 bytes from the renderer and give the stored image back by hash (schema-checked)', async () => {
    const { call } = await harness();
    const taken = await call('images:intake', { role: 'cover', source: { kind: 'bytes', base64: (await smallJpeg()).toString('base64'), name: 'banner.jpg' } });
    expect(taken).toMatchObject({ ok: true, data: { role: 'cover', width: 850, height: 350, format: 'jpeg' } });
    const hash = String(taken.data?.hash);
    expect(await call('images:get', { hash })).toMatchObject({ ok: true, data: { hash, ref: `local-image:${hash}`, width: 850, height: 350 } });
    expect(await call('images:get', { hash: 'f'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'image_not_found' } });
  });

  it('refuse a GIF with a bilingual message naming the detected type', async () => {
    const { call, dir } = await harness();
    const refused = await call('images:intake', { role: 'logo', source: { kind: 'bytes', base64: (await gif()).toString('base64'), name: 'logo.png' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'image_unsupported_type', details: { detected: 'gif' } } });
    expect(refused.error?.message.en).toMatch(/"logo\.png" is actually GIF/);
    expect(await listFiles(dir)).toEqual([]);
  });
});
