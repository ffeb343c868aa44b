import { CARD_TYPE_INFO, CARD_TYPES } from '../../common/coupon/card-types';
import { COUPON_COLORS } from '../../common/coupon/colors';
import { localized, type Localized } from '../../common/i18n';
import type { TableBackEnd } from '../../common/ipc/channels/draft-tables';

/**
 * The columns of a table import (CSV or XLSX) per back end. A header cell is the merchant's name
 * and the key, "券标题 title"; either part alone is recognised too. Paths are below the type object
 * (`card.<type>.`); amounts are typed in 元 and sent in 分, dates as YYYY-MM-DD in China time.
 */

export type { TableBackEnd } from '../../common/ipc/channels/draft-tables';

/** How a cell's text becomes a JSON value. */
export type CellKind = 'text' | 'int' | 'yuan' | 'bool' | 'date_begin' | 'date_end' | 'card_type' | 'color' | 'activation';

export interface TableColumn {
  key: string;
  label: Localized;
  kind: CellKind;
  /** Where the value goes, below `card.<type>` (absent for columns the converter places itself). */
  path?: string;
  required?: boolean;
  /** Only for these coupon types (weixin_card); the cell must stay empty for the others. */
  types?: readonly string[];
  /** The example value of the template row. */
  example: string;
}

const col = (key: string, zh: string, en: string, kind: CellKind, example: string, extra: Partial<TableColumn> = {}): TableColumn => ({
  key,
  label: localized(zh, en),
  kind,
  example,
  ...(kind === 'date_begin' || kind === 'date_end' || kind === 'card_type' || kind === 'activation' ? {} : { path: extra.path ?? `base_info.${key}` }),
  ...extra,
});

const SHARED: readonly TableColumn[] = [
  col('brand_name', '商户名称', 'Brand name', 'text', '小林咖啡', { required: true }),
  col('title', '名称', 'Title', 'text', '拿铁立减5元', { required: true }),
  col('logo_url', '商户 Logo 链接', 'Logo URL', 'text', 'https://mmbiz.qpic.cn/mmbiz/logo.png'),
  col('color', '颜色', 'Colour', 'color', 'Color010'),
  col('notice', '操作提示', 'Till hint', 'text', '结账时出示'),
  col('description', '使用须知', 'Usage notes', 'text', '不与其他优惠同享'),
  col('quantity', '库存', 'Stock', 'int', '1000', { path: 'base_info.sku.quantity' }),
  col('get_limit', '每人限领', 'Limit per person', 'int', '1'),
  col('service_phone', '客服电话', 'Service phone', 'text', '020-88888888'),
];

const DATES: readonly TableColumn[] = [
  col('begin_date', '开始日期', 'Start date', 'date_begin', '2027-01-01'),
  col('end_date', '结束日期', 'End date', 'date_end', '2027-03-31'),
];

const coupon = (t: string) => [t];

/** 微信卡券: the five coupon types, one row each. */
const WEIXIN_CARD: readonly TableColumn[] = [
  col('card_type', '券类型', 'Coupon type', 'card_type', '代金券', { required: true }),
  ...SHARED,
  ...DATES,
  col('least_cost', '起用金额（元）', 'Minimum spend (yuan)', 'yuan', '30', { path: 'least_cost', types: coupon('CASH') }),
  col('reduce_cost', '减免金额（元）', 'Amount off (yuan)', 'yuan', '5', { path: 'reduce_cost', types: coupon('CASH') }),
  col('discount', '折扣额度（%）', 'Percent off', 'int', '', { path: 'discount', types: coupon('DISCOUNT') }),
  col('gift', '兑换内容', 'Gift', 'text', '', { path: 'gift', types: coupon('GIFT') }),
  col('deal_detail', '团购详情', 'Group-buy details', 'text', '', { path: 'deal_detail', types: coupon('GROUPON') }),
  col('default_detail', '优惠详情', 'Offer details', 'text', '', { path: 'default_detail', types: coupon('GENERAL_COUPON') }),
];

/** 会员卡: one member card a row; validity is permanent unless dates are given. */
const MEMBER: readonly TableColumn[] = [
  ...SHARED.map((c) => (c.key === 'title' ? { ...c, example: '小林咖啡会员卡' } : c)),
  ...DATES.map((c) => ({ ...c, example: '' })),
  col('prerogative', '特权说明', 'Privileges', 'text', '会员消费九折', { path: 'prerogative', required: true }),
  col('background_pic_url', '卡面图片链接', 'Card picture URL', 'text', '', { path: 'background_pic_url' }),
  col('discount', '会员折扣（%）', 'Member discount (%)', 'int', '10', { path: 'discount' }),
  col('activation', '激活方式', 'Activation', 'activation', '一键激活'),
  col('activate_url', '激活网页', 'Activation page', 'text', '', { path: 'activate_url' }),
  col('supply_bonus', '积分', 'Points', 'bool', '是', { path: 'supply_bonus' }),
  col('bonus_rules', '积分规则说明', 'Points rules', 'text', '每消费1元积1分', { path: 'bonus_rules' }),
  col('supply_balance', '储值', 'Stored value', 'bool', '否', { path: 'supply_balance' }),
  col('balance_rules', '储值说明', 'Stored-value rules', 'text', '', { path: 'balance_rules' }),
];

export const TABLE_COLUMNS: Readonly<Record<TableBackEnd, readonly TableColumn[]>> = { weixin_card: WEIXIN_CARD, member_card: MEMBER };

/** The header cell of a column in a template: "券标题 title". */
export const headerText = (c: TableColumn): string => `${c.label['zh-CN']} ${c.key}`;

/** The names a coupon type may be written as: CASH, cash, 代金券, 代金. */
export function cardTypeFromCell(text: string): string | undefined {
  const t = text.trim();
  for (const type of CARD_TYPES) {
    const info = CARD_TYPE_INFO[type];
    if ([type, info.key, info.name['zh-CN'], info.name['zh-CN'].replace(/券$/, ''), info.name.en].some((n) => n.toLowerCase() === t.toLowerCase())) return type;
  }
  return undefined;
}

/** A colour as Color010 or its Chinese name (翠绿). */
export function colorFromCell(text: string): string | undefined {
  const t = text.trim();
  return COUPON_COLORS.find((c) => c.name.toLowerCase() === t.toLowerCase() || c.label['zh-CN'] === t || c.label.en.toLowerCase() === t.toLowerCase())?.name;
}

/** 激活方式 as merchants write it. */
export function activationFromCell(text: string): 'auto' | 'wx' | 'url' | undefined {
  const t = text.trim().toLowerCase();
  if (['领卡即激活', '自动激活', 'auto', 'auto_activate'].includes(t)) return 'auto';
  if (['一键激活', 'wx', 'wx_activate', 'one-click'].includes(t)) return 'wx';
  if (['网页激活', '自己的激活网页', 'url', 'activate_url', 'web page'].includes(t)) return 'url';
  return undefined;
}

/** 是/否 and the usual spellings. */
export function boolFromCell(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['是', '开', '开启', 'y', 'yes', 'true', '1'].includes(t)) return true;
  if (['否', '关', '关闭', 'n', 'no', 'false', '0'].includes(t)) return false;
  return undefined;
}
