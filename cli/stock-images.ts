import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { IMAGE_EXTENSIONS, LOGO_EXTENSIONS, MAX_IMAGE_BYTES, MAX_LOGO_BYTES } from '../common/busifavor/limits';
import type { ImageReader } from '../common/busifavor/stocks-file/convert';
import { localized } from '../common/i18n';
import { err, ok } from '../common/result';
import { detectImageType } from '../main/images/detect-type';

/**
 * Reads the local images a stocks file names, relative to the file's folder: the marketing image
 * upload takes JPG/BMP/PNG ≤ 2 MB, the logo JPG/PNG < 1 MB (§2.2, §2.5). The bytes must be what
 * the name says (a renamed file lies); the answer is the SHA-256 the run uploads by.
 */
export function stockImageReader(baseDir: string): ImageReader {
  return (file, slot) => {
    const path = resolve(baseDir, file);
    const allowed: readonly string[] = slot === 'logo' ? LOGO_EXTENSIONS : IMAGE_EXTENSIONS;
    const max = slot === 'logo' ? MAX_LOGO_BYTES : MAX_IMAGE_BYTES;
    const ext = extname(path).slice(1).toLowerCase();
    const kinds = allowed.map((e) => e.toUpperCase()).join('/');
    if (!allowed.includes(ext)) return err(localized(`图片“${file}”须为 ${kinds} 文件`, `The image "${file}" must be a ${kinds} file`));
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return err(localized(`找不到图片文件 ${path}：请检查路径（相对于批次文件所在的文件夹）`, `The image file ${path} was not found: check the path (relative to the stocks file's folder)`));
    }
    if (size > max) {
      const mb = slot === 'logo' ? '1 MB' : '2 MB';
      return err(localized(`图片“${file}”有 ${size} 字节，超过 ${mb}：请压缩后再用`, `The image "${file}" is ${size} bytes, over ${mb}: compress it first`));
    }
    const bytes = readFileSync(path);
    const detected = detectImageType(bytes);
    const fits = (detected === 'jpeg' && (ext === 'jpg' || ext === 'jpeg')) || detected === ext;
    if (!fits) return err(localized(`图片“${file}”的内容不是 ${ext.toUpperCase()}（识别为 ${detected}）：请另存为正确的格式`, `The image "${file}" is not really ${ext.toUpperCase()} (it reads as ${detected}): save it in the right format`));
    return ok(createHash('sha256').update(bytes).digest('hex'));
  };
}
