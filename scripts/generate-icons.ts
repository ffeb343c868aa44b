// `npx tsx scripts/generate-icons.ts`: renders assets/icon.svg to assets/icon.png (1024×1024),
// assets/icon.ico (16–256) and assets/icon.icns (16–1024) with sharp. The outputs are committed.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { buildIcns, buildIco, ICNS_TYPES } from './icon-formats';
import { iconSvg } from './icon-svg';

/** The assets folder the icons are written to. */
export const ASSETS_DIR = fileURLToPath(new URL('../assets/', import.meta.url));

/** The PNG of the icon at one size. */
export function renderIconPng(size: number): Promise<Buffer> {
  return sharp(Buffer.from(iconSvg()), { density: Math.max(72, (72 * size) / 1024) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** Writes icon.svg, icon.png, icon.ico and icon.icns into `dir`. */
export async function generateIcons(dir: string = ASSETS_DIR): Promise<void> {
  const sizes = [...new Set([16, 24, 32, 48, 64, 128, 256, 512, 1024])];
  const pngs = new Map<number, Buffer>();
  for (const size of sizes) pngs.set(size, await renderIconPng(size));
  const png = (size: number): Buffer => pngs.get(size) as Buffer;
  await writeFile(join(dir, 'icon.svg'), iconSvg());
  await writeFile(join(dir, 'icon.png'), png(1024));
  await writeFile(join(dir, 'icon.ico'), buildIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png(size) }))));
  await writeFile(join(dir, 'icon.icns'), buildIcns(Object.entries(ICNS_TYPES).map(([type, size]) => ({ type, png: png(size) }))));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await generateIcons();
  console.log(`icons written to ${ASSETS_DIR}`);
}
