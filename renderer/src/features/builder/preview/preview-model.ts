import { externalRedirectUrl } from '../../../../../common/coupon/redirect-url';
import type { CardType } from '../../../../../common/coupon/card-types';
import { colorHex } from '../../../../../common/coupon/colors';
import { BUSINESS_SERVICES, TIME_LIMIT_TYPES } from '../../../../../common/coupon/enums';
import { localImageHash } from '../../../../../common/coupon/local-image';
import type { Localized } from '../../../../../common/i18n';
import { unixToChinaParts } from '../../../../../common/units/china-time';
import { formatZheChinese } from '../../../../../common/units/discount';
import { fenToYuanString } from '../../../../../common/units/money';
import { previewText } from '../../../i18n/preview-text';
import { typeRoot } from '../../../lib/draft-model';
import { getAt } from '../../../lib/card-path';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** An image slot as the preview can show it: a data: thumbnail, a remote Weixin URL (not loadable under the CSP), or nothing. */
export type PreviewImage = { kind: 'local'; hash: string } | { kind: 'remote' } | { kind: 'none' };

/** Everything the preview shows, derived from a draft's card body. */
export interface PreviewModel {
  colorHex: string;
  logo: PreviewImage;
  brand: string;
  title: string;
  subTitle: string;
  validity: Localized;
  codeType: string;
  notice: string;
  /** `redirect`: the address Weixin opens for a web entry, encrypt_code and card_id appended (§2.8). */
  center: { title: string; subTitle: string; redirect: string | null } | null;
  entries: { name: string; subTitle: string; redirect: string | null }[];
  offer: Localized | string;
  conditions: Localized[];
  hours: Localized[];
  services: Localized[];
  description: string;
  phone: string;
  stores: Localized;
  cover: { image: PreviewImage; text: string } | null;
  details: { image: PreviewImage; text: string }[];
}

function image(value: unknown): PreviewImage {
  const hash = localImageHash(value);
  if (hash) return { kind: 'local', hash };
  return str(value) === '' ? { kind: 'none' } : { kind: 'remote' };
}

/** An image field's value as the preview shows it (the member-card preview uses it too). */
export const previewImage = image;

/** 2026.11.25, the way the card bag writes dates. */
const dotted = (seconds: number) => unixToChinaParts(seconds).date.replace(/-/g, '.');

function validity(dateInfo: Obj): Localized {
  const type = dateInfo.type;
  if (type === 'DATE_TYPE_FIX_TIME_RANGE' || type === 1) {
    const begin = int(dateInfo.begin_timestamp);
    const end = int(dateInfo.end_timestamp);
    if (begin !== undefined && end !== undefined) return previewText.validityRange(dotted(begin), dotted(end));
  }
  if (type === 'DATE_TYPE_FIX_TERM' || type === 2) {
    const term = int(dateInfo.fixed_term);
    if (term !== undefined) return previewText.validityTerm(int(dateInfo.fixed_begin_term) ?? 0, term);
  }
  return previewText.validityUnknown;
}

function offer(type: CardType, typeObj: Obj): Localized | string {
  switch (type) {
    case 'GROUPON':
      return str(typeObj.deal_detail);
    case 'GIFT':
      return str(typeObj.gift);
    case 'GENERAL_COUPON':
      return str(typeObj.default_detail);
    case 'CASH': {
      const reduce = int(typeObj.reduce_cost) ?? 0;
      const least = int(typeObj.least_cost) ?? 0;
      return previewText.cash(fenToYuanString(reduce), least > 0 ? fenToYuanString(least) : null);
    }
    case 'DISCOUNT': {
      const off = int(typeObj.discount) ?? 0;
      return previewText.discount(formatZheChinese(off), off);
    }
  }
}

function conditions(condition: Obj): Localized[] {
  const out: Localized[] = [];
  if (str(condition.accept_category)) out.push(previewText.onlyFor(str(condition.accept_category)));
  if (str(condition.reject_category)) out.push(previewText.notFor(str(condition.reject_category)));
  const least = int(condition.least_cost);
  if (least !== undefined && least > 0) out.push(previewText.minSpend(fenToYuanString(least)));
  if (str(condition.object_use_for)) out.push(previewText.buyFirst(str(condition.object_use_for)));
  out.push(condition.can_use_with_other_discount === false ? previewText.notCombinable : previewText.combinable);
  return out;
}

const pad = (n: unknown) => String(int(n) ?? 0).padStart(2, '0');

function hours(list: unknown): Localized[] {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    const slot = obj(item);
    const day = TIME_LIMIT_TYPES.find((d) => d.value === slot.type)?.label ?? { 'zh-CN': '', en: '' };
    if (int(slot.begin_hour) === undefined && int(slot.end_hour) === undefined) return day;
    const range = `${pad(slot.begin_hour)}:${pad(slot.begin_minute)}-${pad(slot.end_hour)}:${pad(slot.end_minute)}`;
    return { 'zh-CN': `${day['zh-CN']} ${range}`, en: `${day.en} ${range}` };
  });
}

/** Derives the preview from a card body of the given type; tolerant of any half-typed shape. */
export function previewModel(card: unknown, type: CardType): PreviewModel {
  const typeObj = obj(getAt(card, typeRoot(type)));
  const base = obj(typeObj.base_info);
  const advanced = obj(typeObj.advanced_info);
  const abstract = obj(advanced.abstract);
  const icons = Array.isArray(abstract.icon_url_list) ? abstract.icon_url_list : [];
  const list = Array.isArray(base.location_id_list) ? base.location_id_list : undefined;
  const redirect = (key: string) => (str(base[key]) === '' ? null : externalRedirectUrl(str(base[key])));
  const entry = (name: string, sub: string, url: string) => ({ name: str(base[name]), subTitle: str(base[sub]), redirect: redirect(url) });
  return {
    colorHex: colorHex(str(base.color)) ?? '#8a9099',
    logo: image(base.logo_url),
    brand: str(base.brand_name),
    title: str(base.title),
    subTitle: str(base.sub_title),
    validity: validity(obj(base.date_info)),
    codeType: str(base.code_type),
    notice: str(base.notice),
    center: str(base.center_title) ? { title: str(base.center_title), subTitle: str(base.center_sub_title), redirect: redirect('center_url') } : null,
    entries: [entry('custom_url_name', 'custom_url_sub_title', 'custom_url'), entry('promotion_url_name', 'promotion_url_sub_title', 'promotion_url')].filter((e) => e.name !== ''),
    offer: offer(type, typeObj),
    conditions: conditions(obj(advanced.use_condition)),
    hours: hours(advanced.time_limit),
    services: (Array.isArray(advanced.business_service) ? advanced.business_service : []).flatMap((v) => BUSINESS_SERVICES.find((s) => s.value === v)?.label ?? []),
    description: str(base.description),
    phone: str(base.service_phone),
    stores: base.use_all_locations === true ? previewText.storesAll : list && list.length > 0 ? previewText.storesSome(list.length) : previewText.storesNone,
    cover: icons.length > 0 || str(abstract.abstract) ? { image: image(icons[0]), text: str(abstract.abstract) } : null,
    details: (Array.isArray(advanced.text_image_list) ? advanced.text_image_list : []).map((item) => ({ image: image(obj(item).image_url), text: str(obj(item).text) })),
  };
}
