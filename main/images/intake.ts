import { isAbsolute } from 'node:path';
import { localImageRef } from '../../common/coupon/local-image';
import { IMAGES_ERROR_CODES, MAX_INTAKE_BYTES, type ImageRole, type ImageSource, type IntakeResult } from '../../common/ipc/channels/images';
import { err, ok, type Result } from '../../common/result';
import { nodeFileOps, type FileOps } from '../storage/files';
import { previewDataUrl } from './encode';
import { tooLarge, unreadable, type ImageError } from './image-errors';
import type { ImageStore } from './image-store';
import { processImage } from './process-image';

/** Where intake gets its bytes from (bytes, or a file path from a drop or the file dialog). */
export type IntakeSource = { kind: 'buffer'; data: Buffer; name?: string | undefined } | ImageSource;

async function bytesOf(source: IntakeSource, files: FileOps): Promise<Result<{ data: Buffer; name?: string | undefined }, ImageError>> {
  if (source.kind === 'buffer') return source.data.length > MAX_INTAKE_BYTES ? err(tooLarge(source.data.length)) : ok(source);
  if (source.kind === 'bytes') {
    // base64 length bounds the decoded size; the schema already capped the text.
    const data = Buffer.from(source.base64, 'base64');
    return data.length > MAX_INTAKE_BYTES ? err(tooLarge(data.length)) : ok({ data, name: source.name });
  }
  const name = source.path.split(/[\\/]/).pop() ?? source.path;
  if (!isAbsolute(source.path)) return err(unreadable(name, 'not an absolute path'));
  try {
    const stat = await files.stat(source.path);
    if (!stat.isFile()) return err(unreadable(name, 'not a file'));
    if (stat.size > MAX_INTAKE_BYTES) return err(tooLarge(stat.size));
    return ok({ data: await files.readFile(source.path), name });
  } catch (error) {
    return err(unreadable(name, error instanceof Error ? error.message : String(error)));
  }
}

/**
 * Takes an image in for a role: reads it, checks and processes it (processImage), stores the
 * processed bytes by content hash and answers the `local-image:<hash>` reference with a preview.
 */
export async function intakeImage(
  store: ImageStore,
  role: ImageRole,
  source: IntakeSource,
  files: FileOps = nodeFileOps,
): Promise<Result<IntakeResult, ImageError>> {
  const input = await bytesOf(source, files);
  if (!input.ok) return input;
  const processed = await processImage(input.value.data, role, input.value.name);
  if (!processed.ok) return processed;
  const { data, format, width, height, quality } = processed.value;
  const stored = await store.put(data, format);
  if (!stored.ok) return err({ code: IMAGES_ERROR_CODES.storage, message: stored.error.message });
  return ok({
    hash: stored.value,
    ref: localImageRef(stored.value),
    width,
    height,
    bytes: data.length,
    format,
    role,
    quality,
    preview: await previewDataUrl(data, format),
  });
}
