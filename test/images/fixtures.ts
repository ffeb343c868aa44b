// Test images made with sharp at run time (no binary fixtures in the repo).
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Deterministic noise bytes (an LCG), so a "noisy" JPEG is the same every run. */
export function noise(length: number, seed = 1): Buffer {
  const out = Buffer.alloc(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    out[i] = (s >>> 16) & 255;
  }
  return out;
}

const raw = (data: Buffer, width: number, height: number, channels: 3 | 4) => sharp(data, { raw: { width, height, channels } });

/**
 * A 4000×3000 noisy photo whose grain survives the resize to 1080 wide (4-pixel noise blocks: pixel
 * noise would average out), so fitting it under 1 MB needs the quality search.
 */
export const bigNoisyJpeg = (): Promise<Buffer> =>
  raw(noise(1000 * 750 * 3), 1000, 750, 3).resize(4000, 3000, { kernel: 'nearest' }).jpeg({ quality: 90 }).toBuffer();

/** A PNG whose alpha is really used: transparent except an opaque red square in the middle. */
export function transparentLogoPng(size = 400): Promise<Buffer> {
  const data = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const inside = x > size / 4 && x < (3 * size) / 4 && y > size / 4 && y < (3 * size) / 4;
      data.set(inside ? [220, 20, 60, 255] : [0, 0, 0, 0], (y * size + x) * 4);
    }
  }
  return raw(data, size, size, 4).png().toBuffer();
}

/** A PNG with an alpha channel that is opaque everywhere (alpha present, transparency not used). */
export const opaqueRgbaPng = (): Promise<Buffer> =>
  raw(Buffer.from(Array.from({ length: 64 * 64 }, () => [200, 120, 40, 255]).flat()), 64, 64, 4).png().toBuffer();

/** A 1200×1200 PNG: left half transparent, right half opaque noise — too big as PNG, so flattened to JPEG on white. */
export function noisyHalfTransparentPng(size = 1200): Promise<Buffer> {
  const rgb = noise(size * size * 3, 7);
  const data = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const opaque = i % size >= size / 2;
    data.set(opaque ? [rgb[i * 3] ?? 0, rgb[i * 3 + 1] ?? 0, rgb[i * 3 + 2] ?? 0, 255] : [0, 0, 0, 0], i * 4);
  }
  return raw(data, size, size, 4).png({ compressionLevel: 1 }).toBuffer();
}

/** 200×100 stored sideways: left half red, right half blue, EXIF orientation 6 (display rotated 90° clockwise). */
export function exifRotatedJpeg(): Promise<Buffer> {
  const data = Buffer.alloc(200 * 100 * 3);
  for (let i = 0; i < 200 * 100; i++) data.set(i % 200 < 100 ? [255, 0, 0] : [0, 0, 255], i * 3);
  return raw(data, 200, 100, 3).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toBuffer();
}

/** Small images in formats Weixin refuses. */
export const gif = (): Promise<Buffer> => raw(noise(32 * 32 * 3), 32, 32, 3).gif().toBuffer();
export const webp = (): Promise<Buffer> => raw(noise(32 * 32 * 3), 32, 32, 3).webp().toBuffer();

/** A small plain JPEG. */
export const smallJpeg = (seed = 3): Promise<Buffer> => raw(noise(120 * 90 * 3, seed), 120, 90, 3).jpeg().toBuffer();

/** The RGB of one pixel of an encoded image. */
export async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

const pngChunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A PNG whose header says width×height (8-bit RGB) but whose pixel data is cut short: enough for
 * anything that reads only the header, and undecodable beyond it. Builds a 16000×16000 "file" in
 * microseconds instead of encoding 768 MB of pixels.
 */
export function headerOnlyPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type RGB
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', deflateSync(Buffer.alloc(16))), pngChunk('IEND', Buffer.alloc(0))]);
}
