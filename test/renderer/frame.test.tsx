import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, SCREENS } from '../../renderer/src/App';
import { resetAll, setBridge } from './support/harness';

type Listener = (payload: unknown) => void;

function fakeBridge() {
  const listeners = new Map<string, Set<Listener>>();
  let locale: 'system' | 'zh-CN' | 'en' = 'system';
  const bridge = {
    app: {
      info: vi.fn(async () => ({
        ok: true,
        data: {
          name: 'Coupon Studio',
          version: '0.1.0',
          platform: 'linux',
          arch: 'x64',
          transport: 'web',
          mode: 'test',
          systemLocale: 'zh-CN',
          locale: 'zh-CN',
          dataDir: { kind: 'memory' },
          versions: { electron: null, chrome: null, node: '20' },
        },
      })),
      openExternal: vi.fn(),
      // Settings mounts the data-directory card, which asks for this on first render.
      dataDir: vi.fn(async () => ({ ok: true, data: { path: '/tmp/coupon-studio', kind: 'memory' } })),
    },
    settings: {
      get: vi.fn(async () => ({ ok: true, data: { locale } })),
      set: vi.fn(async (patch: { locale: typeof locale }) => {
        locale = patch.locale;
        return { ok: true, data: { locale } };
      }),
    },
    on: (event: string, callback: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(callback);
      return () => set.delete(callback);
    },
    emit(event: string, payload: unknown) {
      for (const callback of listeners.get(event) ?? []) callback(payload);
    },
  };
  return bridge;
}

beforeEach(resetAll);
afterEach(resetAll);

describe('the app frame', () => {
  it('reports failure in both languages when there is no bridge', async () => {
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('shell').getAttribute('data-state')).toBe('failed'));
    expect(screen.getByTestId('shell-error').textContent).toContain('未连接到卡券工作室主进程');
  });

  it('the language switch calls settings:set and the UI follows settings:changed', async () => {
    const bridge = fakeBridge();
    setBridge(bridge);
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('shell').getAttribute('data-state')).toBe('ready'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('卡券工作室');
    fireEvent.click(screen.getByTestId('switch-language'));
    await waitFor(() => expect(bridge.settings.set).toHaveBeenCalledWith({ locale: 'en' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Coupon Studio'));
    // Another window switched back: this one follows the event.
    act(() => bridge.emit('settings:changed', { locale: 'zh-CN' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('卡券工作室');
    expect(screen.getByTestId('app-locale').textContent).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('has the six screens; the three owned elsewhere explain what comes there', async () => {
    setBridge(fakeBridge());
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('shell').getAttribute('data-state')).toBe('ready'));
    expect(SCREENS.map((s) => s.id)).toEqual(['builder', 'history', 'counter', 'accounts', 'console', 'settings']);
    for (const id of ['history', 'accounts', 'console']) {
      fireEvent.click(screen.getByTestId(`nav-${id}`));
      expect(screen.getByTestId(`nav-${id}`).getAttribute('aria-current')).toBe('page');
      const text = screen.getByRole('main').textContent ?? '';
      expect(text.length).toBeGreaterThan(40);
      expect(text).not.toMatch(/TODO|FIXME|not implemented/i);
    }
    fireEvent.click(screen.getByTestId('nav-settings'));
    expect(screen.getByTestId('settings').textContent).toContain('北京时间');
  });

  it('arrow keys move along the rail', async () => {
    setBridge(fakeBridge());
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('shell').getAttribute('data-state')).toBe('ready'));
    const builder = screen.getByTestId('nav-builder');
    builder.focus();
    fireEvent.keyDown(builder, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('nav-history'));
  });
});
