import type { JsonSyntaxError } from '../import/json-locate';
import { localized, type Localized } from '../i18n';
import { formatChinaDateTime } from '../units/china-time';
import { listValues, shorten } from '../validate/labels';
import type { StockFieldUnit } from '../busifavor/fields';
import { formatYuan } from '../units/money';

/**
 * Bilingual texts of the 商家券 findings: which field (its label), the limit, the actual value and
 * what to do. Amounts are shown in 元, discounts in 折, times in China time, as merchants enter them.
 */

type L = Localized;
const zh = (l: L) => l['zh-CN'];
const en = (l: L) => l.en;
const time = (seconds: number) => formatChinaDateTime(seconds);

/** A number in the unit merchants think in. */
export function shown(value: number, unit: StockFieldUnit | undefined): L {
  switch (unit) {
    case 'fen':
      return localized(`${formatYuan(value, { trimZeros: true })} 元`, `¥${formatYuan(value, { trimZeros: true })}`);
    case 'percentPaid':
      return localized(`${value / 10} 折（${value}）`, `${value}% paid (${value})`);
    case 'daySeconds': {
      const pad = (n: number) => String(n).padStart(2, '0');
      const hms = `${pad(Math.floor(value / 3600))}:${pad(Math.floor((value % 3600) / 60))}:${pad(value % 60)}`;
      return localized(`${hms}（${value} 秒）`, `${hms} (${value} s)`);
    }
    case 'days':
      return localized(`${value} 天`, `${value} day(s)`);
    default:
      return localized(String(value), String(value));
  }
}

export const stockText = {
  jsonInvalid: (e: JsonSyntaxError): L => localized(`请求内容不是有效的 JSON：${zh(e.message)}`, `The body is not valid JSON: ${en(e.message)}`),
  bodyNotObject: (kind: L): L => localized(`批次内容须为 JSON 对象 {…}，现在是${zh(kind)}：请按创建商家券批次的格式填写`, `The stock must be a JSON object {…}; it is ${en(kind)}: use the create-stock format`),
  unreadable: (): L => localized('无法读取这份批次数据：请重新导入或重新填写', 'This stock could not be read: import or enter it again'),
  unknownKey: (key: string, parent: L, suggestion: string | undefined): L =>
    localized(
      `“${shorten(key)}”不是${zh(parent)}中的字段${suggestion ? `，是不是要写“${suggestion}”？` : '，'}本工具不会发送拼错的字段：请${suggestion ? '改正' : '删除'}它`,
      `"${shorten(key)}" is not a field of ${en(parent)}${suggestion ? `; did you mean "${suggestion}"?` : ';'} a misspelt field is never sent: ${suggestion ? 'correct' : 'remove'} it`,
    ),
  nullIgnored: (label: L): L => localized(`${zh(label)}的值为 null，按没有填写处理：需要它就填写一个值，否则删除这一项`, `${en(label)} is null and is read as not set: give it a value, or remove it`),
  unopened: (label: L): L => localized(`${zh(label)}是微信支付“暂未开放”的字段，填写了也不会生效：可以删除它`, `${en(label)} is a field WeChat Pay has "not opened yet"; it has no effect: you can remove it`),
  tooLong: (label: L, limit: number, actual: number, bytes: boolean): L =>
    bytes
      ? localized(`${zh(label)}最多 ${limit} 字节（按 UTF-8 计），现在 ${actual} 字节：请删减 ${actual - limit} 字节`, `${en(label)} is at most ${limit} bytes (UTF-8); it is ${actual}: remove ${actual - limit}`)
      : localized(`${zh(label)}最多 ${limit} 个字（汉字、字母、数字都算一个），现在 ${actual} 个：请删减 ${actual - limit} 个`, `${en(label)} is at most ${limit} characters (a Chinese character, letter or digit each counts one); it has ${actual}: remove ${actual - limit}`),
  enumInvalid: (label: L, value: string, allowed: readonly string[], folded: string | undefined): L =>
    folded
      ? localized(`${zh(label)}“${shorten(value)}”大小写不对：请写成 ${folded}`, `${en(label)} "${shorten(value)}" has the wrong case: write ${folded}`)
      : localized(`${zh(label)}“${shorten(value)}”不是可选值：请从 ${listValues(allowed)} 中选择`, `${en(label)} "${shorten(value)}" is not an allowed value: choose one of ${listValues(allowed)}`),
  outOfRange: (label: L, value: number, unit: StockFieldUnit | undefined, min: number | undefined, max: number | undefined): L => {
    const v = shown(value, unit);
    if (max === undefined) return localized(`${zh(label)}至少为 ${zh(shown(min ?? 0, unit))}，现在是 ${zh(v)}：请填写更大的值`, `${en(label)} must be at least ${en(shown(min ?? 0, unit))}; it is ${en(v)}: enter a larger value`);
    const [lo, hi] = [shown(min ?? 0, unit), shown(max, unit)];
    return localized(`${zh(label)}须在 ${zh(lo)} 到 ${zh(hi)} 之间，现在是 ${zh(v)}：请填写范围内的值`, `${en(label)} must be between ${en(lo)} and ${en(hi)}; it is ${en(v)}: enter a value in range`);
  },
  merchantNameCut: (actual: number, shownChars: number): L =>
    localized(`商户名称有 ${actual} 个字，卡包中只显示前 ${shownChars} 个：建议缩短`, `The merchant name has ${actual} characters; 卡包 shows only the first ${shownChars}: consider shortening it`),
  ruleMissing: (type: string, typeLabel: L, rule: string): L =>
    localized(`券类型是${zh(typeLabel)}（${type}），但核销规则中缺少“${rule}”：请填写${zh(typeLabel)}的优惠规则`, `The coupon type is ${en(typeLabel)} (${type}) but the redemption rules have no "${rule}": fill in the ${en(typeLabel)} rule`),
  ruleExtra: (rule: string, type: string, expected: string): L =>
    localized(`“${rule}”与券类型 ${type} 不符，三种优惠规则只能填一种（${expected}）：请删除“${rule}”`, `"${rule}" does not match the coupon type ${type}; only one of the three rules may be given (${expected}): remove "${rule}"`),
  amountOverMinimum: (amount: number, minimum: number): L =>
    localized(
      `优惠金额 ${zh(shown(amount, 'fen'))} 高于消费门槛 ${zh(shown(minimum, 'fen'))}：顾客付的钱会少于优惠，请确认`,
      `The amount off ${en(shown(amount, 'fen'))} is above the minimum spend ${en(shown(minimum, 'fen'))}: check the numbers`,
    ),
  timeInvalid: (label: L, value: string): L =>
    localized(`${zh(label)}“${shorten(value)}”不是有效时间：请写成 2026-05-01T00:00:00+08:00（RFC 3339，带时区）`, `${en(label)} "${shorten(value)}" is not a valid time: write 2026-05-01T00:00:00+08:00 (RFC 3339 with a zone)`),
  timeNoZone: (label: L, value: string): L =>
    localized(`${zh(label)}“${shorten(value)}”缺少时区：北京时间请在末尾加上 +08:00`, `${en(label)} "${shorten(value)}" has no zone: for China time add +08:00 at the end`),
  beginNotBeforeEnd: (begin: L, end: L, b: number, e: number): L =>
    localized(`${zh(begin)} ${time(b)} 不早于${zh(end)} ${time(e)}（北京时间）：请把开始改到结束之前`, `${en(begin)} ${time(b)} is not before ${en(end)} ${time(e)} (China time): move the start before the end`),
  validityOverYear: (begin: number, end: number, latest: number): L =>
    localized(
      `有效期 ${time(begin)} 至 ${time(end)} 超过一年（365 天）：结束时间最晚为 ${time(latest)}（北京时间）`,
      `The validity ${time(begin)} to ${time(end)} is longer than one year (365 days): the latest end is ${time(latest)} (China time)`,
    ),
  endInPast: (label: L, end: number, now: number): L =>
    localized(`${zh(label)} ${time(end)} 不晚于现在（${time(now)}，北京时间）：请选择将来的时间`, `${en(label)} ${time(end)} is not after now (${time(now)}, China time): pick a future time`),
  waitDaysAlone: (): L =>
    localized('填写了“领取后等待天数”就须同时填写“领取后有效天数”：请补上有效天数，或删除等待天数', '"Days before it takes effect" needs "Days valid after receipt" too: add it, or remove the waiting days'),
  irregularOutside: (label: L): L =>
    localized(`${zh(label)}超出了券的可用时间（开始至结束）：超出的部分不会生效，请确认`, `${en(label)} lies outside the coupon's validity (start to end): that part has no effect; check it`),
  dayTimeNotList: (): L =>
    localized('当天可用时间段须为列表 [{begin_time, end_time}]，即使只有一个时段：请用 [ ] 括起来', 'The hours of the day must be a list [{begin_time, end_time}], even for one slot: wrap it in [ ]'),
  dayTimeTooMany: (count: number, max: number): L =>
    localized(`当天可用时间段最多 ${max} 段，现在有 ${count} 段：请合并或删除多余的时段`, `At most ${max} time slots a day; there are ${count}: merge or remove some`),
  dayTimeNeedsWeekDay: (): L =>
    localized('设置了当天可用时间段，就须选择每周可用日（week_day）：请选择适用的星期', 'Time slots need the weekdays they apply to (week_day): pick the days'),
  dayTimeOrder: (label: L, begin: L, end: L): L =>
    localized(`${zh(label)}的开始 ${zh(begin)} 不早于结束 ${zh(end)}：请把开始改到结束之前`, `${en(label)} starts at ${en(begin)}, not before its end ${en(end)}: move the start before the end`),
  weekDayDuplicate: (day: number): L => localized(`每周可用日中 ${day} 出现了不止一次：请删除重复的一项`, `Weekday ${day} is listed more than once: remove the repeat`),
  selfConsumeUnsupported: (): L =>
    localized('核销方式 SELF_CONSUME（用户自助核销）微信支付当前暂不支持：请改为 OFF_LINE、MINI_PROGRAMS 或 PAYMENT_CODE', 'SELF_CONSUME (self-redemption) is not supported by WeChat Pay at present: use OFF_LINE, MINI_PROGRAMS or PAYMENT_CODE'),
  miniProgramMissing: (label: L): L =>
    localized(`核销方式为小程序核销（MINI_PROGRAMS）时须填写${zh(label)}：请填写`, `Redemption in a mini program (MINI_PROGRAMS) needs ${en(label)}: fill it in`),
  miniProgramUnused: (label: L): L =>
    localized(`${zh(label)}只在核销方式为小程序核销（MINI_PROGRAMS）时使用：请删除它，或改为小程序核销`, `${en(label)} is used only when redeeming in a mini program (MINI_PROGRAMS): remove it, or switch to MINI_PROGRAMS`),
  perUserOverTotal: (perUser: number, total: number): L =>
    localized(`每人可领 ${perUser} 张，超过了发放总数 ${total} 张：请确认数量`, `Each customer may receive ${perUser} but only ${total} will be issued: check the numbers`),
  imageUrlInvalid: (label: L, value: string): L =>
    localized(`${zh(label)}须为图片上传后得到的完整链接，现在是“${shorten(value)}”：请先上传图片`, `${en(label)} must be the full URL the image upload returned; it is "${shorten(value)}": upload the image first`),
  imageHost: (label: L, host: string, expected: string): L =>
    localized(
      `${zh(label)}的域名是 ${host}，不是微信支付营销图片服务器 ${expected}：只能使用“图片上传”返回的链接，请重新上传`,
      `${en(label)} is hosted on ${host}, not the WeChat Pay marketing image host ${expected}: only URLs from the image upload work; upload it again`,
    ),
  imageNotUploaded: (label: L): L => localized(`${zh(label)}还没有上传到微信支付：请先上传图片再提交`, `${en(label)} has not been uploaded to WeChat Pay yet: upload the image before submitting`),
  belongMerchantOther: (value: string, mchid: string): L =>
    localized(
      `归属商户号 ${shorten(value)} 不是当前商户号 ${mchid}：普通商户只能为自己创建批次（“批次创建方商户与归属方商户无关系”），请填写 ${mchid}`,
      `The owning merchant ${shorten(value)} is not this account's mchid ${mchid}: a direct merchant creates stocks only for itself; enter ${mchid}`,
    ),
};
