import { colorHex } from '../../../../../common/coupon/colors';
import { localized, type Localized } from '../../../../../common/i18n';
import { getAt } from '../../../lib/card-path';
import { previewImage, type PreviewImage } from '../preview/preview-model';
import { memberText } from './member-text';
import { usedSlots } from './member-rules';
import { MEMBER_ROOT } from './use-member-card';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What the member-card preview shows, derived from a draft's card body; tolerant of any half-typed shape. */
export interface MemberPreviewModel {
  colorHex: string;
  face: PreviewImage;
  logo: PreviewImage;
  brand: string;
  title: string;
  /** The header cells after activation: 积分, 余额 when switched on, then custom_field1..3. */
  headerCells: Localized[];
  entries: { name: string; tips: string }[];
  prerogative: string;
  discount: number | undefined;
}

/** The member-card preview's content. */
export function memberPreviewModel(card: unknown): MemberPreviewModel {
  const member = obj(getAt(card, MEMBER_ROOT));
  const base = obj(member.base_info);
  const headerCells: Localized[] = [];
  if (member.supply_bonus === true) headerCells.push(memberText.preview.points);
  if (member.supply_balance === true) headerCells.push(memberText.preview.balance);
  for (const n of usedSlots(member, 'custom_field')) {
    const item = obj(member[`custom_field${n}`]);
    const preset = memberText.nameTypes[str(item.name_type) as keyof typeof memberText.nameTypes] as Localized | undefined;
    const free = str(item.name);
    headerCells.push(free !== '' ? localized(free, free) : (preset ?? memberText.preview.noName));
  }
  const entries = usedSlots(member, 'custom_cell').map((n) => {
    const item = obj(member[`custom_cell${n}`]);
    return { name: str(item.name), tips: str(item.tips) };
  });
  return {
    colorHex: colorHex(str(base.color)) ?? '#8a9099',
    face: previewImage(member.background_pic_url),
    logo: previewImage(base.logo_url),
    brand: str(base.brand_name),
    title: str(base.title),
    headerCells,
    entries,
    prerogative: str(member.prerogative),
    discount: typeof member.discount === 'number' ? member.discount : undefined,
  };
}
