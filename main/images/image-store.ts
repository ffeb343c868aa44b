import { createHash } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { localImageRef } from '../../common/coupon/local-image';
import type { StoredImage } from '../../common/ipc/channels/images';
import { err, ok, type Result } from '../../common/result';
import { writeFileAtomic } from '../storage/atomic-write';
import type { RetryPolicy } from '../storage/busy-retry';
import type { StorageFailure } from '../storage/document-store';
import { errnoOf, nodeFileOps, pathExists, type FileOps } from '../storage/files';
import { previewDataUrl } from './encode';

/** Bytes of a stored image and how to name them in an upload. */
export interface ImageFileData {
  readonly hash: string;
  readonly data: Buffer;
  readonly format: 'jpeg' | 'png';
  readonly fileName: string;
  readonly contentType: 'image/jpeg' | 'image/png';
}

/** Processed images as `<dir>/<sha256>.<jpg|png>`: the hash of the processed bytes names the file. */
export interface ImageStore {
  readonly dir: string;
  /** Stores the bytes (idempotent: the same bytes give the same hash and one file). */
  put(data: Buffer, format: 'jpeg' | 'png'): Promise<Result<string, StorageFailure>>;
  /** The bytes for a hash, or undefined when this computer does not have them. */
  read(hash: string): Promise<ImageFileData | undefined>;
  /** Size, dimensions and a preview thumbnail, for the renderer. */
  describe(hash: string): Promise<StoredImage | undefined>;
}

const EXT = { jpeg: 'jpg', png: 'png' } as const;
const HASH = /^[0-9a-f]{64}$/;

/** The SHA-256 (lower-case hex) of bytes. */
export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** An image store over a directory. */
export function createImageStore(options: { dir: string; files?: FileOps; retry?: RetryPolicy }): ImageStore {
  const { dir } = options;
  const files = options.files ?? nodeFileOps;
  const pathOf = (hash: string, format: 'jpeg' | 'png') => join(dir, `${hash}.${EXT[format]}`);

  async function read(hash: string): Promise<ImageFileData | undefined> {
    const lower = hash.toLowerCase();
    if (!HASH.test(lower)) return undefined;
    for (const format of ['jpeg', 'png'] as const) {
      try {
        const data = await files.readFile(pathOf(lower, format));
        return { hash: lower, data, format, fileName: `${lower}.${EXT[format]}`, contentType: `image/${format}` };
      } catch (error) {
        if (errnoOf(error) !== 'ENOENT') throw error;
      }
    }
    return undefined;
  }

  return {
    dir,
    async put(data, format) {
      const hash = sha256Hex(data);
      const path = pathOf(hash, format);
      if (await pathExists(files, path)) return ok(hash);
      const written = await writeFileAtomic(path, data, { mode: 0o600, files, ...(options.retry ? { retry: options.retry } : {}) });
      return written.ok ? ok(hash) : err(written.error);
    },
    read,
    async describe(hash) {
      const found = await read(hash);
      if (!found) return undefined;
      const meta = await sharp(found.data).metadata();
      return {
        hash: found.hash,
        ref: localImageRef(found.hash),
        width: meta.width,
        height: meta.height,
        bytes: found.data.length,
        format: found.format,
        preview: await previewDataUrl(found.data, found.format),
      };
    },
  };
}
