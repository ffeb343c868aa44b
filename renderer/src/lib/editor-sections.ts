import { FORM_SECTIONS, fieldForPath, fieldMeta, fieldPattern, type FormSectionId } from '../../../common/coupon/fields';
import { localized, type Localized } from '../../../common/i18n';
import { editorText } from '../i18n/editor-text';
import { splitLast } from './card-path';

/**
 * The editor's sections, in the MP platform's order (product-landscape.md §1.1: 券面信息 → 领券设置
 * → 销券设置 → 使用须知 → 服务信息), with the type's own offer, validity and the advanced blocks
 * split out so each collapses on its own.
 */
export const EDITOR_SECTIONS = ['face', 'deal', 'validity', 'issue', 'redeem', 'usage', 'service', 'cover', 'conditions', 'hours', 'business', 'after'] as const;
/** One editor section. */
export type EditorSectionId = (typeof EDITOR_SECTIONS)[number];

/** Sections open when the builder starts: the five MP sections and the type's offer. */
export const DEFAULT_OPEN: readonly EditorSectionId[] = ['face', 'deal', 'validity', 'issue', 'redeem', 'usage', 'service'];

const formLabel = (id: FormSectionId): Localized => FORM_SECTIONS.find((s) => s.id === id)?.label ?? localized(id, id);
const metaLabel = (pattern: string, fallback: Localized): Localized => fieldMeta(pattern)?.label ?? fallback;

/** The heading of a section: the field metadata's words where it has them (one source). */
export function sectionLabel(id: EditorSectionId): Localized {
  switch (id) {
    case 'deal':
      return editorText.dealSection;
    case 'validity':
      return metaLabel('base_info.date_info', localized('有效期', 'Validity'));
    case 'business':
      return metaLabel('advanced_info.business_service', localized('商户服务', 'Merchant services'));
    case 'after':
      return editorText.afterSection;
    default:
      return formLabel(id);
  }
}

const TYPE_FIELD = /^(groupon|cash|discount|gift|general_coupon)\.(?!base_info|advanced_info)/;

/** The section that shows the field of a finding path (walking up for keys the model does not know). */
export function sectionOfPath(path: string, code?: string): EditorSectionId {
  if (code === 'cells_conflict') return 'after';
  let current = path;
  for (let guard = 0; guard < 12 && current !== ''; guard++) {
    const pattern = fieldPattern(current);
    if (TYPE_FIELD.test(pattern)) return 'deal';
    if (pattern.startsWith('base_info.date_info')) return 'validity';
    if (pattern.startsWith('base_info.location_id_list') || pattern === 'base_info.use_all_locations') return 'redeem';
    if (pattern.startsWith('advanced_info.business_service')) return 'business';
    const meta = fieldForPath(current);
    if (meta && meta.path !== 'card_type' && meta.path !== 'base_info' && meta.path !== 'advanced_info') {
      return meta.section === 'entries' ? 'service' : meta.section;
    }
    current = splitLast(current)[0];
  }
  return 'face';
}
