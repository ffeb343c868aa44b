// Components rendered on their own (outside AntdProvider's I18nextProvider) still find the app's
// i18next instance: importing it runs initReactI18next, so react-i18next never warns NO_I18NEXT_INSTANCE.
import '../../../renderer/src/i18n/i18next';

// jsdom has no matchMedia; antd's responsive components (Descriptions, Grid, Table) ask it at
// render. Chromium answers for real in the e2e tests; here every query simply does not match.
if (typeof window.matchMedia !== 'function') {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// jsdom has no ResizeObserver either; antd's Table, Select and pickers observe their size. The
// stand-in reports nothing (jsdom lays nothing out), which is what those widgets get there anyway.
if (typeof window.ResizeObserver !== 'function') {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: NoLayoutResizeObserver });
  Object.defineProperty(globalThis, 'ResizeObserver', { configurable: true, writable: true, value: NoLayoutResizeObserver });
}
