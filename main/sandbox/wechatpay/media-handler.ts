import { createHash } from 'node:crypto';
import { boundaryOf, parseMultipart } from '../multipart';
import { randomHex } from '../random';
import type { PayContext } from './pay-context';
import { okBody, paramError, type PayReply } from './pay-envelope';

/** §2.5: JPG/BMP/PNG up to 2 MB. */
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
const IMAGE_NAME = /\.(?:jpe?g|bmp|png)$/i;

/** The upload's parts, or why the body is not one: the signature is checked over `meta` (§2.5). */
export function uploadParts(contentType: string | undefined, body: Buffer): { ok: true; meta: Buffer; file: Buffer; filename: string | undefined } | { ok: false; reply: PayReply } {
  const boundary = boundaryOf(contentType);
  if (!boundary.ok) return { ok: false, reply: paramError('请求须为 multipart/form-data') };
  const parsed = parseMultipart(body, boundary.boundary);
  if (!parsed.ok) return { ok: false, reply: paramError('multipart/form-data 格式错误') };
  const meta = parsed.parts.find((p) => p.name === 'meta');
  const file = parsed.parts.find((p) => p.name === 'file');
  if (!meta || !file) return { ok: false, reply: paramError('须包含 meta 和 file 两部分') };
  return { ok: true, meta: meta.data, file: file.data, filename: file.filename };
}

/** POST /v3/marketing/favor/media/image-upload: sha256 and name checked, a wxpaylogo URL back (§2.5). */
export function handleImageUpload(ctx: PayContext): PayReply {
  const parts = uploadParts(ctx.contentType, ctx.body);
  if (!parts.ok) return parts.reply;
  let meta: { filename?: unknown; sha256?: unknown };
  try {
    meta = JSON.parse(parts.meta.toString('utf8')) as typeof meta;
  } catch {
    return paramError('meta 不是合法的 JSON');
  }
  if (typeof meta.filename !== 'string' || !IMAGE_NAME.test(meta.filename)) return paramError('输入源"/body/meta/filename"规则校验失败,文件名须以 .jpg .jpeg .bmp .png 结尾', meta.filename);
  if (parts.file.length > MAX_IMAGE_BYTES) return paramError('图片大小不能超过 2M');
  const digest = createHash('sha256').update(parts.file).digest('hex');
  if (typeof meta.sha256 !== 'string' || meta.sha256.toLowerCase() !== digest) return paramError('输入源"/body/meta/sha256"规则校验失败,与文件内容的 SHA256 不一致', meta.sha256);
  const url = `https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsq${randomHex(24)}/0`;
  ctx.merchant.images.add(url);
  return okBody(ctx.merchant, { media_url: url }, ctx.requestSerial);
}
