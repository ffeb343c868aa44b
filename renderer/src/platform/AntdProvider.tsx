import { IconProvider } from '@ant-design/icons';
import { App as AntdApp, ConfigProvider, theme as antdTheme, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useLayoutEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, setI18nLanguage } from '../i18n/i18next';
import { useAppStore } from '../stores/app-store';
import { setDayjsLocale } from './dayjs';

/** WeChat green (the tokens.css accent) as antd's primary colour; the rest stays antd's default. */
export const APP_THEME: ThemeConfig = {
  algorithm: antdTheme.defaultAlgorithm,
  token: {
    colorPrimary: '#07c160',
    colorSuccess: '#07c160',
    colorError: '#e5484d',
    colorWarning: '#f0a020',
    borderRadius: 6,
    fontFamily: 'inherit',
  },
};

const ICONS = { prefixCls: 'anticon', zeroRuntime: true } as const;

/**
 * antd, i18next and dayjs all follow the app store's language: one switch in Settings changes the
 * texts, antd's own words (OK, pagination, pickers) and the date names at once. Styles are runtime
 * CSS-in-JS written to constructed stylesheets (platform/cssom-dynamic-css.ts), so the strict CSP holds.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const locale = useAppStore((s) => s.locale);
  // dayjs's locale is a plain global that antd's pickers read while rendering: set it before them.
  setDayjsLocale(locale);
  // i18next notifies its subscribers with setState: after render, before the paint.
  useLayoutEffect(() => {
    setI18nLanguage(locale);
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nextProvider i18n={i18n}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCN : enUS} theme={APP_THEME}>
        {/* @ant-design/icons carries its own <style> injector; antd's ConfigProvider already
            writes the same .anticon rules through cssinjs, so the icons' copy is switched off. */}
        <IconProvider value={ICONS}>
          <AntdApp component={false}>{children}</AntdApp>
        </IconProvider>
      </ConfigProvider>
    </I18nextProvider>
  );
}
