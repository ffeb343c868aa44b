import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBridge, type BridgeTransport } from '../../preload/bridge';
import { ipcRendererTransport } from '../../preload/ipc-renderer-transport';
import { FakeIpcMain, FakeIpcRenderer, invokeEvent, APP_FRAME, TRUSTED_ID } from './support/fake-electron';

const committedSurface = JSON.parse(readFileSync(new URL('./preload-surface.json', import.meta.url), 'utf8')) as string[];

function surfaceOf(api: object): string[] {
  return Object.entries(api)
    .flatMap(([key, value]) => (typeof value === 'function' ? [key] : Object.keys(value as object).map((verb) => `${key}.${verb}`)))
    .sort();
}

function recordingTransport(answer: (channel: string, payload: unknown) => Promise<unknown> = async () => ({ ok: true, data: null })) {
  const calls: unknown[][] = [];
  const subscriptions = new Map<string, (payload: unknown) => void>();
  const transport: BridgeTransport = {
    invoke: (...args) => {
      calls.push(args);
      return answer(args[0], args[1]);
    },
    subscribe: (event, listener) => {
      subscriptions.set(event, listener);
      return () => subscriptions.delete(event);
    },
  };
  return { transport, calls, subscriptions };
}

describe('buildBridge (window.couponStudio)', () => {
  it('exposes exactly the committed surface, all functions, frozen, with no generic invoke', () => {
    const api = buildBridge(recordingTransport().transport);
    expect(surfaceOf(api)).toEqual(committedSurface);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.app)).toBe(true);
    for (const key of ['invoke', 'send', 'ipcRenderer', 'process', 'require']) expect(key in api).toBe(false);
    expect(typeof api.app.info).toBe('function');
  });

  it('sends exactly (channel, first argument) and ignores extra arguments', async () => {
    const { transport, calls } = recordingTransport();
    const api = buildBridge(transport);
    await api.app.info();
    await (api.settings.set as (...args: unknown[]) => Promise<unknown>)({ locale: 'en' }, 'extra', { evil: true });
    expect(calls).toEqual([
      ['app:info', undefined],
      ['settings:set', { locale: 'en' }],
    ]);
  });

  it('never rejects: a transport failure or a non-envelope answer becomes a bilingual transport error', async () => {
    const rejecting = buildBridge(recordingTransport(async () => Promise.reject(new Error("No handler registered for 'app:info'"))).transport);
    const garbage = buildBridge(recordingTransport(async () => 'not an envelope').transport);
    for (const answer of [await rejecting.app.info(), await garbage.app.info()]) {
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('transport');
        expect(answer.error.message['zh-CN']).toContain('主进程');
        expect(answer.error.message.en).toContain('main process');
      }
    }
  });

  it('on() refuses unknown events and non-function callbacks', () => {
    const api = buildBridge(recordingTransport().transport);
    expect(() => api.on('no:such' as never, () => undefined)).toThrow(TypeError);
    expect(() => api.on('settings:changed', 'alert(1)' as never)).toThrow(TypeError);
  });

  it('unsubscribe stops delivery and is idempotent', () => {
    const { transport, subscriptions } = recordingTransport();
    const api = buildBridge(transport);
    const seen: unknown[] = [];
    const off = api.on('settings:changed', (payload) => seen.push(payload));
    subscriptions.get('settings:changed')?.({ locale: 'en' });
    off();
    off();
    expect(subscriptions.has('settings:changed')).toBe(false);
    expect(seen).toEqual([{ locale: 'en' }]);
  });
});

describe('ipcRendererTransport (the preload over a fake ipcRenderer)', () => {
  function setup() {
    const main = new FakeIpcMain();
    const renderer = new FakeIpcRenderer(main, invokeEvent(TRUSTED_ID, APP_FRAME));
    return { main, renderer, api: buildBridge(ipcRendererTransport(renderer.asIpcRenderer())) };
  }

  it('calls subscription callbacks with exactly one argument, the payload, never the IpcRendererEvent', () => {
    const { renderer, api } = setup();
    const calls: unknown[][] = [];
    api.on('settings:changed', (...args: unknown[]) => calls.push(args));
    renderer.deliver('settings:changed', { locale: 'en' }, 'a second arg main should never send');
    expect(calls).toEqual([[{ locale: 'en' }]]);
    expect(JSON.stringify(calls)).not.toContain('sender');
  });

  it('removes its ipcRenderer listener on unsubscribe', () => {
    const { renderer, api } = setup();
    const off = api.on('settings:changed', () => undefined);
    expect(renderer.listenerCount('settings:changed')).toBe(1);
    off();
    expect(renderer.listenerCount('settings:changed')).toBe(0);
  });

  it('invokes with exactly one payload argument', async () => {
    const { main, renderer, api } = setup();
    main.handle('app:openExternal', async () => ({ ok: true, data: null }));
    await api.app.openExternal({ url: 'https://mp.weixin.qq.com/' });
    expect(renderer.invoked).toEqual([{ channel: 'app:openExternal', args: [{ url: 'https://mp.weixin.qq.com/' }] }]);
  });
});
