import { randomAlnum, randomIntBetween } from './random';

/** The formats uploadimg accepts (§1.3: "仅支持JPG、PNG格式"). */
export type ImageKind = 'jpg' | 'png';

/** An uploaded image, served back by the sandbox so the app can preview it. */
export interface StoredImage {
  readonly id: string;
  readonly kind: ImageKind;
  readonly data: Buffer;
  readonly appid: string;
  /** The URL Weixin would return: `http://mmbiz.qpic.cn/mmbiz_jpg/<id>/0`. */
  readonly url: string;
  /** Virtual ms. */
  readonly uploadedAt: number;
}

/** §1.3: 1 MB. */
export const MAX_IMAGE_BYTES = 1_048_576;

/** The host of every uploadimg URL (§1.3). */
export const MMBIZ_HOST = 'mmbiz.qpic.cn';

/** Recognises JPEG (FF D8 FF) and PNG (the 8-byte signature) by their magic bytes. */
export function detectImageKind(data: Buffer): ImageKind | undefined {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length >= 8 && png.every((b, i) => data[i] === b)) return 'png';
  return undefined;
}

/** The content type to serve an image with. */
export function contentTypeOf(kind: ImageKind): string {
  return kind === 'jpg' ? 'image/jpeg' : 'image/png';
}

const LOCAL_PATH = /^\/mmbiz_(jpg|png)\/([A-Za-z0-9_-]+)\/0$/;

/** Parses `/mmbiz_jpg/<id>/0` (the path part of an mmbiz URL, or of the sandbox's own copy). */
export function parseImagePath(pathname: string): { kind: ImageKind; id: string } | undefined {
  const match = LOCAL_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: match[1] as ImageKind, id: match[2] };
}

/** Every uploaded image, by id. */
export class MediaStore {
  private readonly images = new Map<string, StoredImage>();

  /** Stores the bytes and mints an mmbiz URL with a 60–90 character id (the observed ids are ~64–90). */
  add(appid: string, kind: ImageKind, data: Buffer, now: number): StoredImage {
    let id: string;
    do id = randomAlnum(randomIntBetween(60, 90));
    while (this.images.has(id));
    const image: StoredImage = { id, kind, data, appid, url: `http://${MMBIZ_HOST}/mmbiz_${kind}/${id}/0`, uploadedAt: now };
    this.images.set(id, image);
    return image;
  }

  /** The image behind `/mmbiz_<kind>/<id>/0`, if the kind matches. */
  find(kind: ImageKind, id: string): StoredImage | undefined {
    const image = this.images.get(id);
    return image?.kind === kind ? image : undefined;
  }

  all(): StoredImage[] {
    return [...this.images.values()];
  }
}
