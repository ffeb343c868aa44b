import { describe, expect, it } from 'vitest';
import { createMainWindow, type BrowserWindowCtor } from '../../main/electron/window';

type BrowserWindowConstructorOptions = ConstructorParameters<BrowserWindowCtor>[0];

function capture(isProduction: boolean) {
  const constructed: BrowserWindowConstructorOptions[] = [];
  const once = new Map<string, () => void>();
  let shown = 0;
  class FakeWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      constructed.push(options);
    }
    once(event: string, listener: () => void) {
      once.set(event, listener);
      return this;
    }
    show() {
      shown += 1;
    }
  }
  createMainWindow(FakeWindow as unknown as BrowserWindowCtor, { preload: '/app/out/preload/index.cjs', isProduction });
  return { options: constructed[0] as BrowserWindowConstructorOptions, once, shown: () => shown };
}

describe('main window (checklist #2–#4, #6, #8–#12)', () => {
  it('writes out every security-relevant webPreference', () => {
    const prefs = capture(true).options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      preload: '/app/out/preload/index.cjs',
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.additionalArguments).toBeUndefined();
    expect(prefs.partition).toBeUndefined();
  });

  it('no webPreference that weakens the sandbox is ever true', () => {
    const prefs = capture(false).options.webPreferences as Record<string, unknown>;
    for (const key of ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'webviewTag', 'allowRunningInsecureContent', 'experimentalFeatures', 'plugins']) {
      expect(prefs[key], key).not.toBe(true);
    }
    for (const key of ['contextIsolation', 'sandbox', 'webSecurity']) expect(prefs[key], key).toBe(true);
  });

  it('DevTools are off in production and on in development', () => {
    expect(capture(true).options.webPreferences?.devTools).toBe(false);
    expect(capture(false).options.webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready-to-show', () => {
    const window = capture(true);
    expect(window.options.show).toBe(false);
    expect(window.shown()).toBe(0);
    window.once.get('ready-to-show')?.();
    expect(window.shown()).toBe(1);
  });
});
