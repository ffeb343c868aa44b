import { describe, expect, it } from 'vitest';
import { detectImageType, unsupportedTypeMessage } from '../../main/images/detect-type';
import { gif, smallJpeg, transparentLogoPng, webp } from './fixtures';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('detectImageType (magic bytes, never the extension)', () => {
  it('recognises real JPEG, PNG, GIF and WebP files made by sharp', async () => {
    expect(detectImageType(await smallJpeg())).toBe('jpeg');
    expect(detectImageType(await transparentLogoPng(16))).toBe('png');
    expect(detectImageType(await gif())).toBe('gif');
    expect(detectImageType(await webp())).toBe('webp');
  });

  it.each([
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]), 'heic'],
    ['HEIF (mif1)', bytes([0, 0, 0, 0x18], 'ftypmif1', [0, 0, 0, 0]), 'heic'],
    ['AVIF', bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0]), 'avif'],
    ['BMP', bytes('BM', [0x36, 0, 0, 0]), 'bmp'],
    ['TIFF', bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'tiff'],
    ['PDF', bytes('%PDF-1.7\n'), 'pdf'],
    ['SVG', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'svg'],
    ['Chinese text renamed .jpg', Buffer.from('这不是图片，只是改了扩展名的文本。\n', 'utf8'), 'text'],
    ['random binary', bytes([0, 1, 2, 3, 250, 251, 252, 0, 0, 9]), 'unknown'],
    ['an empty file', Buffer.alloc(0), 'unknown'],
  ] as const)('%s → %s', (_label, input, expected) => {
    expect(detectImageType(input)).toBe(expected);
  });

  it('names the detected type in both languages', () => {
    const message = unsupportedTypeMessage('heic', 'IMG_0001.jpg');
    expect(message['zh-CN']).toMatch(/“IMG_0001\.jpg”实际是 HEIC.*只接受 JPG 和 PNG/);
    expect(message.en).toMatch(/"IMG_0001\.jpg" is actually HEIC.*must be JPG or PNG/);
  });
});
