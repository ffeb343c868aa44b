// The browser every end-to-end test, screenshot and browser benchmark drives. `npm ci && npm test`
// must pass on a fresh Linux machine that has nothing but Node (issue 8 §4), so the default is the
// Chromium shipped inside the npm package @sparticuz/chromium (Linux x64/arm64): its brotli archives
// are unpacked once into node_modules/.cache, with the NSS libraries it ships (Debian's node images
// lack libnss3). COUPON_STUDIO_CHROMIUM=/path/to/chrome picks another browser (e.g. on macOS).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { PROJECT_ROOT } from '../../main/web/harness-host';

/** Flags for a headless run on a machine with no network but loopback (env/machines/node.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Which browser runs, and how to start it. */
export interface ChromiumChoice {
  readonly executablePath: string;
  /** Extra environment for the browser process (shipped libraries, fonts). */
  readonly env: Readonly<Record<string, string>>;
  /** Where it came from, for the test log: "which browser ran". */
  readonly source: string;
}

const PACKAGE = '@sparticuz/chromium';

/** The browser chosen for this machine; unpacks the npm one on first use (a few seconds, once). */
export async function resolveChromium(): Promise<ChromiumChoice> {
  const override = process.env.COUPON_STUDIO_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new Error(`COUPON_STUDIO_CHROMIUM=${override} does not exist`);
    return { executablePath: override, env: {}, source: `COUPON_STUDIO_CHROMIUM (${override})` };
  }
  if (platform() !== 'linux' || (arch() !== 'x64' && arch() !== 'arm64')) {
    throw new Error(
      `No browser for the end-to-end tests on ${platform()}/${arch()}: ${PACKAGE} ships Chromium for Linux only. ` +
        'Set COUPON_STUDIO_CHROMIUM to a Chrome or Chromium executable (e.g. /Applications/Google Chrome.app/Contents/MacOS/Google Chrome).',
    );
  }
  return unpackShippedChromium();
}

let unpacking: Promise<ChromiumChoice> | undefined;

function unpackShippedChromium(): Promise<ChromiumChoice> {
  unpacking ??= (async () => {
    // Its package.json is not in its `exports`; it is a devDependency of this project, so look beside us.
    const packageJson = join(PROJECT_ROOT, 'node_modules', PACKAGE, 'package.json');
    if (!existsSync(packageJson)) throw new Error(`${PACKAGE} is not installed: run npm ci`);
    const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
    const bin = join(dirname(packageJson), 'bin');
    const dir = join(PROJECT_ROOT, 'node_modules', '.cache', 'coupon-studio', `chromium-${version}-${arch()}`);
    if (!existsSync(join(dir, 'ready'))) await unpackInto(bin, dir);
    const lib = join(dir, 'lib');
    const ld = [lib, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
    return {
      executablePath: join(dir, 'chromium'),
      env: { LD_LIBRARY_PATH: ld, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
      source: `${PACKAGE} ${version} (${dir})`,
    };
  })();
  return unpacking;
}

/** Unpacks into a fresh sibling folder, then renames it into place, so parallel runs never see half a browser. */
async function unpackInto(bin: string, dir: string): Promise<void> {
  await mkdir(dirname(dir), { recursive: true });
  const work = await mkdtemp(`${dir}.unpacking-`);
  try {
    await writeFile(join(work, 'chromium'), brotliDecompressSync(await readFile(join(bin, 'chromium.br'))));
    await chmod(join(work, 'chromium'), 0o755);
    for (const archive of ['al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br']) {
      const tar = spawnSync('tar', ['-x', '-C', work], { input: brotliDecompressSync(await readFile(join(bin, archive))) });
      if (tar.status !== 0) throw new Error(`unpacking ${archive} failed: ${tar.stderr.toString()}`);
    }
    // The machine's fonts first (a CJK font makes screenshots show Chinese), then the shipped Open Sans,
    // so a machine with no fonts at all still renders text.
    await writeFile(
      join(work, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${join(dir, 'fonts')}</dir>\n` +
        `  <cachedir>${join(dir, 'font-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await writeFile(join(work, 'ready'), new Date().toISOString());
    try {
      await rename(work, dir);
    } catch (error) {
      // Another run unpacked it first: use theirs.
      if (!existsSync(join(dir, 'ready'))) throw error;
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Chromium names files in the locale's charset: under the C locale of a bare machine a download called
 * 卡券历史-….csv becomes "download". Give the browser a UTF-8 locale when the machine has none set.
 */
function utf8Locale(env: NodeJS.ProcessEnv): Record<string, string> {
  const current = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
  return /utf-?8/i.test(current) ? {} : { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
}

/** Launches the chosen Chromium headless with {@link CHROMIUM_ARGS}. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const choice = await resolveChromium();
  return chromium.launch({
    ...options,
    executablePath: choice.executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    env: { ...process.env, ...utf8Locale(process.env), ...choice.env, ...options.env } as Record<string, string>,
  });
}
