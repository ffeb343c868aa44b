import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses looks for; the fuse wire follows it (version byte, length byte, states). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * Electron's shipped fuse states in @electron/fuses order (RunAsNode, EnableCookieEncryption,
 * EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges): '1' = enabled, '0' = disabled.
 */
export const DEFAULT_FUSE_WIRE = '11110001';

/**
 * Writes a directory shaped like an unpacked Linux Electron dist (what electron-builder's
 * `electronDist` accepts): an `electron` executable, `resources/`, `locales/`, `LICENSE`,
 * `version`. The executable is a shell script that refuses to run and carries a fuse wire after
 * the sentinel, so electron-builder's `electronFuses` step has real bytes to flip and the test can
 * read them back. It mimics the layout only; nothing in it is Electron.
 */
export async function prepareStandInElectron(dir: string, version: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await mkdir(join(dir, 'locales'), { recursive: true });
  const script =
    '#!/bin/sh\n' +
    'echo "stand-in Electron for packaging dry runs: not runnable" >&2\n' +
    'exit 1\n' +
    `# ${FUSE_SENTINEL}`;
  const wire = Buffer.concat([
    Buffer.from(script, 'latin1'),
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(DEFAULT_FUSE_WIRE, 'latin1'),
    Buffer.from('\n', 'latin1'),
  ]);
  await writeFile(join(dir, 'electron'), wire);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'version'), `${version}\n`);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron MIT license file.\n');
  await writeFile(join(dir, 'locales', 'en-US.pak'), '');
  await writeFile(join(dir, 'locales', 'zh-CN.pak'), '');
  return dir;
}
