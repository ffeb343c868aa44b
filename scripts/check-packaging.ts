// `npm run check:packaging`: (1) validates electron-builder.yml against electron-builder's own
// JSON schema (app-builder-lib/scheme.json, ajv with electron-builder's options); (2) builds with
// electron-vite and packages a Linux `--dir` app offline, using a stand-in Electron dist
// (scripts/stand-in-electron.ts) as `electronDist`, then inspects the result.
//
// What the dry run proves: the config loads and is accepted by the real electron-builder; the
// `files` list puts exactly out/ + package.json + production node_modules into app.asar; sharp and
// libsql's native package are unpacked; the electronFuses block is applied to the binary (read back with @electron/fuses);
// the afterSign hook resolves and skips off macOS; the Linux executable gets its name.
// What it cannot prove: that a real Electron starts from the package, code signing and
// notarisation, the NSIS / dmg (universal merge) / AppImage / deb makers, icon conversion per
// platform, and sharp or libsql loading from app.asar.unpacked at runtime.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Ajv from 'ajv';
import { prepareStandInElectron } from './stand-in-electron';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

/** The project root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The config under test. */
export const BUILDER_CONFIG = join(PROJECT_ROOT, 'electron-builder.yml');

/** Reads electron-builder.yml (js-yaml, the parser electron-builder itself uses). */
export async function loadBuilderConfig(path: string = BUILDER_CONFIG): Promise<Record<string, unknown>> {
  const { load } = require('js-yaml') as { load(text: string): unknown };
  return load(await readFile(path, 'utf8')) as Record<string, unknown>;
}

/** Schema errors of a config object (empty when valid), as `path: message` lines. */
export async function validateBuilderConfig(config: unknown): Promise<string[]> {
  const schema = JSON.parse(await readFile(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  // The options electron-builder's own schemaValidator.js uses.
  const ajv = new Ajv({ allErrors: true, coerceTypes: true, strict: false });
  const validate = ajv.compile(schema);
  if (validate(structuredClone(config))) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'}: ${error.message ?? error.keyword}`);
}

/** What the dry run found in the packaged app. */
export interface DryRunReport {
  readonly appDir: string;
  readonly executable: string;
  readonly asarFiles: readonly string[];
  readonly unpacked: readonly string[];
  /** Fuse index → state byte ('0' disabled, '1' enabled) read back from the packaged binary. */
  readonly fuses: Readonly<Record<string, string>>;
}

/** Runs `electron-vite build` (out/), then electron-builder `--linux dir` into `workDir`. */
export async function dryRunPackage(workDir: string): Promise<DryRunReport> {
  await run(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: PROJECT_ROOT });
  const electronVersion = (JSON.parse(await readFile(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const electronDist = await prepareStandInElectron(join(workDir, 'electron-dist'), electronVersion);
  const output = join(workDir, 'release');
  const { build, Platform, Arch } = await import('electron-builder');
  await build({
    projectDir: PROJECT_ROOT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist, directories: { output, buildResources: 'assets' } },
  });
  const appDir = join(output, 'linux-unpacked');
  const executable = join(appDir, 'coupon-studio');
  await stat(executable);
  const asar = require('@electron/asar') as { listPackage(path: string, options: object): string[] };
  const asarFiles = asar.listPackage(join(appDir, 'resources', 'app.asar'), {}).map((file) => file.replaceAll('\\', '/'));
  const unpackedRoot = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
  const unpacked = await Promise.all(
    ['sharp/package.json', '@img', '@libsql'].map(async (entry) => ((await stat(join(unpackedRoot, entry)).catch(() => null)) ? entry : '')),
  );
  const { getCurrentFuseWire } = require('@electron/fuses') as { getCurrentFuseWire(path: string): Promise<Record<string, unknown>> };
  const wire = await getCurrentFuseWire(executable);
  const fuses: Record<string, string> = {};
  for (const [key, value] of Object.entries(wire)) if (key !== 'version') fuses[key] = String.fromCharCode(Number(value));
  return { appDir, executable, asarFiles, unpacked: unpacked.filter(Boolean), fuses };
}

async function main(): Promise<void> {
  const errors = await validateBuilderConfig(await loadBuilderConfig());
  if (errors.length > 0) {
    console.error(`electron-builder.yml does not match electron-builder's schema:\n${errors.join('\n')}`);
    process.exit(1);
  }
  console.log('electron-builder.yml: valid against app-builder-lib/scheme.json');
  const workDir = await mkdtemp(join(tmpdir(), 'coupon-studio-pack-'));
  try {
    const report = await dryRunPackage(workDir);
    console.log(`dry run: ${report.asarFiles.length} entries in app.asar; unpacked: ${report.unpacked.join(', ')}`);
    console.log(`fuses: ${JSON.stringify(report.fuses)}`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
