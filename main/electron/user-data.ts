import { resolve } from 'node:path';

/** The environment variable that moves the user-data directory (tests run with a fresh temp dir). */
export const USER_DATA_ENV = 'COUPON_STUDIO_USER_DATA';
const SWITCH = '--user-data-dir';

/** Where user data goes: the OS default, or an override from the switch or the environment. */
export type UserDataChoice = { readonly kind: 'default' } | { readonly kind: 'custom'; readonly path: string };

/**
 * Reads `--user-data-dir=<dir>` / `--user-data-dir <dir>` (wins) or COUPON_STUDIO_USER_DATA,
 * resolved against `cwd`. main/index.ts applies it with app.setPath('userData') before `ready`,
 * so the single-instance lock and every store follow it (Bruno-style fresh dirs per e2e test).
 */
export function resolveUserDataDir(
  env: Readonly<Record<string, string | undefined>>,
  argv: readonly string[],
  cwd: string,
): UserDataChoice {
  let fromSwitch: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith(`${SWITCH}=`)) fromSwitch = arg.slice(SWITCH.length + 1);
    else if (arg === SWITCH && argv[index + 1] !== undefined) fromSwitch = argv[index + 1];
  });
  const chosen = [fromSwitch, env[USER_DATA_ENV]].find((value) => value !== undefined && value.trim() !== '');
  return chosen === undefined ? { kind: 'default' } : { kind: 'custom', path: resolve(cwd, chosen.trim()) };
}
