import type { ImageRole } from '../../common/ipc/channels/images';
import { err, ok, type Result } from '../../common/result';
import { detectImageType, unsupportedTypeMessage } from './detect-type';
import { decodeFitted, encodePng, hasTransparency, headerSize, MAX_INPUT_PIXELS, MAX_JPEG_SIDE, searchJpegQuality, shrink, type Encoded } from './encode';
import { cannotFit, tooManyPixels, tooTall, unreadable, unsupportedType, type ImageError } from './image-errors';
import { ROLE_FITS, UPLOAD_LIMIT_BYTES } from './roles';

/** An image ready for media/uploadimg. */
export interface ProcessedImage extends Encoded {
  readonly width: number;
  readonly height: number;
  readonly role: ImageRole;
}

const SHRINK_STEP = 0.85;
const MIN_SIDE = 64;

/**
 * Accepts JPG/PNG by magic bytes, orients by EXIF, fits the role (logo 300×300 cover, cover
 * 850×350 cover, detail ≤ 1080 wide), then encodes under 1 MB: PNG only when it really has
 * transparency and fits, else JPEG on white at the best quality that fits (§1.3, 40009).
 */
export async function processImage(bytes: Buffer, role: ImageRole, fileName?: string): Promise<Result<ProcessedImage, ImageError>> {
  const detected = detectImageType(bytes);
  if (detected !== 'jpeg' && detected !== 'png') return err(unsupportedType(detected, unsupportedTypeMessage(detected, fileName)));
  const sizeProblem = await checkSize(bytes, role);
  if (sizeProblem) return err(sizeProblem);
  let raw;
  try {
    raw = await decodeFitted(bytes, ROLE_FITS[role]);
  } catch (error) {
    return err(unreadable(fileName ?? '', error instanceof Error ? error.message : String(error)));
  }
  if (hasTransparency(raw)) {
    const png = await encodePng(raw);
    if (png.length <= UPLOAD_LIMIT_BYTES) return ok({ data: png, format: 'png', quality: null, width: raw.width, height: raw.height, role });
  }
  for (;;) {
    const jpeg = await searchJpegQuality(raw, UPLOAD_LIMIT_BYTES);
    if (jpeg) return ok({ ...jpeg, width: raw.width, height: raw.height, role });
    // Only a very tall detail image gets here: make it smaller until quality 1 fits.
    if (Math.min(raw.width, raw.height) * SHRINK_STEP < MIN_SIDE) return err(cannotFit(raw.width, raw.height));
    raw = await shrink(raw, SHRINK_STEP);
  }
}

/**
 * Refuses, from the header and before decoding, what the decoder or JPEG cannot take: more than
 * MAX_INPUT_PIXELS, or a detail image still taller than JPEG's 65535 px once fitted to its width
 * (1000×70000 used to end in sharp's "too large for the JPEG format", an internal error). Logo and
 * cover are cropped to a fixed size, so only the pixel count applies to them. A header that cannot
 * be read is left to the decoder's "unreadable".
 */
async function checkSize(bytes: Buffer, role: ImageRole): Promise<ImageError | undefined> {
  const size = await headerSize(bytes).catch(() => undefined);
  if (!size) return undefined;
  const { width, height } = size;
  if (width * height > MAX_INPUT_PIXELS) return tooManyPixels(width, height, MAX_INPUT_PIXELS);
  const fit = ROLE_FITS[role];
  if (fit.height !== undefined) return undefined;
  const scale = Math.min(1, fit.width / width);
  const fittedWidth = Math.round(width * scale);
  const fittedHeight = Math.round(height * scale);
  return fittedHeight > MAX_JPEG_SIDE ? tooTall(width, height, fittedWidth, fittedHeight, MAX_JPEG_SIDE) : undefined;
}
