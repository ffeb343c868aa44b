import { findLocalImageRefs, replaceLocalImageRefs, type ImageSlotWalker } from '../../common/coupon/local-image';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';
import type { ImageStore } from './image-store';
import type { UploadCache } from './upload-cache';

/**
 * What uploading needs from the Weixin client: `cgi-bin/media/uploadimg` (wechat-card-api.md §1.3)
 * for one account. main/wechat's client satisfies it through a one-line adapter.
 */
export interface ImageUploader {
  uploadImage(bytes: Uint8Array, filename: string, contentType: string): Promise<Result<{ url: string }, { message: Localized }>>;
}

/** Why a body's images could not all be resolved. */
export interface ResolveError {
  readonly code: 'image_missing' | 'upload_failed';
  readonly hash: string;
  /** Where the reference sits, e.g. `card.cash.base_info.logo_url`. */
  readonly paths: readonly string[];
  readonly message: Localized;
}

/** A body with every local reference replaced, and how many uploads it took. */
export interface Resolved<T> {
  readonly body: T;
  readonly uploaded: number;
  readonly reused: number;
}

/** Replaces local-image references with uploaded URLs. */
export interface ImageResolver {
  /** `slots` names the body's image fields (default: a card/create body's; a stock passes its own). */
  resolveImageRefs<T>(card: T, accountId: string, uploader: ImageUploader, slots?: ImageSlotWalker): Promise<Result<Resolved<T>, ResolveError>>;
}

const HTTP_URL = /^https?:\/\/[^\s/]+\/\S*$/;

/**
 * Uploads each distinct `local-image:<hash>` of a body once per account: the cache answers hashes
 * already uploaded, and concurrent callers for the same (account, hash) share one upload
 * (single-flight), so a batch of 500 drafts with one logo uploads it once.
 */
export function createImageResolver(deps: { store: ImageStore; cache: UploadCache; log?: Logger }): ImageResolver {
  const inflight = new Map<string, Promise<Result<{ url: string; uploaded: boolean }, Omit<ResolveError, 'paths'>>>>();

  async function uploadOnce(accountId: string, hash: string, uploader: ImageUploader): Promise<Result<{ url: string; uploaded: boolean }, Omit<ResolveError, 'paths'>>> {
    const cached = await deps.cache.get(accountId, hash);
    if (cached !== undefined) return ok({ url: cached, uploaded: false });
    const file = await deps.store.read(hash);
    if (!file) return err({ code: 'image_missing', hash, message: missingMessage(hash) });
    const sent = await uploader.uploadImage(file.data, file.fileName, file.contentType);
    if (!sent.ok) return err({ code: 'upload_failed', hash, message: sent.error.message });
    if (!HTTP_URL.test(sent.value.url)) return err({ code: 'upload_failed', hash, message: badUrlMessage() });
    const saved = await deps.cache.set(accountId, hash, sent.value.url);
    // The URL is good even if the cache could not be saved; the next run just uploads again.
    if (!saved.ok) deps.log?.warn('images: upload cache not saved', { accountId, hash, code: saved.error.code });
    return ok({ url: sent.value.url, uploaded: true });
  }

  function shared(accountId: string, hash: string, uploader: ImageUploader) {
    const key = `${accountId}\u0000${hash}`;
    let running = inflight.get(key);
    if (running === undefined) {
      running = uploadOnce(accountId, hash, uploader).finally(() => inflight.delete(key));
      inflight.set(key, running);
    }
    return running;
  }

  return {
    async resolveImageRefs(card, accountId, uploader, slots) {
      const uses = findLocalImageRefs(card, slots);
      const hashes = [...new Set(uses.map((use) => use.hash))];
      const results = await Promise.all(hashes.map((hash) => shared(accountId, hash, uploader)));
      const urls = new Map<string, string>();
      let uploaded = 0;
      for (const [i, result] of results.entries()) {
        if (!result.ok) {
          const paths = uses.filter((use) => use.hash === result.error.hash).map((use) => use.path);
          return err({ ...result.error, paths });
        }
        urls.set(hashes[i] as string, result.value.url);
        if (result.value.uploaded) uploaded++;
      }
      return ok({ body: replaceLocalImageRefs(card, (hash) => urls.get(hash), slots), uploaded, reused: hashes.length - uploaded });
    },
  };
}

function missingMessage(hash: string): Localized {
  return localized(
    `草稿引用的图片 ${hash.slice(0, 12)}… 不在本机的图片文件夹中（可能是从另一台电脑导入的草稿）。请在草稿中重新添加这张图片。`,
    `The draft refers to image ${hash.slice(0, 12)}…, which is not in this computer's image folder (the draft may come from another computer). Add the image to the draft again.`,
  );
}

function badUrlMessage(): Localized {
  return localized(
    '微信上传图片接口返回的不是有效的图片网址。请稍后重试；若反复出现，请把日志发给支持人员。',
    "Weixin's image upload answered something that is not an image URL. Try again later; if it keeps happening, send the log to support.",
  );
}
