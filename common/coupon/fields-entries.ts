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
  field(`base_info.${nameKey}`, 'string', 'entries', [`${zh}名称`, `${en} title`], [`${zh}上显示的文字`, `The words on the ${en.toLowerCase()}`]),
  field(`base_info.${subKey}`, 'string', 'entries', [`${zh}提示语`, `${en} hint`], [`显示在${zh}旁边的一句提示`, `A short hint next to the ${en.toLowerCase()}`]),
  field(`base_info.${prefix}_url`, 'string', 'entries', [`${zh}链接`, `${en} URL`], [
    `顾客点击${zh}后打开的网页，以 https:// 开头；微信会在地址后附上这张券的信息，预览里可以看到完整地址`,
    `The web page the ${en.toLowerCase()} opens, starting with https://; Weixin adds this coupon's details to the address, and the preview shows the full address`,
  ], { dev: ['微信在链接后追加 encrypt_code 和 card_id（§2.8）', 'Weixin appends encrypt_code and card_id to the URL (§2.8)'] }),
  field(`base_info.${prefix}_app_brand_user_name`, 'string', 'entries', [`${zh}小程序原始 ID`, `${en} mini program ID`], [
    '要打开的小程序的原始 ID（小程序后台“设置”里可见，gh_ 开头），小程序须已关联本公众号',
    'The original ID of the mini program to open (under Settings in the mini program console, starting gh_); it must be linked to this Official Account',
  ], { dev: ['格式如 gh_86a091e50ad4@app', 'Formatted like gh_86a091e50ad4@app'] }),
  field(`base_info.${prefix}_app_brand_pass`, 'string', 'entries', [`${zh}小程序路径`, `${en} mini program path`], [
    '要打开的小程序页面，例如 pages/card/index',
    'The mini program page to open, e.g. pages/card/index',
  ]),
];

/** center_*, custom_* and promotion_* fields. */
export const ENTRY_FIELDS: readonly FieldMeta[] = [
  ...entry('center', '居中使用按钮', 'Centre button', 'center_title', 'center_sub_title'),
  ...entry('custom', '自定义入口', 'Service entry', 'custom_url_name', 'custom_url_sub_title'),
  ...entry('promotion', '营销入口', 'Promotion entry', 'promotion_url_name', 'promotion_url_sub_title'),
];
