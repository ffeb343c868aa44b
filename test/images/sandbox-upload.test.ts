import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../common/clock';
import { localImageRef } from '../../common/coupon/local-image';
import { createImageStore } from '../../main/images/image-store';
import { intakeImage } from '../../main/images/intake';
import { createImageResolver } from '../../main/images/resolve-refs';
import { createUploadCache, uploadCacheSchema } from '../../main/images/upload-cache';
import { uploaderFromClient } from '../../main/images/weixin-uploader';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { createDocumentCollection } from '../../main/storage/collection';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { dataLayout } from '../../main/storage/layout';
import { createWeixinClient } from '../../main/wechat';
import { tempDir } from '../storage/temp-dir';
import { smallJpeg, transparentLogoPng } from './fixtures';

const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);
let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

describe('uploading through main/wechat to the embedded sandbox', () => {
  it('uploads each image once per account, serves the same bytes back, and reuses the cache after a restart', async () => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true } });
    const dir = await tempDir();
    const layout = dataLayout(dir);
    const build = () => {
      const store = createImageStore({ dir: layout.imagesDir });
      const collection = createDocumentCollection({ dir: layout.uploadCacheDir, schema: uploadCacheSchema, openDocument: confDocumentOpener({ clock: fixedClock(T0), retry: NO_WAIT_RETRY }) });
      return { store, resolver: createImageResolver({ store, cache: createUploadCache({ collection }) }) };
    };
    const { store, resolver } = build();
    const logo = await intakeImage(store, 'logo', { kind: 'buffer', data: await transparentLogoPng() });
    const detail = await intakeImage(store, 'detail', { kind: 'buffer', data: await smallJpeg() });
    if (!logo.ok || !detail.ok) throw new Error('intake failed');
    const client = createWeixinClient({ appid: DEMO_ACCOUNT.appid, secret: async () => DEMO_ACCOUNT.secret, baseUrl: sandbox.baseUrl });
    if (!client.ok) throw new Error(client.error.message.en);
    const uploader = uploaderFromClient(client.value);
    const body = {
      card: {
        card_type: 'GENERAL_COUPON',
        general_coupon: {
          base_info: { logo_url: logo.value.ref },
          advanced_info: { text_image_list: [{ image_url: detail.value.ref, text: 'a' }, { image_url: logo.value.ref, text: 'b' }] },
        },
      },
    };
    const resolved = await resolver.resolveImageRefs(body, 'acc-1', uploader);
    if (!resolved.ok) throw new Error(resolved.error.message.en);
    expect(resolved.value).toMatchObject({ uploaded: 2, reused: 0 });
    const logoUrl = resolved.value.body.card.general_coupon.base_info.logo_url;
    expect(logoUrl).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\//);
    expect(sandbox.dump().images).toHaveLength(2);
    const served = await fetch(String(sandbox.localImageUrl(logoUrl)));
    expect(Buffer.from(await served.arrayBuffer()).equals((await store.read(logo.value.hash))?.data ?? Buffer.alloc(0))).toBe(true);

    expect(await build().resolver.resolveImageRefs(body, 'acc-1', uploader)).toMatchObject({ ok: true, value: { uploaded: 0, reused: 2 } });
    expect(sandbox.dump().images).toHaveLength(2);
    expect(localImageRef(logo.value.hash)).toBe(logo.value.ref);
  });

  it('passes the client’s bilingual failure on when the upload cannot happen (wrong secret)', async () => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true }, accounts: [{ appid: 'wx0123456789abcdef', secret: 's'.repeat(32) }] });
    const client = createWeixinClient({ appid: 'wx0123456789abcdef', secret: async () => 'wrong'.repeat(6), baseUrl: sandbox.baseUrl, retry: { maxAttempts: 1 } });
    if (!client.ok) throw new Error('client');
    const sent = await uploaderFromClient(client.value).uploadImage(await smallJpeg(), 'x.jpg', 'image/jpeg');
    expect(sent.ok).toBe(false);
    expect(sandbox.dump().images).toHaveLength(0);
    if (!sent.ok) {
      expect(sent.error.message['zh-CN'].length).toBeGreaterThan(0);
      expect(sent.error.message.en.length).toBeGreaterThan(0);
    }
  });
});
