import { localized, type Localized } from '../../common/i18n';
import { IMAGES_ERROR_CODES, MAX_INTAKE_BYTES } from '../../common/ipc/channels/images';
import type { DetectedType } from './detect-type';

/** An image that could not be taken in, as a value. */
export interface ImageError {
  readonly code: (typeof IMAGES_ERROR_CODES)[keyof typeof IMAGES_ERROR_CODES];
  readonly message: Localized;
  readonly details?: Readonly<Record<string, unknown>>;
}

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Not JPG/PNG by its magic bytes. */
export const unsupportedType = (detected: DetectedType, message: Localized): ImageError => ({
  code: IMAGES_ERROR_CODES.unsupportedType,
  message,
  details: { detected },
});

/** Over the intake limit. */
export const tooLarge = (bytes: number): ImageError => ({
  code: IMAGES_ERROR_CODES.tooLarge,
  message: localized(
    `图片文件太大（${MB(bytes)} MB），最多接受 ${MB(MAX_INTAKE_BYTES)} MB。请先用修图软件缩小后再添加（上传前本应用会压缩到 1 MB 以内）。`,
    `The image file is too large (${MB(bytes)} MB); at most ${MB(MAX_INTAKE_BYTES)} MB is accepted. Shrink it in an image editor first (the app compresses it under 1 MB before upload).`,
  ),
  details: { bytes, limit: MAX_INTAKE_BYTES },
});

/** Looks like JPG/PNG but cannot be decoded, or the file cannot be read. */
export const unreadable = (what: string, reason: string): ImageError => ({
  code: IMAGES_ERROR_CODES.unreadable,
  message: localized(
    `无法读取图片${what === '' ? '' : ` ${what}`}：文件可能已损坏、不完整或无法访问。请重新导出或换一张图片。`,
    `Could not read the image${what === '' ? '' : ` ${what}`}: the file may be damaged, incomplete or inaccessible. Export it again or use another image.`,
  ),
  details: { reason: reason.slice(0, 200) },
});

const yi = (n: number) => String(Number((n / 100_000_000).toFixed(2)));
const millions = (n: number) => String(Math.round(n / 1_000_000));

/** More pixels than the app decodes: named with the real limit, not as a damaged file. */
export const tooManyPixels = (width: number, height: number, limit: number): ImageError => ({
  code: IMAGES_ERROR_CODES.tooManyPixels,
  message: localized(
    `图片尺寸太大：${width}×${height}，共 ${yi(width * height)} 亿像素，本应用最多处理 ${yi(limit)} 亿像素（例如 10000×10000）。文件本身没有损坏：请先用修图软件把它缩小（上传前本应用反正会把它缩到上传尺寸），再添加。`,
    `The image is too large: ${width}×${height} is ${millions(width * height)} million pixels; the app handles at most ${millions(limit)} million (e.g. 10000×10000). The file is not damaged: shrink it in an image editor first (the app fits it to the upload size anyway), then add it.`,
  ),
  details: { width, height, pixels: width * height, limit },
});

/** A detail image still taller than JPEG allows after fitting to its width. */
export const tooTall = (width: number, height: number, fittedWidth: number, fittedHeight: number, limit: number): ImageError => ({
  code: IMAGES_ERROR_CODES.tooTall,
  message: localized(
    `详情图片太长：${width}×${height}，按 ${fittedWidth} 像素宽上传时高 ${fittedHeight} 像素，超过 JPEG 图片最多 ${limit} 像素的高度。请把长图切成几段（每段高度在 ${limit} 像素以内，建议更短，便于手机阅读），分别放进多组图文。`,
    `The detail image is too long: ${width}×${height} is ${fittedHeight} px tall at the ${fittedWidth} px upload width, beyond JPEG's ${limit} px limit. Cut the long image into parts (each under ${limit} px tall, shorter reads better on a phone) and put them in several picture-text items.`,
  ),
  details: { width, height, fittedWidth, fittedHeight, limit },
});

/** Even the smallest JPEG does not fit 1 MB. */
export const cannotFit = (width: number, height: number): ImageError => ({
  code: IMAGES_ERROR_CODES.cannotFit,
  message: localized(
    `这张图片（${width}×${height}）无法压缩到 1 MB 以内。请裁掉一部分或换一张较小的图片。`,
    `This image (${width}×${height}) cannot be compressed under 1 MB. Crop it or use a smaller image.`,
  ),
});

/** No stored image for a hash. */
export const imageNotFound = (hash: string): ImageError => ({
  code: IMAGES_ERROR_CODES.notFound,
  message: localized(
    `找不到图片 ${hash.slice(0, 12)}…（本机的图片文件夹里没有它）。请重新添加这张图片。`,
    `Image ${hash.slice(0, 12)}… is not in this computer's image folder. Add the image again.`,
  ),
});
