import sharp from 'sharp';

/** Decoded pixels kept between encode attempts, so a quality search decodes the source once. */
export interface RawImage {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly channels: 1 | 2 | 3 | 4;
}

/** An encoded result. */
export interface Encoded {
  readonly data: Buffer;
  readonly format: 'jpeg' | 'png';
  /** The JPEG quality used; null for PNG. */
  readonly quality: number | null;
}

/**
 * The most pixels a source may have: decoding one needs about 3 bytes a pixel in memory, so 100
 * million (e.g. 10000×10000) is ~300 MB. Larger files are refused before decoding, by name.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** JPEG cannot store a side longer than this (libjpeg's limit; sharp: "too large for the JPEG format"). */
export const MAX_JPEG_SIDE = 65_535;

/** The highest JPEG quality tried: "the best quality that fits" may be 100 for a small image. */
export const MAX_JPEG_QUALITY = 100;

const fromRaw = (raw: RawImage) => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels } });

/** True when some pixel is not fully opaque (an alpha channel that is all 255 does not count). */
export function hasTransparency(raw: RawImage): boolean {
  if (raw.channels !== 2 && raw.channels !== 4) return false;
  for (let i = raw.channels - 1; i < raw.data.length; i += raw.channels) if (raw.data[i] !== 255) return true;
  return false;
}

/** Lossless PNG at maximum compression. */
export function encodePng(raw: RawImage): Promise<Buffer> {
  return fromRaw(raw).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
}

/** JPEG at a quality, flattened on white (JPEG has no alpha). */
export function encodeJpeg(raw: RawImage, quality: number): Promise<Buffer> {
  return fromRaw(raw).flatten({ background: '#ffffff' }).jpeg({ quality, chromaSubsampling: '4:2:0', optimiseCoding: true }).toBuffer();
}

/**
 * The best JPEG quality whose file fits `limit` bytes (binary search over 1..100): the answer q fits
 * and q+1 was tried and did not. Undefined when even quality 1 is too big.
 */
export async function searchJpegQuality(raw: RawImage, limit: number, max = MAX_JPEG_QUALITY): Promise<Encoded | undefined> {
  const tried = new Map<number, Buffer>();
  const fits = async (quality: number): Promise<boolean> => {
    const data = await encodeJpeg(raw, quality);
    tried.set(quality, data);
    return data.length <= limit;
  };
  // lo = best quality known to fit (0: none yet); hi = highest still possible.
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const data = tried.get(lo);
  return lo === 0 || data === undefined ? undefined : { data, format: 'jpeg', quality: lo };
}

/** Decodes, orients by EXIF and resizes, into raw pixels. */
export async function decodeFitted(
  input: Buffer,
  resize: { width: number; height?: number; fit: 'cover' | 'inside'; enlarge: boolean },
): Promise<RawImage> {
  const { data, info } = await sharp(input, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({
      width: resize.width,
      ...(resize.height === undefined ? {} : { height: resize.height }),
      fit: resize.fit,
      position: 'centre',
      withoutEnlargement: !resize.enlarge,
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The displayed size from the file's header (EXIF orientations 5–8 swap the sides); no decoding. */
export async function headerSize(input: Buffer): Promise<{ width: number; height: number } | undefined> {
  const meta = await sharp(input).metadata();
  if (meta.width === undefined || meta.height === undefined) return undefined;
  return (meta.orientation ?? 1) >= 5 ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}

/** A smaller copy of raw pixels (used when even quality 1 does not fit). */
export async function shrink(raw: RawImage, factor: number): Promise<RawImage> {
  const width = Math.max(1, Math.round(raw.width * factor));
  const { data, info } = await fromRaw(raw).resize({ width }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** A small `data:` URL thumbnail (fits in 160×160) for the renderer. */
export async function previewDataUrl(encoded: Buffer, format: 'jpeg' | 'png'): Promise<string> {
  const pipeline = sharp(encoded).resize({ width: 160, height: 160, fit: 'inside', withoutEnlargement: true });
  const thumb = format === 'png' ? await pipeline.png({ compressionLevel: 9 }).toBuffer() : await pipeline.jpeg({ quality: 70 }).toBuffer();
  return `data:image/${format};base64,${thumb.toString('base64')}`;
}
