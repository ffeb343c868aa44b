/**
 * Writers and readers for the two icon containers electron-builder wants, built from PNGs:
 * Windows .ico (PNG-compressed entries, valid since Windows Vista) and macOS .icns (PNG entries
 * of the `ic07`…`ic14`, `icp4`/`icp5` types). The readers exist so tests can check what was written.
 */

/** One image of an .ico file. */
export interface IcoImage {
  readonly size: number;
  readonly png: Buffer;
}

/** Builds an .ico: ICONDIR, one 16-byte ICONDIRENTRY per image, then the PNG data. */
export function buildIco(images: readonly IcoImage[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((image, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(image.size >= 256 ? 0 : image.size, at); // 0 means 256
    header.writeUInt8(image.size >= 256 ? 0 : image.size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(image.png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += image.png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

/** Reads an .ico back into its entries (declared size + the embedded data). */
export function readIco(data: Buffer): IcoImage[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('not an .ico file');
  const count = data.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + 16 * index;
    const width = data.readUInt8(at) || 256;
    const length = data.readUInt32LE(at + 8);
    const offset = data.readUInt32LE(at + 12);
    return { size: width, png: data.subarray(offset, offset + length) };
  });
}

/** The .icns PNG entry types and the pixel size each holds. */
export const ICNS_TYPES: Readonly<Record<string, number>> = {
  icp4: 16,
  icp5: 32,
  ic11: 32, // 16@2x
  ic12: 64, // 32@2x
  ic07: 128,
  ic13: 256, // 128@2x
  ic08: 256,
  ic14: 512, // 256@2x
  ic09: 512,
  ic10: 1024, // 512@2x
};

/** One entry of an .icns file. */
export interface IcnsEntry {
  readonly type: string;
  readonly png: Buffer;
}

/** Builds an .icns: `icns` + total length, then per entry the OSType, its length (header included) and data. */
export function buildIcns(entries: readonly IcnsEntry[]): Buffer {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

/** Reads an .icns back into its entries. */
export function readIcns(data: Buffer): IcnsEntry[] {
  if (data.toString('ascii', 0, 4) !== 'icns' || data.readUInt32BE(4) !== data.length) throw new Error('not an .icns file');
  const entries: IcnsEntry[] = [];
  for (let at = 8; at < data.length; ) {
    const type = data.toString('ascii', at, at + 4);
    const length = data.readUInt32BE(at + 4);
    if (length < 8 || at + length > data.length) throw new Error(`bad .icns entry ${type}`);
    entries.push({ type, png: data.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}
