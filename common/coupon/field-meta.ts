import { localized, type Localized } from '../i18n';
import { CARD_KINDS, type CardKind } from './card-types';
import { BYTE_LIMITS } from './limits';
import { MEMBER_CARD_BYTE_LIMITS, MEMBER_CARD_ITEM_BYTE_LIMITS } from './limits-member-card';

/**
 * The vocabulary of the field metadata: what a field is, where it sits in the MP-style form, and
 * how its value is shown. Kept apart from the field lists so both lists stay short.
 */

/** The JSON kind of a field; 'timestamp' and 'dateType' get their own rules (§4.3). */
export type FieldJson = 'string' | 'int' | 'bool' | 'enum' | 'timestamp' | 'dateType' | 'object' | 'array';

/**
 * How a number is shown to users: 'fen' is entered and shown in 元, 'percentOff' in 折,
 * 'unixSeconds' as a China date and time, 'days' and 'count' as plain numbers with their unit.
 */
export type FieldUnit = 'fen' | 'percentOff' | 'unixSeconds' | 'days' | 'count';

/** Form sections, named as the MP platform names them (product-landscape.md §1.1, §3.6). */
export type FormSectionId = 'face' | 'issue' | 'redeem' | 'usage' | 'service' | 'entries' | 'cover' | 'conditions' | 'hours';

/** A form section and whether the editor folds it under "高级信息". */
export interface FormSection {
  id: FormSectionId;
  label: Localized;
  advanced: boolean;
}

/** The sections in form order: the MP wizard's five, then the advanced ones. */
export const FORM_SECTIONS: readonly FormSection[] = [
  { id: 'face', label: localized('券面信息', 'Card face'), advanced: false },
  { id: 'issue', label: localized('领券设置', 'Receiving'), advanced: false },
  { id: 'redeem', label: localized('销券设置', 'Redemption'), advanced: false },
  { id: 'usage', label: localized('使用须知', 'Terms of use'), advanced: false },
  { id: 'service', label: localized('服务信息', 'Service info'), advanced: false },
  { id: 'entries', label: localized('自定义入口', 'Custom entries'), advanced: true },
  { id: 'cover', label: localized('封面与图文', 'Cover and details'), advanced: true },
  { id: 'conditions', label: localized('使用条件', 'Use conditions'), advanced: true },
  { id: 'hours', label: localized('使用时段', 'Usage hours'), advanced: true },
];

/** Which date_info.type makes a field required (§4.3). */
export type RequiredWhen = 'DATE_TYPE_FIX_TIME_RANGE' | 'DATE_TYPE_FIX_TERM';

/** Everything the editor, CLI, spreadsheet template and validator know about one field. */
export interface FieldMeta {
  /** Path pattern below `card.<type key>`: 'base_info.title', 'advanced_info.text_image_list[].text', 'cash.reduce_cost'. */
  path: string;
  json: FieldJson;
  label: Localized;
  /** One line in the merchant's words: what to enter, in the unit the input takes (no API names). */
  help: Localized;
  /**
   * What a developer needs beyond the help (the unit on the wire, an API constant, an endpoint);
   * shown only inside the folded developer detail next to the field path.
   */
  devNote?: Localized;
  required: boolean;
  /** Required only under this validity type. */
  requiredWhen?: RequiredWhen;
  /** UTF-8 byte budget (§4.1), from BYTE_LIMITS. */
  maxBytes?: number;
  unit?: FieldUnit;
  /** The card types showing the field; base_info and advanced_info apply to the member card too. */
  appliesTo: readonly CardKind[];
  section: FormSectionId;
  /** Allowed values of an 'enum' field, or of the items of an enum array. */
  enumValues?: readonly string[];
  /** An image field: must be an uploadimg URL when submitted (§1.3, §4.6). */
  image?: boolean;
  /** Inclusive numeric bounds shown to users (the validator reads the same constants). */
  min?: number;
  max?: number;
}

/** Options of {@link field} beyond the always-present parts. */
export type FieldOptions = Partial<Omit<FieldMeta, 'path' | 'json' | 'label' | 'help' | 'section' | 'devNote'>> & {
  /** The developer note, zh-CN then English. */
  dev?: [zh: string, en: string];
};

const ALL_BYTE_LIMITS: Readonly<Record<string, number>> = { ...BYTE_LIMITS, ...MEMBER_CARD_BYTE_LIMITS, ...MEMBER_CARD_ITEM_BYTE_LIMITS };

/** Builds a FieldMeta; the byte limit is looked up in BYTE_LIMITS so no number is spelled twice. */
export function field(
  path: string,
  json: FieldJson,
  section: FormSectionId,
  label: [zh: string, en: string],
  help: [zh: string, en: string],
  options: FieldOptions = {},
): FieldMeta {
  const maxBytes = ALL_BYTE_LIMITS[path];
  const { dev, ...rest } = options;
  return {
    path,
    json,
    section,
    label: localized(label[0], label[1]),
    help: localized(help[0], help[1]),
    required: false,
    appliesTo: CARD_KINDS,
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(dev === undefined ? {} : { devNote: localized(dev[0], dev[1]) }),
    ...rest,
  };
}
