import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../common/clock';
import { findLocalImageRefs, localImageRef } from '../../common/coupon/local-image';
import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { createImageStore } from '../../main/images/image-store';
import { intakeImage } from '../../main/images/intake';
import { createImageResolver, type ImageUploader } from '../../main/images/resolve-refs';
import { createUploadCache, uploadCacheSchema } from '../../main/images/upload-cache';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { createDocumentCollection } from '../../main/storage/collection';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { dataLayout } from '../../main/storage/layout';
import { tempDir } from '../storage/temp-dir';
import { smallJpeg } from './fixtures';

const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** Image store + cache + resolver over a data dir (a second call on the same dir = a restart). */
function imagesIn(dataDir: string) {
  const layout = dataLayout(dataDir);
  const store = createImageStore({ dir: layout.imagesDir });
  const collection = createDocumentCollection({ dir: layout.uploadCacheDir, schema: uploadCacheSchema, openDocument: confDocumentOpener({ clock: fixedClock(T0), retry: NO_WAIT_RETRY }) });
  const cache = createUploadCache({ collection, clock: fixedClock(T0) });
  return { store, cache, resolver: createImageResolver({ store, cache }) };
}

/** An uploader that records calls and answers mmbiz-like URLs; `gate` can hold uploads open. */
function recordingUploader(gate?: Promise<void>) {
  const calls: { filename: string; contentType: string; bytes: number }[] = [];
  let started: () => void = () => undefined;
  const firstStarted = new Promise<void>((resolve) => (started = resolve));
  const uploader: ImageUploader = {
    async uploadImage(bytes, filename, contentType): Promise<Result<{ url: string }, { message: ReturnType<typeof localized> }>> {
      calls.push({ filename, contentType, bytes: bytes.length });
      started();
      await gate;
      return ok({ url: `http://mmbiz.qpic.cn/mmbiz_jpg/${filename.slice(0, 16)}/0` });
    },
  };
  return { uploader, calls, firstStarted };
}

async function twoImages(store: ReturnType<typeof imagesIn>['store']) {
  const a = await intakeImage(store, 'logo', { kind: 'buffer', data: await smallJpeg(1) });
  const b = await intakeImage(store, 'detail', { kind: 'buffer', data: await smallJpeg(2) });
  if (!a.ok || !b.ok) throw new Error('intake failed');
  return [a.value.hash, b.value.hash] as const;
}

const cardWith = (logo: string, icon: string, details: string[]) => ({
  card: {
    card_type: 'GENERAL_COUPON',
    general_coupon: {
      base_info: { logo_url: logo, title: '测试' },
      advanced_info: { abstract: { abstract: '摘要', icon_url_list: [icon] }, text_image_list: details.map((image_url) => ({ image_url, text: '图文' })) },
      default_detail: '说明',
    },
  },
});

describe('resolveImageRefs', () => {
  it('uploads each distinct image once per account and replaces every reference', async () => {
    const dir = await tempDir();
    const { store, resolver } = imagesIn(dir);
    const [a, b] = await twoImages(store);
    const body = cardWith(localImageRef(a), localImageRef(a), [localImageRef(b), localImageRef(a)]);
    const { uploader, calls } = recordingUploader();
    const first = await resolver.resolveImageRefs(body, 'acc-1', uploader);
    if (!first.ok) throw new Error(first.error.message.en);
    expect(first.value).toMatchObject({ uploaded: 2, reused: 0 });
    expect(findLocalImageRefs(first.value.body)).toEqual([]);
    const resolved = first.value.body.card.general_coupon;
    expect(resolved.base_info.logo_url).toBe(`http://mmbiz.qpic.cn/mmbiz_jpg/${a.slice(0, 16)}/0`);
    expect(resolved.advanced_info.text_image_list.map((t) => t.image_url)).toEqual([`http://mmbiz.qpic.cn/mmbiz_jpg/${b.slice(0, 16)}/0`, resolved.base_info.logo_url]);
    expect(calls.map((c) => c.contentType)).toEqual(['image/jpeg', 'image/jpeg']);
    expect(body.card.general_coupon.base_info.logo_url).toBe(localImageRef(a));

    // Cached (and persisted): the same account uploads nothing again, even after a restart…
    expect(await resolver.resolveImageRefs(body, 'acc-1', uploader)).toMatchObject({ ok: true, value: { uploaded: 0, reused: 2 } });
    expect(await imagesIn(dir).resolver.resolveImageRefs(body, 'acc-1', uploader)).toMatchObject({ ok: true, value: { uploaded: 0, reused: 2 } });
    expect(calls).toHaveLength(2);
    // …but another account's URLs are its own.
    expect(await resolver.resolveImageRefs(body, 'acc-2', uploader)).toMatchObject({ ok: true, value: { uploaded: 2 } });
    expect(calls).toHaveLength(4);
  });

  it('shares one upload between concurrent callers for the same image (single-flight)', async () => {
    const { store, resolver } = imagesIn(await tempDir());
    const [a] = await twoImages(store);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { uploader, calls, firstStarted } = recordingUploader(gate);
    const body = cardWith(localImageRef(a), localImageRef(a), [localImageRef(a)]);
    const racing = Array.from({ length: 20 }, () => resolver.resolveImageRefs(body, 'acc-1', uploader));
    await firstStarted;
    release();
    const results = await Promise.all(racing);
    expect(calls).toHaveLength(1);
    expect(new Set(results.map((r) => (r.ok ? r.value.body.card.general_coupon.base_info.logo_url : 'failed'))).size).toBe(1);
  });

  it('reports an image this computer does not have, with every path that uses it', async () => {
    const { resolver } = imagesIn(await tempDir());
    const missing = 'e'.repeat(64);
    const result = await resolver.resolveImageRefs(cardWith(localImageRef(missing), 'http://mmbiz.qpic.cn/x/0', []), 'acc-1', recordingUploader().uploader);
    expect(result).toMatchObject({ ok: false, error: { code: 'image_missing', hash: missing, paths: ['card.general_coupon.base_info.logo_url'] } });
  });

  it('passes an upload failure on, caches nothing, and uploads again next time', async () => {
    const { store, resolver } = imagesIn(await tempDir());
    const [a] = await twoImages(store);
    let attempts = 0;
    const flaky: ImageUploader = {
      uploadImage: async () => (++attempts === 1 ? err({ message: localized('超出每日上传次数', 'Daily upload quota reached') }) : ok({ url: 'http://mmbiz.qpic.cn/mmbiz_jpg/ok/0' })),
    };
    const body = cardWith(localImageRef(a), localImageRef(a), []);
    expect(await resolver.resolveImageRefs(body, 'acc-1', flaky)).toMatchObject({ ok: false, error: { code: 'upload_failed', message: { en: 'Daily upload quota reached' } } });
    expect(await resolver.resolveImageRefs(body, 'acc-1', flaky)).toMatchObject({ ok: true, value: { uploaded: 1 } });
    expect(attempts).toBe(2);
  });

  it('keeps the cache one file per account under images/uploads/', async () => {
    const dir = await tempDir();
    const { store, resolver } = imagesIn(dir);
    const [a] = await twoImages(store);
    await resolver.resolveImageRefs(cardWith(localImageRef(a), localImageRef(a), []), 'acc-1', recordingUploader().uploader);
    const saved = JSON.parse(await readFile(join(dir, 'images', 'uploads', 'acc-1.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ v: 1, entries: { [a]: { url: `http://mmbiz.qpic.cn/mmbiz_jpg/${a.slice(0, 16)}/0`, uploadedAt: T0 } } });
  });
});
