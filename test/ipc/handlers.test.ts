import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/ipc/contract';
import { effectiveLocale } from '../../common/ipc/channels/settings';
import { localized } from '../../common/i18n';
import { err } from '../../common/result';
import { createMemoryLogger } from '../../main/log/logger';
import { createPersistentSettingsStore } from '../../main/ipc/handlers/settings';
import { createRouter } from '../../main/ipc/router';
import { removeTestDataDirs, testDeps } from './support/fake-electron';
import { createHandlers } from '../../main/ipc/handlers';

afterAll(removeTestDataDirs);

function routerWith(overrides: Parameters<typeof testDeps>[0] = {}) {
  const deps = testDeps(overrides);
  const router = createRouter({ contract, handlers: createHandlers(deps), isTrustedSender: () => true, log: createMemoryLogger() });
  return { router, deps };
}

describe('app handlers', () => {
  it('app:info reports the host facts with the locale in effect', async () => {
    const { router } = routerWith();
    const first = await router.dispatch('app:info', undefined, {});
    expect(first).toMatchObject({ ok: true, data: { transport: 'electron', locale: 'zh-CN', dataDir: { kind: 'custom' } } });
    await router.dispatch('settings:set', { locale: 'en' }, {});
    expect(await router.dispatch('app:info', undefined, {})).toMatchObject({ ok: true, data: { locale: 'en' } });
  });

  it('app:openExternal turns a refusal from openExternal into external_url_refused with its reason', async () => {
    const reason = localized('只能打开 https 链接。', 'Only https links can be opened.');
    const { router } = routerWith({ openExternal: async () => err(reason) });
    expect(await router.dispatch('app:openExternal', { url: 'http://mp.weixin.qq.com/' }, {})).toEqual({
      ok: false,
      error: { code: 'external_url_refused', message: reason },
    });
  });

  it('app:openExternal passes the URL through on success', async () => {
    const { router, deps } = routerWith();
    expect(await router.dispatch('app:openExternal', { url: 'https://mp.weixin.qq.com/cgi-bin/home' }, {})).toEqual({ ok: true, data: null });
    expect(deps.opened).toEqual(['https://mp.weixin.qq.com/cgi-bin/home']);
  });
});

describe('settings', () => {
  it.each([
    ['system', 'zh-CN', 'zh-CN'],
    ['system', 'zh-TW', 'zh-CN'],
    ['system', 'en-US', 'en'],
    ['system', 'de', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-GB', 'zh-CN'],
  ] as const)('setting %s on an OS locale %s shows %s', (setting, system, expected) => {
    expect(effectiveLocale(setting, system)).toBe(expected);
  });

  it('the persistent store reads defaults when empty, keeps valid values, and never rewrites an invalid file on read', () => {
    const data = new Map<string, unknown>();
    const writes: unknown[] = [];
    const invalid: unknown[] = [];
    const kv = { get: (k: string) => data.get(k), set: (k: string, v: unknown) => (writes.push(v), data.set(k, v)) };
    const store = createPersistentSettingsStore(kv, (issues) => invalid.push(issues));
    expect(store.get()).toEqual({ locale: 'system' });
    store.set({ locale: 'en' });
    expect(store.get()).toEqual({ locale: 'en' });
    data.set('settings', { locale: 'klingon' });
    expect(store.get()).toEqual({ locale: 'system' });
    expect(invalid).toHaveLength(1);
    expect(writes).toHaveLength(1);
    expect(data.get('settings')).toEqual({ locale: 'klingon' });
  });
});
