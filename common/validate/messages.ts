import type { JsonSyntaxError } from '../import/json-locate';
import { localized, type Localized } from '../i18n';
import { formatChinaDateTime, unixToChinaParts } from '../units/china-time';
import { listValues, shorten, yuan } from './labels';

/**
 * Bilingual message texts. Each says which field (its label), the limit, the actual value and what
 * to do (house rules: "Errors say field path, limit and what to do").
 */

type L = Localized;
const zh = (l: L) => l['zh-CN'];
const en = (l: L) => l.en;
const bytesEn = (n: number) => (n === 1 ? '1 byte' : `${n} bytes`);
const time = (seconds: number) => `${formatChinaDateTime(seconds)}`;

/** Texts for the structure group. */
export const structureText = {
  jsonInvalid: (e: JsonSyntaxError): L =>
    localized(`请求内容不是有效的 JSON：${zh(e.message)}`, `The body is not valid JSON: ${en(e.message)}`),
  bodyNotObject: (kind: L): L =>
    localized(`请求内容须为 JSON 对象 {"card": {…}}，现在是${zh(kind)}：请按卡券创建接口的格式填写`, `The body must be a JSON object {"card": {…}}; it is ${en(kind)}: use the card/create format`),
  unreadable: (): L => localized('无法读取这份卡券数据：请重新导入或重新填写', 'This coupon data could not be read: import or enter it again'),
  cardNotObject: (kind: L): L =>
    localized(`card 须为对象，现在是${zh(kind)}：请把卡券内容放在 "card": {…} 中`, `card must be an object; it is ${en(kind)}: put the coupon inside "card": {…}`),
  wrongType: (label: L, expected: L, kind: L): L =>
    localized(`${zh(label)}应为${zh(expected)}，现在是${zh(kind)}：请改为${zh(expected)}`, `${en(label)} must be ${en(expected)}; it is ${en(kind)}: change it to ${en(expected)}`),
  unknownKey: (key: string, parent: L, suggestion: string | undefined): L =>
    localized(
      `“${key}”不是${zh(parent)}中的字段${suggestion ? `，是不是要写“${suggestion}”？` : '，'}微信会拒绝整张卡券：请${suggestion ? '改正' : '删除'}它`,
      `"${key}" is not a field of ${en(parent)}${suggestion ? `; did you mean "${suggestion}"?` : ';'} Weixin refuses the whole card: ${suggestion ? 'correct' : 'remove'} it`,
    ),
  nullIgnored: (label: L): L =>
    localized(`${zh(label)}的值为 null，微信会当作没有填写：需要它就填写一个值，否则删除这一项`, `${en(label)} is null, which Weixin reads as not set: give it a value, or remove it`),
  bodyKeyIgnored: (key: string): L =>
    localized(
      `“${shorten(key)}”在 card 对象之外，创建卡券时会被忽略：卡券内容须放在 "card": {…} 中${/token|secret/i.test(key) ? '；不要把 access_token 或 AppSecret 写进卡券内容' : ''}`,
      `"${shorten(key)}" is outside the card object and card/create ignores it: coupon fields go inside "card": {…}${/token|secret/i.test(key) ? '; never put the access_token or AppSecret in the coupon' : ''}`,
    ),
  required: (label: L): L => localized(`${zh(label)}为必填项，现在为空：请填写${zh(label)}`, `${en(label)} is required but missing or empty: fill it in`),
  cardTypeInvalid: (value: string): L =>
    localized(
      `卡券类型“${shorten(value)}”不受支持：请填写 GROUPON（团购券）、CASH（代金券）、DISCOUNT（折扣券）、GIFT（兑换券）、GENERAL_COUPON（优惠券）或 MEMBER_CARD（会员卡），须大写`,
      `Card type "${shorten(value)}" is not supported: use GROUPON, CASH, DISCOUNT, GIFT, GENERAL_COUPON or MEMBER_CARD, in capitals`,
    ),
  typeObjectMissing: (type: string, key: string): L =>
    localized(`card_type 为 ${type}，但缺少“${key}”对象：卡券内容须放在小写的“${key}”下`, `card_type is ${type} but there is no "${key}" object: put the coupon under the lower-case key "${key}"`),
  typeKeyMismatch: (found: string, type: string, expected: string): L =>
    localized(`卡券内容放在“${found}”下，但 card_type 是 ${type}：请把“${found}”改名为“${expected}”`, `The coupon sits under "${found}" but card_type is ${type}: rename "${found}" to "${expected}"`),
  extraTypeKey: (key: string, expected: string): L =>
    localized(`多余的卡券类型对象“${key}”：一张卡券只能有一个类型对象（${expected}），请删除“${key}”`, `Extra type object "${key}": a card has exactly one (${expected}); remove "${key}"`),
};

/** Texts for lengths and enums. */
export const valueText = {
  tooLong: (label: L, limit: number, actual: number): L =>
    localized(
      `${zh(label)}最多 ${limit} 字节（约 ${Math.floor(limit / 3)} 个汉字），现在 ${actual} 字节：请删减 ${actual - limit} 字节`,
      `${en(label)} is at most ${bytesEn(limit)} (about ${Math.floor(limit / 3)} Chinese characters); it is ${bytesEn(actual)}: remove ${bytesEn(actual - limit)}`,
    ),
  enumInvalid: (label: L, value: string, allowed: readonly string[]): L =>
    localized(`${zh(label)}“${shorten(value)}”不是可选值：请从 ${listValues(allowed)} 中选择`, `${en(label)} "${shorten(value)}" is not an allowed value: choose one of ${listValues(allowed)}`),
};

/** Texts for the date rules (§4.3). */
export const dateText = {
  typeInvalid: (value: string): L =>
    localized(
      `有效期类型“${shorten(value)}”不适用于卡券${value === 'DATE_TYPE_PERMANENT' ? '（永久有效仅用于会员卡）' : ''}：请填写 DATE_TYPE_FIX_TIME_RANGE（固定日期）或 DATE_TYPE_FIX_TERM（领取后计算）`,
      `Validity type "${shorten(value)}" is not valid for coupons${value === 'DATE_TYPE_PERMANENT' ? ' (permanent is for member cards only)' : ''}: use DATE_TYPE_FIX_TIME_RANGE or DATE_TYPE_FIX_TERM`,
    ),
  typeLegacy: (value: number, name: string): L =>
    localized(`有效期类型写成了旧文档的数字 ${value}：仍然有效，建议改为 ${name}`, `Validity type uses the old number ${value}: still accepted, but write ${name}`),
  timestampInvalid: (label: L, value: number): L =>
    localized(`${zh(label)}须为不小于 0 的整数秒，现在是 ${value}：请填写 10 位的秒级时间戳`, `${en(label)} must be a whole number of seconds ≥ 0; it is ${value}: enter a 10-digit Unix timestamp in seconds`),
  timestampMs: (label: L, value: number): L =>
    localized(
      `${zh(label)} ${value} 是毫秒时间戳，微信要求秒：请除以 1000，即 ${Math.floor(value / 1000)}`,
      `${en(label)} ${value} is in milliseconds; Weixin wants seconds: divide by 1000, i.e. ${Math.floor(value / 1000)}`,
    ),
  timestamp2038: (label: L, value: number, limit: number): L =>
    localized(
      `${zh(label)}须早于 2038 年 1 月 19 日（最大 ${limit}，即北京时间 ${time(limit)}），现在是 ${value}：请选择更早的日期`,
      `${en(label)} must be before 19 January 2038 (at most ${limit}, ${time(limit)} China time); it is ${value}: pick an earlier date`,
    ),
  endInPast: (label: L, end: number, nowSeconds: number): L =>
    localized(
      `${zh(label)} ${time(end)} 不晚于现在（${time(nowSeconds)}，北京时间）：请选择将来的日期`,
      `${en(label)} ${time(end)} is not after now (${time(nowSeconds)}, China time): pick a future date`,
    ),
  beginNotBeforeEnd: (begin: number, end: number): L =>
    localized(
      `起用时间 ${time(begin)} 不早于结束时间 ${time(end)}：请把起用时间改到结束时间之前`,
      `Start time ${time(begin)} is not before the end time ${time(end)}: move the start before the end`,
    ),
  fixedTermMin: (value: number, min: number): L =>
    localized(`有效天数最少 ${min} 天，现在是 ${value}：请填写 ${min} 或更大的天数（不支持 0）`, `Days valid must be at least ${min}; it is ${value}: enter ${min} or more (0 is not allowed)`),
  fixedBeginTermMin: (value: number): L =>
    localized(`生效天数不能小于 0，现在是 ${value}：领取当天生效请填 0`, `Days until valid cannot be below 0; it is ${value}: enter 0 for "valid on the day received"`),
  notEndOfDay: (end: number): L => {
    const date = unixToChinaParts(end).date;
    return localized(
      `结束时间 ${time(end)} 不是当天 23:59:59（北京时间）：建议改为 ${date} 23:59:59，以免最后一天提前失效`,
      `End time ${time(end)} is not 23:59:59 China time: consider ${date} 23:59:59 so the last day stays valid`,
    );
  },
};

/** Texts for stock, limits and stores. */
export const skuText = {
  quantityRange: (value: number, min: number, max: number): L =>
    localized(`库存须在 ${min} 到 ${max} 之间，现在是 ${value}：请填写范围内的数量`, `Stock must be between ${min} and ${max}; it is ${value}: enter a number in range`),
  depositQuantity: (value: number): L =>
    localized(`预存 Code 模式下库存须为 0，现在是 ${value}：请填 0，导入 Code 后再增加库存`, `In deposited-code mode the stock must be 0; it is ${value}: enter 0 and add stock after importing codes`),
  depositNeedsCustomCode: (): L =>
    localized('预存 Code 模式须开启自定义 Code 码（use_custom_code 为 true）：请开启自定义 Code 码，或取消预存 Code 模式', 'Deposited-code mode needs use_custom_code = true: turn on custom codes, or drop deposited-code mode'),
  limitMin: (label: L, value: number, min: number): L =>
    localized(`${zh(label)}至少为 ${min}，现在是 ${value}：请填写 ${min} 或更大的数，或留空（默认 50）`, `${en(label)} must be at least ${min}; it is ${value}: enter ${min} or more, or leave it empty (default 50)`),
  locationsExclusive: (count: number): L =>
    localized(`已选“全部门店适用”，又指定了 ${count} 家门店，二者互斥：请只保留一种`, `"All stores" is on and ${count} stores are listed; they are exclusive: keep only one`),
  locationIdPositive: (label: L, value: number): L =>
    localized(`${zh(label)}须为正整数，现在是 ${value}：请从门店列表中选择`, `${en(label)} must be a positive integer; it is ${value}: pick a store from the list`),
};

/** Texts for the type-specific fields (§4.4). */
export const typeText = {
  discountRange: (value: number, min: number, max: number): L =>
    localized(
      `折扣额度须在 ${min} 到 ${max} 之间（减免的百分比，填 30 就是七折），现在是 ${value}：请重新填写折扣`,
      `Discount must be between ${min} and ${max} (percent off; 30 = 30% off); it is ${value}: enter a valid discount`,
    ),
  reduceCostMin: (value: number): L =>
    localized(`减免金额须大于 0，现在是 ${value} 分：请填写减免的金额`, `Amount off must be above 0; it is ${value} fen: enter the amount`),
  leastCostMin: (value: number): L =>
    localized(`抵扣条件不能为负数，现在是 ${value} 分：没有起用门槛请填 0`, `Minimum spend cannot be negative; it is ${value} fen: enter 0 for no threshold`),
  textImageRequired: (): L =>
    localized('优惠券须至少有一组图文（图片和描述）：请在“封面与图文”中添加一组', 'A general coupon needs at least one picture-text item: add one under "Cover and details"'),
};

/** Texts for images and advanced info. */
export const imageText = {
  textImageIncomplete: (label: L): L => localized(`${zh(label)}未填写：每组图文的图片和描述都须填写`, `${en(label)} is missing: every picture-text item needs both image and text`),
  abstractIconRequired: (): L =>
    localized('设置了封面摘要就须有一张封面图片：请添加封面图片，或删除封面摘要', 'A cover needs exactly one cover image: add one, or remove the cover'),
  abstractIconTooMany: (count: number, max: number): L =>
    localized(`封面图片最多 ${max} 张，现在有 ${count} 张：请只保留 ${max} 张`, `The cover takes at most ${max} image; it has ${count}: keep only ${max}`),
  urlInvalid: (label: L, value: string): L =>
    localized(`${zh(label)}须为 http:// 或 https:// 开头的完整图片链接，现在是“${shorten(value)}”：请先上传图片`, `${en(label)} must be a full http(s) image URL; it is "${shorten(value)}": upload the image first`),
  hostNotCdn: (label: L, host: string, cdn: string): L =>
    localized(
      `${zh(label)}的域名是 ${host}，不是微信图片服务器 ${cdn}（非 CDN 链接会报错）：请通过“上传图片”重新上传`,
      `${en(label)} is hosted on ${host}, not the Weixin image CDN ${cdn} (other hosts are refused): upload it again`,
    ),
  notUploaded: (label: L): L => localized(`${zh(label)}还没有上传到微信：请先上传图片再提交`, `${en(label)} has not been uploaded to Weixin yet: upload the image before submitting`),
  logoHost: (host: string, cdn: string): L =>
    localized(`商户 logo 的域名是 ${host}，不是 ${cdn}：微信可能拒绝，建议通过“上传图片”上传`, `The merchant logo is hosted on ${host}, not ${cdn}: Weixin may refuse it; upload it instead`),
  hourRange: (label: L, value: number, max: number): L =>
    localized(`${zh(label)}须在 0 到 ${max} 之间，现在是 ${value}：请重新填写`, `${en(label)} must be between 0 and ${max}; it is ${value}: correct it`),
};

/** Texts for cross-field hints (§1.10, §1.11, §4.6). */
export const crossText = {
  centerUrlConflict: (): L =>
    localized('开通快速买单或自助核销前须清空居中按钮链接（center_url）：请删除居中按钮链接', 'Paycell and self-redemption need center_url cleared first: remove the centre button URL'),
  cellsConflict: (): L => localized('快速买单和自助核销不能同时开通（45046）：请只选一个', 'Paycell and self-redemption cannot both be on (45046): choose one'),
  needsStores: (): L =>
    localized('开通快速买单或自助核销须至少有一家门店（否则报 43017）：请选择适用门店或“全部门店适用”', 'Paycell and self-redemption need at least one store (else 43017): pick stores or "all stores"'),
  useConditionWrongType: (label: L, type: L, allowed: L): L =>
    localized(`${zh(label)}只用于${zh(allowed)}，对${zh(type)}不起作用：可以删除`, `${en(label)} only applies to ${en(allowed)}, not to a ${en(type)}: it can be removed`),
  leastCostBelowReduce: (least: number, reduce: number): L =>
    localized(
      `抵扣条件 ${zh(yuan(least))} 低于减免金额 ${zh(yuan(reduce))}：顾客几乎不用付钱，请确认金额`,
      `Minimum spend ${en(yuan(least))} is below the amount off ${en(yuan(reduce))}: customers would pay almost nothing; check the amounts`,
    ),
  getLimitOverQuantity: (getLimit: number, quantity: number): L =>
    localized(`每人可领 ${getLimit} 张，超过了库存 ${quantity} 张：请确认数量`, `Each user may receive ${getLimit} but the stock is ${quantity}: check the numbers`),
  bindOpenidWithShare: (): L =>
    localized('指定用户领取的卡券建议关闭领取页面分享（can_share 设为 false）', 'Coupons bound to an OpenID should not be shareable: set can_share to false'),
};
