import type { ReactNode } from 'react';
import { useT, useLocale } from '../../i18n';
import { frameText } from '../../i18n/frame-text';
import { useAppStore } from '../../stores/app-store';

/** The product mark: a coupon with a perforation, in Weixin green (sits atop the rail). */
export function ProductMark() {
  return (
    <svg className="product-mark" width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 7a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v2.2a2.8 2.8 0 0 0 0 5.6V17a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2v-2.2a2.8 2.8 0 0 0 0-5.6Z" fill="currentColor" />
      <path d="M15 6.5v11" stroke="#fff" strokeWidth="1.4" strokeDasharray="1.6 1.6" />
    </svg>
  );
}

/** 中文 / English: one button that switches and shows which is active; saved through settings:set. */
function LanguageSwitch({ disabled }: { disabled: boolean }) {
  const t = useT();
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  const next = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <button
      type="button"
      className="lang-switch"
      data-testid="switch-language"
      disabled={disabled}
      aria-label={t(frameText.languageSwitch(locale === 'zh-CN' ? '中文' : 'English', next === 'en' ? 'English' : '中文'))}
      onClick={() => void setLocale(next)}
    >
      <span className={locale === 'zh-CN' ? 'lang-switch__opt lang-switch__opt--on' : 'lang-switch__opt'} lang="zh-CN">
        中文
      </span>
      <span className={locale === 'en' ? 'lang-switch__opt lang-switch__opt--on' : 'lang-switch__opt'} lang="en">
        English
      </span>
    </button>
  );
}

/** The top bar: product name, the account switcher slot, the language switch. */
export function TopBar({ accountSlot, ready }: { accountSlot?: ReactNode; ready: boolean }) {
  const t = useT();
  return (
    <header className="topbar">
      <h1 className="topbar__name">{t(frameText.product)}</h1>
      <div className="topbar__slot">{accountSlot}</div>
      <LanguageSwitch disabled={!ready} />
    </header>
  );
}
