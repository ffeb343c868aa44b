import { localized, type Localized } from '../../common/i18n';

/** What the first bytes of a file say it is (never the extension: a renamed file lies). */
export type DetectedType = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'avif' | 'bmp' | 'tiff' | 'pdf' | 'svg' | 'text' | 'unknown';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** Detects the file type from its magic bytes. */
export function detectImageType(bytes: Uint8Array): DetectedType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  if (ascii(bytes, 0, 2) === 'BM') return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (/<svg[\s>]/i.test(head)) return 'svg';
  if (bytes.length > 0 && isMostlyText(head)) return 'text';
  return 'unknown';
}

function isMostlyText(text: string): boolean {
  let printable = 0;
  for (const char of text) if (char === '\n' || char === '\r' || char === '\t' || (char >= ' ' && char !== '\ufffd')) printable++;
  return printable / [...text].length > 0.95;
}

const TYPE_NAMES: Readonly<Record<DetectedType, Localized>> = {
  jpeg: localized('JPG', 'JPG'),
  png: localized('PNG', 'PNG'),
  gif: localized('GIF 动图', 'GIF'),
  webp: localized('WebP', 'WebP'),
  heic: localized('HEIC（苹果手机照片）', 'HEIC (iPhone photo)'),
  avif: localized('AVIF', 'AVIF'),
  bmp: localized('BMP', 'BMP'),
  tiff: localized('TIFF', 'TIFF'),
  pdf: localized('PDF 文档', 'a PDF document'),
  svg: localized('SVG 矢量图', 'an SVG drawing'),
  text: localized('文本文件（不是图片）', 'a text file (not an image)'),
  unknown: localized('无法识别的格式', 'an unrecognised format'),
};

/** The bilingual name of a detected type. */
export function typeName(type: DetectedType): Localized {
  return TYPE_NAMES[type];
}

/** Why a file is refused: names the detected type and what to do (wechat-card-api.md §1.3: JPG/PNG only). */
export function unsupportedTypeMessage(type: DetectedType, fileName?: string): Localized {
  const name = TYPE_NAMES[type];
  const file = fileName ? `“${fileName.slice(0, 80)}”` : '这个文件';
  const fileEn = fileName ? `"${fileName.slice(0, 80)}"` : 'This file';
  return localized(
    `${file}实际是 ${name['zh-CN']}（按文件内容判断，不看扩展名）。微信卡券图片只接受 JPG 和 PNG。请用看图或修图软件另存为 JPG 或 PNG 后再添加。`,
    `${fileEn} is actually ${name.en} (judged by its content, not its extension). Weixin card images must be JPG or PNG. Save it as JPG or PNG in an image editor, then add it again.`,
  );
}
