import { localized, type Localized } from '../../common/i18n';
import type { WeixinFailure } from '../wechat';

/** 43010 "can not use balance": the card has no stored value, or the account lacks 储值 (§1.3). */
export const NO_STORED_VALUE = 43010;

/**
 * A member-card refusal in the counter's words. 43010 gets its own sentence: the merchant can act on
 * it (turn stored value on, or apply for the permission), while the raw errmsg says nothing useful.
 */
export function memberFailureMessage(failure: WeixinFailure): Localized {
  if (failure.kind === 'weixin' && failure.errcode === NO_STORED_VALUE) {
    return localized(
      '这张会员卡不能使用储值（43010）：会员卡未开启储值（supply_balance），或公众号没有储值权限。余额没有改变。需要储值时，请先向微信申请储值权限，再用 members card update 开启 supply_balance。',
      "This member card cannot hold a balance (43010): stored value (supply_balance) is off on the card, or the Official Account lacks the stored-value permission. The balance did not change. To use stored value, apply to Weixin for the permission first, then turn supply_balance on with members card update.",
    );
  }
  return failure.kind === 'weixin'
    ? localized(`微信拒绝了这次操作（${failure.errcode}）：${failure.errmsg}`, `Weixin refused this (${failure.errcode}): ${failure.errmsg}`)
    : localized('暂时无法连接微信，请稍后再试', 'Weixin cannot be reached right now; try again later');
}
