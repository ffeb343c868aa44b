import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, readDataDirFlag, resolveDataDir } from '../../main/storage/data-dir';

describe('resolveDataDir', () => {
  it.each([
    ['linux', {}, '/home/mei/.config/Coupon Studio'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/Coupon Studio'],
    ['linux', { XDG_CONFIG_HOME: '  ' }, '/home/mei/.config/Coupon Studio'],
    ['darwin', {}, '/home/mei/Library/Application Support/Coupon Studio'],
    ['win32', { APPDATA: 'C:\\Users\\mei\\AppData\\Roaming' }, 'C:\\Users\\mei\\AppData\\Roaming\\Coupon Studio'],
  ] as const)('defaults to Electron userData for productName on %s (%j)', (platform, env, expected) => {
    const homedir = platform === 'win32' ? 'C:\\Users\\mei' : '/home/mei';
    expect(resolveDataDir({ env, platform, homedir })).toEqual({ path: expected, kind: 'default', source: 'default' });
  });

  it('falls back to <home>\\AppData\\Roaming on Windows without APPDATA', () => {
    expect(resolveDataDir({ env: {}, platform: 'win32', homedir: 'C:\\Users\\mei' }).path).toBe('C:\\Users\\mei\\AppData\\Roaming\\Coupon Studio');
  });

  it('takes --data-dir over COUPON_STUDIO_HOME, and the env var over the default', () => {
    const env = { [DATA_DIR_ENV]: '/srv/cs-env' };
    expect(resolveDataDir({ env, platform: 'linux', homedir: '/home/mei', override: '/srv/cs-flag' })).toEqual({ path: '/srv/cs-flag', kind: 'custom', source: 'flag' });
    expect(resolveDataDir({ env, platform: 'linux', homedir: '/home/mei' })).toEqual({ path: '/srv/cs-env', kind: 'custom', source: 'env' });
  });

  it("honours the desktop app's COUPON_STUDIO_USER_DATA so an e2e run and the CLI share data", () => {
    expect(resolveDataDir({ env: { COUPON_STUDIO_USER_DATA: '/tmp/e2e' }, platform: 'linux', homedir: '/h' }).path).toBe('/tmp/e2e');
  });

  it('resolves a relative override against cwd', () => {
    expect(resolveDataDir({ env: {}, platform: 'linux', homedir: '/h', cwd: '/work', override: 'data' }).path).toBe('/work/data');
  });

  it('reads --data-dir in both forms', () => {
    expect(readDataDirFlag(['node', 'cli', '--data-dir=/a'])).toBe('/a');
    expect(readDataDirFlag(['node', 'cli', '--data-dir', '/b', 'create'])).toBe('/b');
    expect(readDataDirFlag(['node', 'cli', '--data-dir'])).toBeUndefined();
  });
});
