import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './web-preferences';

/** The BrowserWindow constructor, injected so tests capture the options with a fake. */
export type BrowserWindowCtor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

/** Options of {@link createMainWindow}. */
export interface MainWindowOptions {
  readonly preload: string;
  readonly isProduction: boolean;
  /** An icon for Linux window managers (Windows and macOS take it from the package). */
  readonly icon?: string;
}

/** The window options: secure webPreferences, hidden until the first paint. */
export function mainWindowOptions({ preload, isProduction, icon }: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: '卡券工作室 Coupon Studio',
    backgroundColor: '#ffffff',
    ...(icon === undefined ? {} : { icon }),
    webPreferences: secureWebPreferences({ preload, isProduction }),
  };
}

/** Creates the one main window; it shows itself once ready to paint (no white flash). */
export function createMainWindow(Window: BrowserWindowCtor, options: MainWindowOptions): BrowserWindow {
  const window = new Window(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  return window;
}
