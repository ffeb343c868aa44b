import { BUSINESS_SERVICES, TIME_LIMIT_TYPES, enumValues } from './enums';
import { field, type FieldMeta } from './field-meta';
import { MAX_ABSTRACT_ICONS, MAX_DISCOUNT, MAX_HOUR, MAX_MINUTE, MIN_DISCOUNT, MIN_LEAST_COST, MIN_REDUCE_COST } from './limits';

const hour = { min: 0, max: MAX_HOUR };
const minute = { min: 0, max: MAX_MINUTE };

/** advanced_info fields (creation guide §2.7 "advanced_info field"; wechat-card-api.md §4.6). */
export const ADVANCED_INFO_FIELDS: readonly FieldMeta[] = [
  field('advanced_info', 'object', 'cover', ['高级信息', 'Advanced info'], ['选填的高级字段', 'Optional advanced fields']),
  field('advanced_info.use_condition', 'object', 'conditions', ['使用条件', 'Use conditions'], [
    '不填写则券面显示“无最低消费限制，全场通用，可与其他优惠共享”',
    'Left empty, the coupon shows “no minimum spend, all products, combinable”',
  ]),
  field('advanced_info.use_condition.accept_category', 'string', 'conditions', ['指定可用的商品类目', 'Applicable categories'], [
    '仅用于代金券类型，填入后将在券面拼写“仅适用于 xxx”',
    'Cash coupons only; the coupon then says “only for xxx”',
  ], { appliesTo: ['CASH'] }),
  field('advanced_info.use_condition.reject_category', 'string', 'conditions', ['指定不可用的商品类目', 'Excluded categories'], [
    '仅用于代金券类型，填入后将在券面拼写“不适用于 xxx”',
    'Cash coupons only; the coupon then says “not for xxx”',
  ], { appliesTo: ['CASH'] }),
  field('advanced_info.use_condition.least_cost', 'int', 'conditions', ['满减门槛', 'Minimum spend'], [
    '用于兑换券和代金券，填入后将在券面拼写“消费满 xx 元可用”',
    'Gift and cash coupons; the coupon then says “for orders from xx 元”',
  ], { appliesTo: ['GIFT', 'CASH'], unit: 'fen', min: 0 }),
  field('advanced_info.use_condition.object_use_for', 'string', 'conditions', ['购买 xx 可用类型门槛', 'Required purchase'], [
    '仅用于兑换券，填入后将在券面拼写“购买 xxx 可用”',
    'Gift coupons only; the coupon then says “available after buying xxx”',
  ], { appliesTo: ['GIFT'] }),
  field('advanced_info.use_condition.can_use_with_other_discount', 'bool', 'conditions', ['可与其他优惠共享', 'Combinable with other offers'], [
    '不填写默认为 true，填 false 时使用须知显示“不可与其他优惠共享”',
    'Default true; false shows “not combinable with other offers”',
  ]),
  field('advanced_info.abstract', 'object', 'cover', ['封面摘要', 'Cover'], ['卡券详情页的封面', 'Cover of the coupon detail page']),
  field('advanced_info.abstract.abstract', 'string', 'cover', ['封面摘要简介', 'Cover summary'], ['封面摘要简介', 'Short text on the cover']),
  field('advanced_info.abstract.icon_url_list', 'array', 'cover', ['封面图片', 'Cover image'], [
    '封面图片列表，仅支持填入一个封面图片链接，建议图片尺寸 850*350',
    'Cover image list: exactly one uploaded image, 850×350 px suggested',
  ], { required: true, max: MAX_ABSTRACT_ICONS }),
  field('advanced_info.abstract.icon_url_list[]', 'string', 'cover', ['封面图片', 'Cover image'], [
    '须为“上传图片”接口得到的链接，填写非 CDN 链接会报错',
    'Must be a URL from the Upload Image API; other links are refused',
  ], { image: true }),
  field('advanced_info.text_image_list', 'array', 'cover', ['图文列表', 'Picture-text details'], [
    '显示在详情页的图文列表；优惠券须至少传入一组',
    'Picture-and-text items on the detail page; general coupons need at least one',
  ]),
  field('advanced_info.text_image_list[]', 'object', 'cover', ['图文', 'Picture-text item'], ['一组图片和描述', 'One image with its text']),
  field('advanced_info.text_image_list[].image_url', 'string', 'cover', ['图文图片', 'Detail image'], [
    '须为“上传图片”接口得到的链接，否则报错',
    'Must be a URL from the Upload Image API',
  ], { required: true, image: true }),
  field('advanced_info.text_image_list[].text', 'string', 'cover', ['图文描述', 'Detail text'], ['图文描述', 'Text for the image'], { required: true }),
  field('advanced_info.time_limit', 'array', 'hours', ['使用时段限制', 'Usage time slots'], [
    '只控制显示，不控制实际使用逻辑；不填默认不显示',
    'Display only, not enforced; nothing is shown when empty',
  ]),
  field('advanced_info.time_limit[]', 'object', 'hours', ['使用时段', 'Time slot'], ['一个可用时段', 'One time slot']),
  field('advanced_info.time_limit[].type', 'enum', 'hours', ['限制类型', 'Day'], ['星期几或节假日', 'A weekday, or holidays'], {
    enumValues: enumValues(TIME_LIMIT_TYPES),
  }),
  field('advanced_info.time_limit[].begin_hour', 'int', 'hours', ['起始小时', 'Start hour'], ['当前类型下的起始时间（小时）', 'Start hour on that day'], hour),
  field('advanced_info.time_limit[].begin_minute', 'int', 'hours', ['起始分钟', 'Start minute'], ['当前类型下的起始时间（分钟）', 'Start minute on that day'], minute),
  field('advanced_info.time_limit[].end_hour', 'int', 'hours', ['结束小时', 'End hour'], ['当前类型下的结束时间（小时）', 'End hour on that day'], hour),
  field('advanced_info.time_limit[].end_minute', 'int', 'hours', ['结束分钟', 'End minute'], ['当前类型下的结束时间（分钟）', 'End minute on that day'], minute),
  field('advanced_info.business_service', 'array', 'service', ['商户服务', 'Merchant services'], [
    '外卖服务、停车位、可带宠物、免费 Wi-Fi，可多选',
    'Delivery, parking, pets welcome, free Wi-Fi; pick any',
  ], { enumValues: enumValues(BUSINESS_SERVICES) }),
  // §1.5: card/get answers share_friends (false) in every coupon's advanced_info, so a copied card
  // carries it; §4.6: true needs a cover image and a detail image, else 45043.
  field('advanced_info.share_friends', 'bool', 'cover', ['可分享给朋友', 'Shareable to friends'], [
    '开启后须同时有封面图片和带图片的图文介绍，否则报错（45043）',
    'When on, the coupon needs a cover image and an illustrated detail item, else Weixin refuses it (45043)',
  ]),
  field('advanced_info.business_service[]', 'enum', 'service', ['商户服务', 'Merchant service'], ['一项商户服务', 'One merchant service'], {
    enumValues: enumValues(BUSINESS_SERVICES),
  }),
];

/** Fields beside base_info inside one type object (§4.4; guide §2.6 per-type tables). */
export const TYPE_FIELDS: readonly FieldMeta[] = [
  field('groupon.deal_detail', 'string', 'face', ['团购详情', 'Group-buy details'], ['团购券专用，填写团购详情', 'Group-buy coupons: what the deal includes'], {
    required: true,
    appliesTo: ['GROUPON'],
  }),
  field('cash.least_cost', 'int', 'face', ['抵扣条件', 'Minimum spend'], [
    '代金券专用，表示起用金额（单位为分），如果无起用门槛则填 0',
    'Cash coupons: minimum order (in fen); 0 when there is no threshold',
  ], { required: true, appliesTo: ['CASH'], unit: 'fen', min: MIN_LEAST_COST }),
  field('cash.reduce_cost', 'int', 'face', ['减免金额', 'Amount off'], [
    '代金券专用，表示减免金额（单位为分）',
    'Cash coupons: amount taken off (in fen)',
  ], { required: true, appliesTo: ['CASH'], unit: 'fen', min: MIN_REDUCE_COST }),
  field('discount.discount', 'int', 'face', ['折扣额度', 'Discount'], [
    '折扣券专用，表示打折额度（百分比），填 30 就是七折',
    'Discount coupons: percent off; 30 means 30% off (七折)',
  ], { required: true, appliesTo: ['DISCOUNT'], unit: 'percentOff', min: MIN_DISCOUNT, max: MAX_DISCOUNT }),
  field('gift.gift', 'string', 'face', ['兑换内容', 'Gift'], ['兑换券专用，填写兑换内容的名称', 'Gift coupons: what it is exchanged for'], {
    required: true,
    appliesTo: ['GIFT'],
  }),
  field('general_coupon.default_detail', 'string', 'face', ['优惠详情', 'Offer details'], ['优惠券专用，填写优惠详情', 'General coupons: what the offer is'], {
    required: true,
    appliesTo: ['GENERAL_COUPON'],
  }),
];
