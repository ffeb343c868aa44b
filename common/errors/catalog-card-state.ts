import { localized as L } from '../i18n';
import type { ErrcodeEntry } from './types';

/**
 * Codes about the state of a card, a code or the account's card permissions: resending the
 * same request cannot help, so every one is `report` except the update throttle (45061).
 */
export const CARD_STATE_ERRCODES: readonly ErrcodeEntry[] = [
  {
    errcode: 40056,
    errmsg: 'invalid serial code',
    action: 'report',
    meaning: L('code 码不合法', 'Invalid code'),
    fix: L('检查 code 是否输入正确、是否属于这张卡券', 'Check that the code is typed correctly and belongs to this card'),
  },
  {
    errcode: 40073,
    errmsg: 'invalid card id',
    action: 'report',
    meaning: L('card_id 不存在或属于其他公众号', 'The card_id does not exist or belongs to another account'),
    fix: L('确认这张券是用当前账号创建的，并在历史记录中核对 card_id', 'Check that the card was created with this account and compare the card_id with the history'),
  },
  {
    errcode: 40075,
    errmsg: 'invalid encrypt code',
    action: 'report',
    meaning: L('加密 code 不合法', 'Invalid encrypted code'),
    fix: L('使用微信下发的 encrypt_code 原文（先做 URL 解码）', 'Use the encrypt_code exactly as Weixin sent it (URL-decoded)'),
  },
  {
    errcode: 40078,
    errmsg: 'invalid card status',
    action: 'report',
    meaning: L('卡券当前状态不允许此操作（如已删除或尚未审核通过）', 'The card status does not allow this (e.g. deleted or not approved yet)'),
    fix: L('刷新卡券状态；审核通过后再操作', 'Refresh the card status and try again once it is approved'),
  },
  {
    errcode: 40099,
    errmsg: 'invalid code, this code has consumed.',
    action: 'report',
    meaning: L('该 code 已被核销', 'This code has already been redeemed'),
    fix: L('无需再次核销', 'Nothing to redeem again'),
  },
  {
    errcode: 40107,
    errmsg: 'invalid card id! 1,card status must verify ok; 2,this card must have location_id',
    action: 'report',
    meaning: L('卡券须已审核通过并设置了适用门店', 'The card must be approved and have stores'),
    fix: L('等卡券审核通过，并为它设置适用门店后再操作', 'Wait for approval and give the card its stores, then try again'),
  },
  {
    errcode: 40116,
    errmsg: 'invalid code',
    action: 'report',
    meaning: L('code 码不合法', 'Invalid code'),
    fix: L('检查 code 是否输入正确、是否属于这张卡券', 'Check that the code is typed correctly and belongs to this card'),
  },
  {
    errcode: 40127,
    errmsg: 'invalid user-card status! Hint: the card was given to user, but may be deleted or expired or set unavailable !',
    action: 'report',
    meaning: L('用户的这张券已删除、已过期、已失效或正在转赠中', "The user's card was deleted, expired, made unavailable or is being given away"),
    fix: L('请用户检查卡包中的这张券', 'Ask the user to check the card in their card wallet'),
  },
  {
    errcode: 43008,
    errmsg: 'require biz pay auth',
    action: 'report',
    meaning: L('公众号没有微信支付权限，不能开启买单', 'The account has no WeChat Pay permission, so paycell cannot be turned on'),
    fix: L('先为公众号开通微信支付（绑定商户号），再开启买单', 'Enable WeChat Pay for the account (link a merchant ID) before turning on paycell'),
  },
  {
    errcode: 43009,
    errmsg: 'can not use custom code, need authorize',
    action: 'report',
    meaning: L('没有自定义 code（自定义SN）权限', 'No permission for custom codes (自定义SN)'),
    fix: L('到公众平台申请自定义 code 权限，或关闭“自定义 code”', 'Apply for custom codes on the Official Accounts Platform, or turn custom codes off'),
  },
  {
    errcode: 43010,
    errmsg: 'can not use balance, need authorize',
    action: 'report',
    meaning: L('没有储值权限', 'No permission for stored value (储值)'),
    fix: L('去掉储值相关设置，或到公众平台申请权限', 'Remove the stored-value settings, or apply for the permission'),
  },
  {
    errcode: 43012,
    errmsg: 'can not use custom url, need authorize',
    action: 'report',
    meaning: L('没有自定义入口链接（custom_url）权限', 'No permission for custom entry links (custom_url)'),
    fix: L('去掉自定义入口链接，或到公众平台申请权限', 'Remove the custom entry link, or apply for the permission'),
  },
  {
    errcode: 43017,
    errmsg: 'require location id!',
    action: 'report',
    meaning: L('卡券没有设置门店：买单和自助核销都要求卡券有适用门店', 'The card has no stores: paycell and self-redemption both require them'),
    fix: L(
      '先给卡券设置适用门店（指定门店或“全部门店”），再开启买单或自助核销',
      'Give the card its stores (a list or all stores) first, then turn on paycell or self-redemption',
    ),
  },
  {
    errcode: 45029,
    errmsg: 'qrcode count out of limit',
    action: 'report',
    meaning: L('二维码数量超过限制', 'Too many QR codes'),
    fix: L('复用已生成的二维码', 'Reuse the QR codes already created'),
  },
  {
    errcode: 45030,
    errmsg: 'limit cardid, not support this function',
    action: 'report',
    meaning: L('这张卡券没有该接口的权限', 'This card may not use this API'),
    fix: L('该功能不能用于这张券', 'This function is not available for this card'),
  },
  {
    errcode: 45031,
    errmsg: 'stock is out of limit',
    action: 'report',
    meaning: L('库存为 0', 'The stock is 0'),
    fix: L('增加库存后再投放', 'Raise the stock before delivering'),
  },
  {
    errcode: 45033,
    errmsg: 'user get card num is out of get_limit',
    action: 'report',
    meaning: L('用户领取次数超过 get_limit', 'The user reached get_limit'),
    fix: L('如需让用户多领，请调大每人领取上限', 'Raise the per-user limit (get_limit) if users may take more'),
  },
  {
    errcode: 45041,
    errmsg: 'this card reach total sku quantity limit!',
    action: 'report',
    meaning: L('卡券总库存已达上限', 'The card reached its total stock limit'),
    fix: L('总库存最多 100000000，不能再增加', 'The total stock is capped at 100000000'),
  },
  {
    errcode: 45061,
    errmsg: 'maybe the update frequency is too often, please try again',
    action: 'wait_next_minute',
    meaning: L('修改太频繁', 'Updates are too frequent'),
    fix: L('本工具会等一分钟后再试', 'The app waits a minute and tries again'),
  },
  {
    errcode: 45160,
    errmsg: 'invalid category to create card',
    action: 'report',
    meaning: L('公众号的类目不允许创建这种卡券', "The account's business category may not create this card"),
    fix: L('在公众平台核对账号类目和卡券功能的开通范围', "Check the account's category and card permissions on the Official Accounts Platform"),
  },
  {
    errcode: 72021,
    errmsg: 'unauthorized create general card',
    action: 'report',
    meaning: L('没有创建优惠券（GENERAL_COUPON）的权限', 'Not authorised to create GENERAL_COUPON cards'),
    fix: L(
      '自 2021-04-01 起多数账号已不能新建优惠券；新券请考虑微信支付商家券或代金券',
      'Since 2021-04-01 most accounts cannot create new coupons of this type; consider WeChat Pay 商家券 / 代金券',
    ),
  },
];
