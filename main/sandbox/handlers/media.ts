import { contentTypeOf, detectImageKind, MAX_IMAGE_BYTES, parseImagePath } from '../media-store';
import { boundaryOf, parseMultipart } from '../multipart';
import type { SandboxState } from '../state';
import { bare, fail, type AuthedContext, type Reply } from './context';

/** §1.3 / §7.1: the card doc names the part `buffer`, newer docs and SDKs `media`; both are accepted. */
const FILE_PART_NAMES: ReadonlySet<string> = new Set(['buffer', 'media']);

/**
 * `POST /cgi-bin/media/uploadimg` (§1.3): multipart with a `buffer` or `media` part; ≤ 1 MB
 * (40009), JPG or PNG by magic bytes (40009 or 40137, see options), no file → 41005 "media data
 * missing". Answers the bare `{"url": …}`.
 */
export function handleUploadImage(ctx: AuthedContext): Reply {
  const boundary = boundaryOf(typeof ctx.headers['content-type'] === 'string' ? ctx.headers['content-type'] : undefined);
  if (!boundary.ok) return fail(41005, 'content-type');
  if (ctx.bodyTooLarge) return fail(40009, 'buffer');
  const parsed = parseMultipart(ctx.body, boundary.boundary);
  if (!parsed.ok) return fail(41005, 'body');
  const file = parsed.parts.find((p) => FILE_PART_NAMES.has(p.name));
  if (!file || file.data.length === 0) return fail(41005, 'buffer');
  if (file.data.length > MAX_IMAGE_BYTES) return fail(40009, file.name);
  const kind = detectImageKind(file.data);
  if (!kind) return fail(ctx.state.uploadBadFormatErrcode, file.name);
  const image = ctx.state.media.add(ctx.account.config.appid, kind, file.data, ctx.now);
  return bare({ url: image.url });
}

/** `GET /mmbiz_jpg/<id>/0` and `/mmbiz_png/<id>/0`: the uploaded bytes, as the CDN would serve them. */
export function handleImageFile(state: SandboxState, path: string): Reply {
  const ref = parseImagePath(path);
  const image = ref ? state.media.find(ref.kind, ref.id) : undefined;
  if (!image) return { kind: 'not-found' };
  return { kind: 'bytes', contentType: contentTypeOf(image.kind), data: image.data };
}
