import { useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { frameText } from '../../i18n/frame-text';
import { useAppStore } from '../../stores/app-store';
import { NavRail } from './NavRail';
import type { ScreenDef } from './screens';
import { StatusBar } from './StatusBar';
import { ProductMark, TopBar } from './TopBar';

/** The app frame: top bar, navigation rail, the current screen, status bar. Screens come in as a list. */
export function Frame({ screens, accountSlot }: { screens: readonly ScreenDef[]; accountSlot?: ReactNode }) {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const info = useAppStore((s) => s.info);
  const error = useAppStore((s) => s.error);
  const locale = useAppStore((s) => s.locale);
  const current = useAppStore((s) => s.screen);
  const showScreen = useAppStore((s) => s.showScreen);
  const screen = screens.find((s) => s.id === current) ?? screens[0];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(frameText.product)} ${locale === 'zh-CN' ? 'Coupon Studio' : '卡券工作室'}`;
  }, [locale, t]);

  return (
    <div className="app" data-testid="shell" data-state={status}>
      <div className="app__rail">
        <div className="app__mark">
          <ProductMark />
        </div>
        <NavRail screens={screens} current={screen?.id ?? ''} onSelect={showScreen} />
      </div>
      <TopBar accountSlot={accountSlot} ready={status === 'ready'} />
      <main className="app__main" id="main">
          {status === 'loading' && <p className="app__loading">{t(frameText.connecting)}</p>}
          {status === 'failed' && (
            <p role="alert" className="app__error" data-testid="shell-error">
              {error ? t(error) : ''}
            </p>
          )}
          {status === 'ready' && screen?.render()}
      </main>
      <StatusBar info={info} locale={locale} />
    </div>
  );
}
