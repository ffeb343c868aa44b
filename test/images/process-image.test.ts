import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeFitted, encodeJpeg, MAX_JPEG_QUALITY, searchJpegQuality } from '../../main/images/encode';
import { processImage } from '../../main/images/process-image';
import { ROLE_FITS, UPLOAD_LIMIT_BYTES } from '../../main/images/roles';
import { bigNoisyJpeg, exifRotatedJpeg, gif, headerOnlyPng, noisyHalfTransparentPng, opaqueRgbaPng, pixel, smallJpeg, transparentLogoPng, webp } from './fixtures';

describe('processImage', () => {
  it('fits a 4000×3000 noisy photo as a 1080-wide detail image at the best JPEG quality under 1 MB', async () => {
    const input = await bigNoisyJpeg();
    const result = await processImage(input, 'detail');
    if (!result.ok) throw new Error(result.error.message.en);
    const { data, width, height, format, quality } = result.value;
    expect({ width, height, format }).toEqual({ width: 1080, height: 810, format: 'jpeg' });
    expect(data.length).toBeLessThanOrEqual(UPLOAD_LIMIT_BYTES);
    expect(quality).not.toBeNull();
    const q = quality ?? 0;
    expect(q).toBeLessThan(MAX_JPEG_QUALITY);
    // "Best that fits": one step up does not fit (same pixels, same encoder).
    const raw = await decodeFitted(input, ROLE_FITS.detail);
    expect((await encodeJpeg(raw, q)).equals(data)).toBe(true);
    expect((await encodeJpeg(raw, q + 1)).length).toBeGreaterThan(UPLOAD_LIMIT_BYTES);
    const meta = await sharp(data).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1080, 810]);
  });

  it('crops logos to 300×300 and covers to 850×350 (cover, centred)', async () => {
    const input = await bigNoisyJpeg();
    for (const [role, size] of [['logo', [300, 300]], ['cover', [850, 350]]] as const) {
      const result = await processImage(input, role);
      expect(result.ok && [result.value.width, result.value.height]).toEqual(size);
      expect(result.ok && result.value.data.length).toBeLessThanOrEqual(UPLOAD_LIMIT_BYTES);
    }
  });

  it('keeps the highest quality for a small image that fits at once', async () => {
    const raw = await decodeFitted(await smallJpeg(), ROLE_FITS.detail);
    expect((await searchJpegQuality(raw, UPLOAD_LIMIT_BYTES))?.quality).toBe(MAX_JPEG_QUALITY);
    expect(await searchJpegQuality(raw, 10)).toBeUndefined();
  });

  it('keeps a PNG whose transparency is used, and fits it', async () => {
    const result = await processImage(await transparentLogoPng(), 'logo');
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value).toMatchObject({ format: 'png', quality: null, width: 300, height: 300 });
    const meta = await sharp(result.value.data).metadata();
    expect([meta.format, meta.hasAlpha]).toEqual(['png', true]);
  });

  it('turns a PNG with an unused (all-opaque) alpha channel into a JPEG', async () => {
    const result = await processImage(await opaqueRgbaPng(), 'detail');
    expect(result.ok && result.value.format).toBe('jpeg');
  });

  it('flattens a transparent PNG on white and encodes JPEG when the PNG would exceed 1 MB', async () => {
    const result = await processImage(await noisyHalfTransparentPng(), 'detail');
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.format).toBe('jpeg');
    expect(result.value.data.length).toBeLessThanOrEqual(UPLOAD_LIMIT_BYTES);
    const [r, g, b] = await pixel(result.value.data, 10, 10);
    expect(Math.min(r, g, b)).toBeGreaterThan(240);
  });

  it('auto-orients by EXIF before fitting', async () => {
    const input = await exifRotatedJpeg();
    expect((await sharp(input).metadata()).orientation).toBe(6);
    const result = await processImage(input, 'detail');
    if (!result.ok) throw new Error(result.error.message.en);
    expect([result.value.width, result.value.height]).toEqual([100, 200]);
    const top = await pixel(result.value.data, 50, 20);
    const bottom = await pixel(result.value.data, 50, 180);
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    expect(bottom[0]).toBeLessThan(60);
  });

  it.each([
    ['GIF', gif, 'gif'],
    ['WebP', webp, 'webp'],
  ] as const)('refuses a %s even when it is named .jpg, naming the detected type', async (label, make, detected) => {
    const result = await processImage(await make(), 'logo', 'photo.jpg');
    expect(result).toMatchObject({ ok: false, error: { code: 'image_unsupported_type', details: { detected } } });
    if (!result.ok) {
      expect(result.error.message['zh-CN']).toContain(label);
      expect(result.error.message.en).toContain(label);
      expect(result.error.message.en).toContain('photo.jpg');
    }
  });

  it('refuses a text file renamed .jpg and reports an undecodable "JPEG"', async () => {
    expect(await processImage(Buffer.from('hello, I am text'), 'logo', 'a.jpg')).toMatchObject({ ok: false, error: { code: 'image_unsupported_type', details: { detected: 'text' } } });
    const truncated = (await smallJpeg()).subarray(0, 40);
    expect(await processImage(truncated, 'logo')).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
  });
});

describe('image sizes are named by their real limit', () => {
  it('a real 1000×70000 detail image is "too long for JPEG" (65535 px), with what to do, not an internal error', async () => {
    const tall = await sharp({ create: { width: 1000, height: 70_000, channels: 3, background: '#88aacc' } }).png().toBuffer();
    const result = await processImage(tall, 'detail', 'long.png');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'image_too_tall', details: { width: 1000, height: 70_000, fittedHeight: 70_000, limit: 65_535 } });
    expect(result.error.message['zh-CN']).toContain('切成几段');
    expect(result.error.message.en).toMatch(/beyond JPEG's 65535 px limit\. Cut the long image into parts/);
  });

  it('the 65535 px limit applies after fitting to 1080 wide: 2160×131070 passes the size check, 1000×65536 does not', async () => {
    expect(await processImage(headerOnlyPng(1000, 65_536), 'detail')).toMatchObject({ ok: false, error: { code: 'image_too_tall' } });
    // Fitted to 1080×65535 it is allowed; the cut-short pixel data then fails to decode.
    expect(await processImage(headerOnlyPng(2160, 131_070), 'detail')).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
    // Logo and cover are cropped to a fixed size: no height limit.
    expect(await processImage(headerOnlyPng(1000, 65_536), 'cover')).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
  });

  it('a 16000×16000 PNG is "too many pixels" (at most 100 million), not "damaged"', async () => {
    for (const role of ['logo', 'cover', 'detail'] as const) {
      const result = await processImage(headerOnlyPng(16_000, 16_000), role, 'huge.png');
      expect(result).toMatchObject({ ok: false, error: { code: 'image_too_many_pixels', details: { width: 16_000, height: 16_000, pixels: 256_000_000, limit: 100_000_000 } } });
      if (result.ok) return;
      expect(result.error.message['zh-CN']).toContain('2.56 亿像素，本应用最多处理 1 亿像素');
      expect(result.error.message.en).toMatch(/256 million pixels.*at most 100 million.*not damaged/);
    }
    // 10000×10000 is exactly the limit: it reaches the decoder.
    expect(await processImage(headerOnlyPng(10_000, 10_000), 'detail')).toMatchObject({ ok: false, error: { code: 'image_unreadable' } });
  });
});
