import { localized, type Localized } from '../i18n';

/**
 * The one-click activation form (activateuserform/set, wechatpay-merchant-coupons-and-member-cards.md
 * §1.4): which fields members fill in, checked before it is sent, and the advice a merchant without
 * a web page needs.
 */

/** The common fields Weixin can ask for (WxJava CardWechatFieldType). */
export const COMMON_FORM_FIELDS: Readonly<Record<string, Localized>> = {
  USER_FORM_INFO_FLAG_MOBILE: localized('手机号', 'Mobile number'),
  USER_FORM_INFO_FLAG_SEX: localized('性别', 'Sex'),
  USER_FORM_INFO_FLAG_NAME: localized('姓名', 'Name'),
  USER_FORM_INFO_FLAG_BIRTHDAY: localized('生日', 'Birthday'),
  USER_FORM_INFO_FLAG_IDCARD: localized('身份证', 'ID card'),
  USER_FORM_INFO_FLAG_EMAIL: localized('邮箱', 'Email'),
  USER_FORM_INFO_FLAG_LOCATION: localized('详细地址', 'Address'),
  USER_FORM_INFO_FLAG_EDUCATION_BACKGROUND: localized('教育背景', 'Education'),
  USER_FORM_INFO_FLAG_INDUSTRY: localized('行业', 'Industry'),
  USER_FORM_INFO_FLAG_INCOME: localized('收入', 'Income'),
  USER_FORM_INFO_FLAG_HABIT: localized('兴趣爱好', 'Interests'),
};
const RICH_TYPES = ['FORM_FIELD_RADIO', 'FORM_FIELD_SELECT', 'FORM_FIELD_CHECK_BOX'];

/** One problem in a form file: where, and what to do. */
export interface FormProblem {
  readonly path: string;
  readonly message: Localized;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every problem of a form body (without card_id, which the command adds). */
export function checkActivationForm(form: unknown): FormProblem[] {
  if (!isObj(form)) return [{ path: '', message: localized('开卡字段须为 JSON 对象 {"required_form": {…}}', 'The form must be a JSON object {"required_form": {…}}') }];
  const problems: FormProblem[] = [];
  const allowed = ['service_statement', 'bind_old_card', 'required_form', 'optional_form', 'card_id'];
  for (const key of Object.keys(form)) {
    if (!allowed.includes(key)) problems.push({ path: key, message: localized(`“${key}”不是开卡字段的设置，请删除`, `"${key}" is not part of the form: remove it`) });
  }
  if (form.required_form === undefined && form.optional_form === undefined) {
    problems.push({ path: 'required_form', message: localized('没有任何开卡字段：请至少在 required_form 中列出一项（如手机号）', 'No field at all: list at least one in required_form (e.g. the mobile number)') });
  }
  for (const key of ['required_form', 'optional_form']) {
    const part = form[key];
    if (part === undefined) continue;
    if (!isObj(part)) {
      problems.push({ path: key, message: localized(`${key} 须为对象`, `${key} must be an object`) });
      continue;
    }
    const common = part.common_field_id_list;
    if (common !== undefined) {
      (Array.isArray(common) ? common : [common]).forEach((id, i) => {
        if (typeof id !== 'string' || !(id in COMMON_FORM_FIELDS)) {
          problems.push({
            path: `${key}.common_field_id_list[${i}]`,
            message: localized(`“${String(id)}”不是微信提供的字段：可用 ${Object.keys(COMMON_FORM_FIELDS).join('、')}`, `"${String(id)}" is not a Weixin field: use one of ${Object.keys(COMMON_FORM_FIELDS).join(', ')}`),
          });
        }
      });
    }
    const rich = part.rich_field_list;
    if (Array.isArray(rich)) {
      rich.forEach((item, i) => {
        const at = `${key}.rich_field_list[${i}]`;
        if (!isObj(item) || !RICH_TYPES.includes(String(item.type))) problems.push({ path: `${at}.type`, message: localized(`类型须为 ${RICH_TYPES.join('、')}`, `The type must be ${RICH_TYPES.join(', ')}`) });
        else if (!Array.isArray(item.values) || item.values.length === 0) problems.push({ path: `${at}.values`, message: localized('选择题须列出选项 values', 'A choice field needs its values') });
      });
    }
  }
  return problems;
}

/** Why and when to use this form: for merchants without a web page, one-click or auto activation. */
export const ACTIVATION_ADVICE: Localized = localized(
  [
    '开卡字段只用于“一键激活”（wx_activate）：填写页由微信提供，不需要你自己的网站。',
    '没有网页的商户请用“自动激活”（领取即激活，无需填写）或一键激活；“激活网页”和“提交后跳转”都需要公网网站，桌面应用无法提供。',
  ].join('\n'),
  [
    'The form is only for one-click activation (wx_activate): Weixin hosts the page, no website of your own is needed.',
    'Without a web page, use auto activation (active on receipt, nothing to fill in) or one-click; an activation page and the "jump after the form" variant both need a public website, which a desktop app cannot host.',
  ].join('\n'),
);
