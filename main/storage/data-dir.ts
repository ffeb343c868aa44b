import { posix, win32 } from 'node:path';

/** The product name Electron's `app.getName()` returns (package.json productName); userData ends in it. */
export const PRODUCT_DIR_NAME = 'Coupon Studio';

/** The environment variable that moves the data directory for the CLI and the app alike. */
export const DATA_DIR_ENV = 'COUPON_STUDIO_HOME';

/** The desktop app's own override (main/electron/user-data.ts); honoured too so an e2e run and the CLI agree. */
export const USER_DATA_ENV_FALLBACK = 'COUPON_STUDIO_USER_DATA';

/** The CLI switch that moves the data directory. */
export const DATA_DIR_FLAG = '--data-dir';

/** Inputs of {@link resolveDataDir}; all injected so every platform's answer is testable anywhere. */
export interface DataDirInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Node's `process.platform`. */
  readonly platform: string;
  /** `os.homedir()`. */
  readonly homedir: string;
  /** The `--data-dir` value, when the caller got one (wins over the environment). */
  readonly override?: string | undefined;
  /** Directory relative overrides are resolved against (default: the home directory). */
  readonly cwd?: string;
}

/** Where the data directory is and why. */
export interface DataDir {
  readonly path: string;
  readonly kind: 'default' | 'custom';
  readonly source: 'flag' | 'env' | 'default';
}

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * The directory holding accounts, drafts, images and history. Without an override it is exactly
 * Electron's userData for productName "Coupon Studio" (appData + name: `$XDG_CONFIG_HOME` or
 * `~/.config` on Linux, `~/Library/Application Support` on macOS, `%APPDATA%` on Windows), so the
 * CLI and the desktop app share one set of data.
 */
export function resolveDataDir(input: DataDirInput): DataDir {
  const path = input.platform === 'win32' ? win32 : posix;
  const base = input.cwd ?? input.homedir;
  if (present(input.override)) return { path: path.resolve(base, input.override.trim()), kind: 'custom', source: 'flag' };
  const fromEnv = [input.env[DATA_DIR_ENV], input.env[USER_DATA_ENV_FALLBACK]].find(present);
  if (fromEnv !== undefined) return { path: path.resolve(base, fromEnv.trim()), kind: 'custom', source: 'env' };
  return { path: path.join(appDataDir(input), PRODUCT_DIR_NAME), kind: 'default', source: 'default' };
}

/** Electron's `appData` for a platform (what userData is built on). */
function appDataDir({ env, platform, homedir }: DataDirInput): string {
  if (platform === 'win32') return present(env.APPDATA) ? env.APPDATA : win32.join(homedir, 'AppData', 'Roaming');
  if (platform === 'darwin') return posix.join(homedir, 'Library', 'Application Support');
  // Chromium's GetXDGDirectory: XDG_CONFIG_HOME when set, else ~/.config.
  const xdg = env.XDG_CONFIG_HOME;
  return present(xdg) ? xdg : posix.join(homedir, '.config');
}

/** Reads `--data-dir=<dir>` or `--data-dir <dir>` from a CLI argument list. */
export function readDataDirFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) found = arg.slice(DATA_DIR_FLAG.length + 1);
    else if (arg === DATA_DIR_FLAG && argv[index + 1] !== undefined) found = argv[index + 1];
  });
  return found;
}
