import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { buildIcns, buildIco, ICNS_TYPES, readIcns, readIco } from '../../scripts/icon-formats';
import { iconSvg, WEIXIN_GREEN } from '../../scripts/icon-svg';

const asset = (name: string) => readFileSync(new URL(`../../assets/${name}`, import.meta.url));

async function pngSize(png: Buffer): Promise<[number | undefined, number | undefined, string | undefined]> {
  const meta = await sharp(png).metadata();
  return [meta.width, meta.height, meta.format];
}

describe('app icons (assets/)', () => {
  it('icon.svg is the committed source drawn by scripts/icon-svg.ts', () => {
    expect(asset('icon.svg').toString('utf8')).toBe(iconSvg());
    expect(iconSvg()).toContain(WEIXIN_GREEN);
  });

  it('icon.png is a 1024×1024 PNG with the green coupon in the middle', async () => {
    const png = asset('icon.png');
    expect(await pngSize(png)).toEqual([1024, 1024, 'png']);
    const { data } = await sharp(png).extract({ left: 200, top: 500, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0x07, 0xc1, 0x60]);
  });

  it('icon.ico holds PNG entries 16…256 whose declared sizes match their pixels', async () => {
    const entries = readIco(asset('icon.ico'));
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) expect(await pngSize(entry.png)).toEqual([entry.size, entry.size, 'png']);
  });

  it('icon.icns holds PNG entries whose types match their pixel sizes, up to 1024', async () => {
    const entries = readIcns(asset('icon.icns'));
    expect(entries.map((e) => e.type).sort()).toEqual(Object.keys(ICNS_TYPES).sort());
    for (const entry of entries) {
      const size = ICNS_TYPES[entry.type];
      expect(await pngSize(entry.png), entry.type).toEqual([size, size, 'png']);
    }
  });

  it('the container writers round-trip', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    expect(readIco(buildIco([{ size: 256, png }]))).toEqual([{ size: 256, png }]);
    expect(readIcns(buildIcns([{ type: 'ic10', png }]))).toEqual([{ type: 'ic10', png }]);
    expect(() => readIcns(Buffer.from('nope0000'))).toThrow();
  });
});
