import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/ipc/contract';
import { ipcFail, ipcOk, type IpcResult } from '../../common/ipc/envelope';
import { localized } from '../../common/i18n';
import { createMemoryLogger } from '../../main/log/logger';
import { defineHandlers, type HandlersFor } from '../../main/ipc/define-handlers';
import { createRouter } from '../../main/ipc/router';
import type { AppChannels } from '../../common/ipc/contract';
import { removeTestDataDirs, testHandlers } from './support/fake-electron';

afterAll(removeTestDataDirs);

type Sender = { trusted: boolean };
const TRUSTED: Sender = { trusted: true };

function makeRouter(handlers: HandlersFor<AppChannels> = testHandlers(), validateResponses = true) {
  const log = createMemoryLogger();
  const router = createRouter({
    contract,
    handlers,
    isTrustedSender: (s: Sender) => s.trusted,
    log,
    validateResponses,
    newReference: () => 'ref00001',
  });
  return { router, log };
}

function failure(result: IpcResult<unknown>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('router.dispatch', () => {
  it('answers a valid request from a trusted sender with the handler data', async () => {
    const { router } = makeRouter();
    const result = await router.dispatch('settings:get', undefined, TRUSTED);
    expect(result).toEqual({ ok: true, data: { locale: 'system' } });
  });

  it('checks the sender before anything else, even for an unknown channel or a bad payload', async () => {
    const { router, log } = makeRouter();
    for (const [channel, payload] of [['app:info', undefined], ['no:such', 1], ['settings:set', { locale: 'fr' }]] as const) {
      const error = failure(await router.dispatch(channel, payload, { trusted: false }));
      expect(error.code).toBe('forbidden');
      expect(error.message['zh-CN']).toMatch(/拒绝/);
      expect(error.message.en).toMatch(/refused/);
    }
    expect(log.entries.filter((e) => e.message.includes('untrusted sender'))).toHaveLength(3);
  });

  it('treats a sender check that throws as untrusted', async () => {
    const log = createMemoryLogger();
    const router = createRouter({
      contract,
      handlers: testHandlers(),
      isTrustedSender: () => {
        throw new Error('frame destroyed');
      },
      log,
    });
    expect(failure(await router.dispatch('app:info', undefined, {})).code).toBe('forbidden');
  });

  it.each(['no:such', 'app:Info', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'x'.repeat(500)])(
    'refuses the unknown channel %j with a bilingual message',
    async (channel) => {
      const { router } = makeRouter();
      const error = failure(await router.dispatch(channel, undefined, TRUSTED));
      expect(error.code).toBe('unknown_channel');
      expect(error.message['zh-CN']).toContain('未知的调用通道');
      expect(error.message.en).toContain('Unknown channel');
      expect(error.message.en.length).toBeLessThan(300);
    },
  );

  it.each([
    ['settings:set', { locale: 'fr' }, [['locale']]],
    ['settings:set', { locale: 'en', extra: 1 }, [[]]],
    ['settings:set', 'en', [[]]],
    ['app:openExternal', {}, [['url']]],
    ['app:openExternal', { url: 42 }, [['url']]],
    ['app:openExternal', { url: 'x'.repeat(3000) }, [['url']]],
    ['app:info', { unexpected: true }, [[]]],
  ] as const)('refuses the invalid payload %s %j with the zod issue paths', async (channel, payload, paths) => {
    const { router } = makeRouter();
    const error = failure(await router.dispatch(channel, payload, TRUSTED));
    expect(error.code).toBe('invalid_request');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual(paths);
    expect(error.message['zh-CN']).toContain('请求格式不正确');
    expect(error.message.en).toContain('malformed');
  });

  it('turns a thrown error into `internal` with a reference, never the stack or a secret', async () => {
    const handlers = defineHandlers({
      ...testHandlers(),
      'app:info': () => {
        throw new Error('boom at https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=CANARY_SECRET');
      },
    });
    const { router, log } = makeRouter(handlers);
    const result = await router.dispatch('app:info', undefined, TRUSTED);
    const error = failure(result);
    expect(error.code).toBe('internal');
    expect(error.details).toEqual({ reference: 'ref00001' });
    const wire = JSON.stringify(result);
    expect(wire).not.toContain('CANARY_SECRET');
    expect(wire).not.toContain('boom');
    expect(wire).not.toMatch(/at .*\.ts:\d+/);
    const logged = JSON.stringify(log.entries);
    expect(logged).toContain('ref00001');
    expect(logged).toContain('boom');
    expect(logged).not.toContain('CANARY_SECRET');
  });

  it('turns a rejected promise into `internal` too', async () => {
    const handlers = defineHandlers({ ...testHandlers(), 'settings:get': async () => Promise.reject(new Error('disk full')) });
    expect(failure(await makeRouter(handlers).router.dispatch('settings:get', undefined, TRUSTED)).code).toBe('internal');
  });

  it('refuses a response that breaks the contract while validating, and passes it through when not', async () => {
    const bad = defineHandlers({ ...testHandlers(), 'settings:get': () => ({ ok: true, data: { locale: 'fr' } }) as never });
    const strict = makeRouter(bad);
    expect(failure(await strict.router.dispatch('settings:get', undefined, TRUSTED)).code).toBe('internal');
    expect(strict.log.entries.some((e) => e.message.includes('breaks the contract'))).toBe(true);
    const lax = makeRouter(bad, false);
    expect(await lax.router.dispatch('settings:get', undefined, TRUSTED)).toEqual({ ok: true, data: { locale: 'fr' } });
  });

  it('refuses a handler result that is not an envelope', async () => {
    const handlers = defineHandlers({ ...testHandlers(), 'settings:get': () => ({ locale: 'en' }) as never });
    expect(failure(await makeRouter(handlers).router.dispatch('settings:get', undefined, TRUSTED)).code).toBe('internal');
  });

  it('passes handler failures through as values, with secrets redacted', async () => {
    const handlers = defineHandlers({
      ...testHandlers(),
      'app:openExternal': () =>
        ipcFail('wechat_error', localized('失败 access_token=TOKEN123', 'failed access_token=TOKEN123'), { body: '{"secret":"S3CRET"}', errcode: 40001 }),
    });
    const result = await makeRouter(handlers).router.dispatch('app:openExternal', { url: 'https://mp.weixin.qq.com/' }, TRUSTED);
    const error = failure(result);
    expect(error.code).toBe('wechat_error');
    expect(error.details?.errcode).toBe(40001);
    expect(JSON.stringify(result)).not.toMatch(/TOKEN123|S3CRET/);
  });

  it('fails at startup, not at call time, when a channel has no handler', () => {
    const partial = { ...testHandlers() } as Record<string, unknown>;
    delete partial['settings:set'];
    expect(() => makeRouter(partial as never)).toThrow(/settings:set/);
  });

  it('lists exactly the contract channels', () => {
    expect([...makeRouter().router.channels].sort()).toEqual(Object.keys(contract.channels).sort());
  });
});

describe('router events', () => {
  it('delivers emitted events to every bound transport until unbound', () => {
    const { router } = makeRouter();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const offA = router.subscribe((event, payload) => a.push([event, payload]));
    router.subscribe((event, payload) => b.push([event, payload]));
    router.emit('settings:changed', { locale: 'en' });
    offA();
    router.emit('settings:changed', { locale: 'zh-CN' });
    expect(a).toEqual([['settings:changed', { locale: 'en' }]]);
    expect(b).toHaveLength(2);
  });

  it('emits settings:changed from a handler only when something changed', async () => {
    const { router } = makeRouter();
    const seen: unknown[] = [];
    router.subscribe((_event, payload) => seen.push(payload));
    await router.dispatch('settings:set', { locale: 'en' }, TRUSTED);
    await router.dispatch('settings:set', { locale: 'en' }, TRUSTED);
    await router.dispatch('settings:set', {}, TRUSTED);
    expect(seen).toEqual([{ locale: 'en' }]);
  });

  it('drops and logs an event payload that breaks the contract; one failing listener does not stop others', () => {
    const { router, log } = makeRouter();
    const seen: unknown[] = [];
    router.subscribe(() => {
      throw new Error('window gone');
    });
    router.subscribe((_event, payload) => seen.push(payload));
    router.emit('settings:changed', { locale: 'fr' } as never);
    router.emit('settings:changed', { locale: 'en' });
    router.emit('no:such' as never, {} as never);
    expect(seen).toEqual([{ locale: 'en' }]);
    const messages = log.entries.map((e) => e.message);
    expect(messages).toContain('ipc: event payload breaks the contract');
    expect(messages).toContain('ipc: event listener failed');
    expect(messages).toContain('ipc: emit of an event not in the contract');
  });
});

describe('envelope helpers', () => {
  it('ipcOk and ipcFail build the documented shapes', () => {
    expect(ipcOk(1)).toEqual({ ok: true, data: 1 });
    expect(ipcFail('x', localized('甲', 'a'))).toEqual({ ok: false, error: { code: 'x', message: { 'zh-CN': '甲', en: 'a' } } });
  });
});
