import { createHash, randomBytes } from 'node:crypto';

/** An image for the marketing image upload (§2.5). */
export interface ImageUpload {
  /** Must end in .jpg, .jpeg, .bmp or .png. */
  readonly filename: string;
  readonly data: Buffer;
  readonly contentType: string;
}

/**
 * The multipart body and the meta JSON it carries, serialised once: the signature covers exactly the
 * meta part's bytes (§2.5), and the meta part has no filename attribute (axios-plugin PR #26).
 */
export function imageUploadBody(image: ImageUpload): { meta: string; data: Buffer; boundary: string } {
  const meta = JSON.stringify({ filename: image.filename, sha256: createHash('sha256').update(image.data).digest('hex') });
  const boundary = `----CouponStudio${randomBytes(12).toString('hex')}`;
  const safeName = image.filename.replace(/["\r\n]/g, '_');
  const data = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`, 'utf8'),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${image.contentType}\r\n\r\n`, 'utf8'),
    image.data,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { meta, data, boundary };
}
