import { useEffect, useState } from 'react';
import { localized, pick, type Locale, type Localized } from '../../common/i18n';
import type { AppInfo } from '../../common/ipc/channels/app';
import { getApi } from './api';

type ShellState = { kind: 'loading' } | { kind: 'ready'; info: AppInfo } | { kind: 'failed'; message: Localized };

const NO_BRIDGE = localized(
  '未连接到卡券工作室主进程：请在桌面应用或测试服务器（npm run web）中打开此页面。',
  'Not connected to the Coupon Studio main process: open this page in the desktop app or the harness (npm run web).',
);
const GREEN = '#07C160';

/** The minimal shell: title, what the main side reports, a language switch. The real UI replaces it. */
export function App() {
  const api = getApi();
  const [state, setState] = useState<ShellState>(() => (api ? { kind: 'loading' } : { kind: 'failed', message: NO_BRIDGE }));

  useEffect(() => {
    if (!api) return undefined;
    let alive = true;
    const load = () => {
      void api.app.info().then((answer) => {
        if (alive) setState(answer.ok ? { kind: 'ready', info: answer.data } : { kind: 'failed', message: answer.error.message });
      });
    };
    load();
    const unsubscribe = api.on('settings:changed', load);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [api]);

  const locale: Locale = state.kind === 'ready' ? state.info.locale : 'zh-CN';
  const switchLanguage = () => void api?.settings.set({ locale: locale === 'zh-CN' ? 'en' : 'zh-CN' });

  return (
    <main data-testid="shell" data-state={state.kind} style={{ fontFamily: 'system-ui, sans-serif', margin: 0, padding: 32, color: '#1f1f1f' }}>
      <header style={{ display: 'flex', alignItems: 'center', gap: 16, borderBottom: `4px solid ${GREEN}`, paddingBottom: 12 }}>
        <h1 style={{ margin: 0, fontSize: 28 }}>{pick(localized('卡券工作室', 'Coupon Studio'), locale)}</h1>
        <button type="button" data-testid="switch-language" onClick={switchLanguage} disabled={state.kind !== 'ready'}>
          {locale === 'zh-CN' ? 'English' : '中文'}
        </button>
      </header>
      {state.kind === 'loading' && <p>{pick(localized('正在连接…', 'Connecting…'), locale)}</p>}
      {state.kind === 'failed' && (
        <p role="alert" data-testid="shell-error" style={{ color: '#c62828' }}>
          {pick(state.message, locale)}
        </p>
      )}
      {state.kind === 'ready' && (
        <dl data-testid="app-info" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}>
          <dt>{pick(localized('版本', 'Version'), locale)}</dt>
          <dd data-testid="app-version" style={{ margin: 0 }}>{state.info.version}</dd>
          <dt>{pick(localized('平台', 'Platform'), locale)}</dt>
          <dd style={{ margin: 0 }}>{`${state.info.platform} ${state.info.arch}`}</dd>
          <dt>{pick(localized('运行方式', 'Transport'), locale)}</dt>
          <dd data-testid="app-transport" style={{ margin: 0 }}>{state.info.transport}</dd>
          <dt>{pick(localized('界面语言', 'Language'), locale)}</dt>
          <dd data-testid="app-locale" style={{ margin: 0 }}>{state.info.locale}</dd>
        </dl>
      )}
    </main>
  );
}
