import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dryRunPackage, loadBuilderConfig, validateBuilderConfig, type DryRunReport } from '../../scripts/check-packaging';

type Hook = (context: object, env: Record<string, string | undefined>, notarize?: (o: object) => Promise<void>) => Promise<string>;
// The hook is plain .mjs (electron-builder imports it), so load it untyped.
const notarizePath = '../../scripts/notarize.mjs';
const loadHook = async () => ((await import(/* @vite-ignore */ notarizePath)) as { afterSign: Hook }).afterSign;

const workDirs: string[] = [];
afterAll(async () => {
  for (const dir of workDirs) await rm(dir, { recursive: true, force: true });
});

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib/scheme.json', async () => {
    expect(await validateBuilderConfig(await loadBuilderConfig())).toEqual([]);
  });

  it('the schema check can fail: an unknown key and a wrong type are reported', async () => {
    const config = await loadBuilderConfig();
    expect(await validateBuilderConfig({ ...config, electronFusez: {} })).not.toEqual([]);
    expect(await validateBuilderConfig({ ...config, asarUnpack: { sharp: true } })).not.toEqual([]);
  });

  it('states the required targets, fuses and unpacking', async () => {
    const config = (await loadBuilderConfig()) as Record<string, Record<string, unknown>>;
    expect(config.appId).toBe('cn.couponstudio.app');
    expect(config.productName).toBe('Coupon Studio');
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asarUnpack).toEqual(['node_modules/sharp/**', 'node_modules/@img/**', 'node_modules/@libsql/**']);
    expect(JSON.stringify(config.win)).toContain('"arch":["x64","arm64"]');
    expect(JSON.stringify(config.mac)).toContain('"arch":["universal"]');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(JSON.stringify(config.linux)).toMatch(/AppImage.*deb/);
  });
});

describe('offline dry-run package (linux --dir, stand-in Electron)', () => {
  let report: DryRunReport;

  it('packages, flips the fuses, keeps the asar to out/ + package.json + production modules, unpacks sharp and the SQLite binary', { timeout: 180_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coupon-pack-'));
    workDirs.push(dir);
    report = await dryRunPackage(dir);
    // @electron/fuses order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
    // EmbeddedAsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot, GrantFileProtocolExtraPrivileges.
    expect(report.fuses).toEqual({ 0: '0', 1: '1', 2: '0', 3: '0', 4: '1', 5: '1', 6: '0', 7: '0' });
    const files = new Set(report.asarFiles);
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/node_modules/zod/package.json', '/node_modules/electron-log/package.json', '/node_modules/electron-store/package.json']) {
      expect(files.has(file), file).toBe(true);
    }
    for (const prefix of ['/main/', '/preload/', '/renderer/', '/common/', '/test/', '/scripts/', '/.tmp/', '/assets/', '/node_modules/electron/', '/node_modules/react/', '/node_modules/react-dom/', '/node_modules/electron-builder/', '/node_modules/vitest/']) {
      expect(report.asarFiles.filter((f) => f.startsWith(prefix)), prefix).toEqual([]);
    }
    expect(report.asarFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(report.unpacked).toEqual(['sharp/package.json', '@img', '@libsql']);
    // The SQLite binding's JavaScript stays in the asar; only its native package is unpacked.
    expect(files.has('/node_modules/libsql/package.json')).toBe(true);
  });
});

describe('afterSign notarisation hook', () => {
  const mac = { electronPlatformName: 'darwin', appOutDir: '/out/mac-universal', packager: { appInfo: { productFilename: 'Coupon Studio' } } };

  it('skips off macOS and without credentials, and never calls the notary then', async () => {
    const afterSign = await loadHook();
    const calls: object[] = [];
    const record = async (o: object) => void calls.push(o);
    expect(await afterSign({ ...mac, electronPlatformName: 'linux' }, { APPLE_ID: 'a' }, record)).toMatch(/skipped/);
    expect(await afterSign(mac, { APPLE_ID: 'dev@example.com', APPLE_TEAM_ID: 'T' }, record)).toBe('skipped: no credentials');
    expect(calls).toEqual([]);
  });

  it('notarises the .app with an API key or an Apple ID when the set is complete', async () => {
    const afterSign = await loadHook();
    const calls: object[] = [];
    const record = async (o: object) => void calls.push(o);
    await afterSign(mac, { APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'KID', APPLE_API_ISSUER: 'ISS' }, record);
    await afterSign(mac, { APPLE_ID: 'dev@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'pw', APPLE_TEAM_ID: 'TEAM' }, record);
    expect(calls).toEqual([
      { appPath: '/out/mac-universal/Coupon Studio.app', appleApiKey: '/k.p8', appleApiKeyId: 'KID', appleApiIssuer: 'ISS' },
      { appPath: '/out/mac-universal/Coupon Studio.app', appleId: 'dev@example.com', appleIdPassword: 'pw', teamId: 'TEAM' },
    ]);
  });
});
