import { randomBytes } from 'node:crypto';

/** An image to upload. */
export interface ImageFile {
  readonly bytes: Uint8Array;
  /** Shown to Weixin only as the part's filename; reduced to safe ASCII. */
  readonly filename: string;
  /** `image/jpeg` or `image/png` (§1.3: "仅支持JPG、PNG格式"); anything malformed is sent as octet-stream. */
  readonly contentType: string;
}

/**
 * The file part's name. The card doc names it `buffer` ("buffer | 是 | 文件的数据流", `curl -F
 * buffer=@test.jpg`, §1.3), as do wechat-api, co-wechat-api and wx-idk; the newer general upload
 * page and wechatpy use `media`. Whether the server cares is unconfirmed (§7.1), so we follow the
 * card documentation for this card endpoint.
 */
export const UPLOAD_PART_NAME = 'buffer';

const CRLF = '\r\n';

/** A filename safe inside a quoted header: ASCII letters, digits, `._-` only; the extension kept. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '').slice(-100);
  return cleaned === '' ? 'image' : cleaned;
}

function safeContentType(type: string): string {
  return /^[A-Za-z0-9.+-]+\/[A-Za-z0-9.+-]+$/.test(type) ? type.toLowerCase() : 'application/octet-stream';
}

/**
 * A multipart/form-data body (RFC 7578) with one file part. The boundary is random and checked
 * against the bytes, so image data can never contain the delimiter.
 */
export function buildImageMultipart(file: ImageFile): { data: Buffer; boundary: string } {
  const bytes = Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  let boundary: string;
  do boundary = `----CouponStudio${randomBytes(16).toString('hex')}`;
  while (bytes.includes(boundary));
  const head =
    `--${boundary}${CRLF}` +
    `Content-Disposition: form-data; name="${UPLOAD_PART_NAME}"; filename="${safeFilename(file.filename)}"${CRLF}` +
    `Content-Type: ${safeContentType(file.contentType)}${CRLF}${CRLF}`;
  const tail = `${CRLF}--${boundary}--${CRLF}`;
  return { data: Buffer.concat([Buffer.from(head, 'utf8'), bytes, Buffer.from(tail, 'utf8')]), boundary };
}
