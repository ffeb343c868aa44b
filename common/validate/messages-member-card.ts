import { localized, type Localized } from '../i18n';
import { formatZheChinese } from '../units/discount';
import { yuan } from './labels';

/**
 * Bilingual texts of the member-card rules (zh-CN first). Each names the field, the limit and what to
 * do in merchant words; the API names stay in the finding's path.
 */
type L = Localized;
const zh = (l: L) => l['zh-CN'];
const en = (l: L) => l.en;

export const memberText = {
  customFieldsTooMany: (key: string, max: number): L =>
    localized(`会员信息栏最多 ${max} 个（custom_field1 至 custom_field${max}），“${key}”超出：请删除它`, `At most ${max} member info cells (custom_field1 to custom_field${max}); "${key}" is one too many: remove it`),
  customFieldNameMissing: (label: L): L =>
    localized(`${zh(label)}没有名称：请选一个预设名称（name_type）或填写自定义名称（name）`, `${en(label)} has no name: pick a preset name (name_type) or enter your own (name)`),
  customFieldNameBoth: (label: L): L =>
    localized(`${zh(label)}同时有预设名称和自定义名称：只能二选一，请删除其中一个`, `${en(label)} has both a preset and a free name: keep one of them`),
  customCellLinkMissing: (label: L): L =>
    localized(`${zh(label)}没有去处：请填写入口链接或入口小程序`, `${en(label)} leads nowhere: enter a link or a Mini Program`),
  activationMissing: (): L =>
    localized(
      '没有选择激活方式：没有自己网页的商户请开启“自动激活”（领取即激活）或“一键激活”（微信提供填写页）；有网页才填写激活网页',
      'No activation mode: without a web page of your own, turn on "Active on receipt" or "One-click activation" (Weixin hosts the form); an activation page needs your own website',
    ),
  activationConflict: (): L =>
    localized('“自动激活”不能与一键激活或激活网页同时使用：自动激活不需要填写资料，请只保留一种激活方式', '"Active on receipt" cannot be combined with one-click activation or an activation page: keep one activation mode'),
  afterSubmitNeedsWx: (): L =>
    localized('“提交后跳转”只用于一键激活：请开启一键激活，或关闭提交后跳转', '"Jump after the form" only works with one-click activation: turn that on, or turn the jump off'),
  afterSubmitUrlMissing: (): L =>
    localized('开启了“提交后跳转”但没有跳转网页：请填写跳转网页，或关闭提交后跳转', '"Jump after the form" is on but there is no jump page: enter it, or turn the jump off'),
  appBrandIncomplete: (): L =>
    localized('填写了激活小程序页面但没有激活小程序：请填写小程序原始 ID（gh_…@app）', 'An activation Mini Program page is set without the Mini Program: enter its original ID (gh_…@app)'),
  wxActivateIgnored: (): L =>
    localized('同时填写了激活网页和一键激活：微信会忽略一键激活，改用你的激活网页；想用一键激活请删除激活网页', 'Both an activation page and one-click activation are set: Weixin ignores one-click and uses your page; remove the page to use one-click'),
  needsWebPage: (): L =>
    localized(
      '激活网页须是你自己网站上的公网页面，桌面应用无法提供：没有网页请改用“自动激活”或“一键激活”',
      'An activation page must be a public page on your own website, which a desktop app cannot host: without one, use "Active on receipt" or "One-click activation"',
    ),
  formNeeded: (): L =>
    localized('一键激活：创建后请设置开卡字段（members form set），否则会员无法填写资料', 'One-click activation: after creating, set the form fields (members form set), or members have nothing to fill in'),
  bonusFieldsMissing: (): L =>
    localized('开启了积分但没有积分规则：请填写积分规则说明，或设置消费得积分的规则', 'Points are on but there are no points rules: enter the rules text, or set how points are earned'),
  bonusRuleIncomplete: (label: L, other: L): L =>
    localized(`${zh(label)}须与${zh(other)}一起填写：请补上${zh(other)}，或两项都删除`, `${en(label)} needs ${en(other)} too: add it, or remove both`),
  bonusRuleRange: (label: L, min: number, actual: number, fen: boolean): L =>
    localized(
      `${zh(label)}至少为 ${fen ? zh(yuan(min)) : min}，现在是 ${fen ? zh(yuan(actual)) : actual}：请改为更大的数`,
      `${en(label)} must be at least ${fen ? en(yuan(min)) : min}; it is ${fen ? en(yuan(actual)) : actual}: use a larger number`,
    ),
  balanceRulesMissing: (): L =>
    localized('开启了储值但没有储值说明：请填写储值说明，告诉会员余额如何使用', 'Stored value is on but there is no stored-value text: tell members how the balance works'),
  balanceNeedsPermission: (): L =>
    localized('储值须在公众平台开通储值权限，否则创建会被拒绝（43010）：请先确认已开通，或关闭储值', 'Stored value needs the 储值 permission on the Official Account Platform, or creation is refused (43010): check it first, or turn stored value off'),
  supplyOffFieldsUnused: (what: L): L =>
    localized(`${zh(what)}未开启，相关设置不会显示：需要就开启${zh(what)}，否则删除这些设置`, `${en(what)} is off, so these settings are not shown: turn it on, or remove them`),
  discountRange: (actual: number, min: number, max: number): L =>
    localized(
      `会员折扣须在 ${min} 到 ${max} 之间（填 10 就是九折），现在是 ${actual}：请改为 ${min}–${max}（${formatZheChinese(min)}至${formatZheChinese(max)}）`,
      `The member discount must be ${min} to ${max} percent off (10 means 九折); it is ${actual}: use ${min}–${max}`,
    ),
};
