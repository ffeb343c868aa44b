import { field, type FieldMeta } from './field-meta';

/**
 * The three custom entries of base_info (creation guide §2.2.5): the centred "使用" button, the
 * service entry and the promotion entry, each a web link or a mini program (§4.2).
 */
const entry = (
  prefix: 'center' | 'custom' | 'promotion',
  zh: string,
  en: string,
  nameKey: string,
  subKey: string,
): FieldMeta[] => [
  field(`base_info.${nameKey}`, 'string', 'entries', [`${zh}名称`, `${en} title`], [`${zh}的按钮文字`, `Button text of the ${en.toLowerCase()}`]),
  field(`base_info.${subKey}`, 'string', 'entries', [`${zh}提示语`, `${en} hint`], [`显示在${zh}按钮旁的提示语`, `Words shown next to the ${en.toLowerCase()} button`]),
  field(`base_info.${prefix}_url`, 'string', 'entries', [`${zh}链接`, `${en} URL`], [
    `点击${zh}跳转的网页地址，会带上 encrypt_code 和 card_id`,
    `Web page the ${en.toLowerCase()} opens; Weixin appends encrypt_code and card_id`,
  ]),
  field(`base_info.${prefix}_app_brand_user_name`, 'string', 'entries', [`${zh}小程序 user_name`, `${en} mini program user_name`], [
    '跳转小程序的原始 ID，格式如 gh_86a091e50ad4@app，须与公众号关联',
    'Mini program original ID such as gh_86a091e50ad4@app, linked to the Official Account',
  ]),
  field(`base_info.${prefix}_app_brand_pass`, 'string', 'entries', [`${zh}小程序路径`, `${en} mini program path`], [
    '跳转小程序的页面路径，例如 API/cardPage',
    'Mini program page path, e.g. API/cardPage',
  ]),
];

/** center_*, custom_* and promotion_* fields. */
export const ENTRY_FIELDS: readonly FieldMeta[] = [
  ...entry('center', '居中使用按钮', 'Centre button', 'center_title', 'center_sub_title'),
  ...entry('custom', '自定义入口', 'Service entry', 'custom_url_name', 'custom_url_sub_title'),
  ...entry('promotion', '营销入口', 'Promotion entry', 'promotion_url_name', 'promotion_url_sub_title'),
];
