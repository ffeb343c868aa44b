import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import type { Locale } from '../../../common/i18n';

dayjs.extend(utc);
dayjs.extend(timezone);
/** Coupon dates are China dates whatever the computer's zone (wechat-card-api.md §4.3 timestamps). */
export const CHINA_ZONE = 'Asia/Shanghai';
dayjs.tz.setDefault(CHINA_ZONE);
dayjs.locale('zh-cn');

/** Follows the UI language: the pickers' month and weekday names come from here, not the OS. */
export function setDayjsLocale(locale: Locale): void {
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
}

/** A unix second as a dayjs in China time. */
export const chinaDay = (seconds: number) => dayjs.unix(seconds).tz(CHINA_ZONE);

export { dayjs };
