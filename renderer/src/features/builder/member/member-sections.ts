import { fieldPattern } from '../../../../../common/coupon/fields';
import type { Localized } from '../../../../../common/i18n';
import { memberText } from './member-text';

/** The member-card editor's sections, in the order the MP platform's member-card form has them. */
export const MEMBER_SECTIONS = ['face', 'validity', 'points', 'activation', 'cells', 'redeem', 'usage', 'service'] as const;
export type MemberSectionId = (typeof MEMBER_SECTIONS)[number];

export const memberSectionLabel = (id: MemberSectionId): Localized => memberText.sections[id];

const BASE_SECTION: Readonly<Record<string, MemberSectionId>> = {
  logo_url: 'face',
  brand_name: 'face',
  title: 'face',
  color: 'face',
  date_info: 'validity',
  description: 'usage',
  service_phone: 'service',
};

/** The section that holds the field of a finding path (`card.member_card.bonus_rule.reduce_money` → points). */
export function memberSectionOfPath(path: string): MemberSectionId {
  const pattern = fieldPattern(path).replace(/^member_card\./, '');
  const [head = '', second = ''] = pattern.split('.');
  if (head === 'base_info') return BASE_SECTION[second.replace(/\[\]$/, '')] ?? (second.includes('url') || second.includes('app_brand') || second.includes('title') ? 'service' : 'redeem');
  if (head === 'background_pic_url' || head === 'prerogative' || head === 'discount') return 'face';
  if (/^(auto_activate|wx_activate|activate_)/.test(head)) return 'activation';
  if (/^(supply_|bonus|balance)/.test(head)) return 'points';
  if (/^custom_(field|cell)\d/.test(head)) return 'cells';
  return 'face';
}
