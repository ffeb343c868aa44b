import { localized, type Localized } from '../i18n';

/** An allowed API value with the words the MP platform shows for it. */
export interface EnumOption<V extends string = string> {
  value: V;
  label: Localized;
}

/** code_type values (§4.2; creation guide §2.2.3). CODE_TYPE_NONE is for online redemption only. */
export const CODE_TYPES = [
  { value: 'CODE_TYPE_TEXT', label: localized('仅卡券号', 'Code number only') },
  { value: 'CODE_TYPE_BARCODE', label: localized('一维码（带卡券号）', 'Barcode with number') },
  { value: 'CODE_TYPE_QRCODE', label: localized('二维码（带卡券号）', 'QR code with number') },
  { value: 'CODE_TYPE_ONLY_QRCODE', label: localized('仅二维码', 'QR code only') },
  { value: 'CODE_TYPE_ONLY_BARCODE', label: localized('仅一维码', 'Barcode only') },
  { value: 'CODE_TYPE_NONE', label: localized('无 Code（线上核销）', 'No code (online redemption)') },
] as const satisfies readonly EnumOption[];
export type CodeType = (typeof CODE_TYPES)[number]['value'];

/** date_info.type string values; the legacy numbers 1 and 2 are still accepted (§4.3). */
export const DATE_TYPES = [
  { value: 'DATE_TYPE_FIX_TIME_RANGE', label: localized('固定日期', 'Fixed dates') },
  { value: 'DATE_TYPE_FIX_TERM', label: localized('领取后计算', 'Days after receipt') },
] as const satisfies readonly EnumOption[];
export type DateTypeName = (typeof DATE_TYPES)[number]['value'];

/** The old numeric spellings of date_info.type ("旧文档采用的1和2依然生效", §4.3). */
export const LEGACY_DATE_TYPES: Readonly<Record<1 | 2, DateTypeName>> = {
  1: 'DATE_TYPE_FIX_TIME_RANGE',
  2: 'DATE_TYPE_FIX_TERM',
};

/** The only get_custom_code_mode value: imported (deposited) codes, stock must start at 0 (§4.2). */
export const DEPOSIT_MODE = 'GET_CUSTOM_CODE_MODE_DEPOSIT';
export const CUSTOM_CODE_MODES = [
  { value: DEPOSIT_MODE, label: localized('预存 Code（导入 Code 后再加库存）', 'Deposited codes (import codes, then add stock)') },
] as const satisfies readonly EnumOption[];

/** advanced_info.business_service values (§4.6). */
export const BUSINESS_SERVICES = [
  { value: 'BIZ_SERVICE_DELIVER', label: localized('外卖服务', 'Delivery') },
  { value: 'BIZ_SERVICE_FREE_PARK', label: localized('停车位', 'Parking') },
  { value: 'BIZ_SERVICE_WITH_PET', label: localized('可带宠物', 'Pets welcome') },
  { value: 'BIZ_SERVICE_FREE_WIFI', label: localized('免费 Wi-Fi', 'Free Wi-Fi') },
] as const satisfies readonly EnumOption[];
export type BusinessService = (typeof BUSINESS_SERVICES)[number]['value'];

/** advanced_info.time_limit[].type values: the weekdays, plus HOLIDAY which the guide's own example uses. */
export const TIME_LIMIT_TYPES = [
  { value: 'MONDAY', label: localized('周一', 'Monday') },
  { value: 'TUESDAY', label: localized('周二', 'Tuesday') },
  { value: 'WEDNESDAY', label: localized('周三', 'Wednesday') },
  { value: 'THURSDAY', label: localized('周四', 'Thursday') },
  { value: 'FRIDAY', label: localized('周五', 'Friday') },
  { value: 'SATURDAY', label: localized('周六', 'Saturday') },
  { value: 'SUNDAY', label: localized('周日', 'Sunday') },
  { value: 'HOLIDAY', label: localized('节假日', 'Holidays') },
] as const satisfies readonly EnumOption[];
export type TimeLimitType = (typeof TIME_LIMIT_TYPES)[number]['value'];

/** The bare values of an option list, typed as a non-empty tuple for z.enum. */
export function enumValues<V extends string>(options: readonly EnumOption<V>[]): [V, ...V[]] {
  return options.map((o) => o.value) as [V, ...V[]];
}
