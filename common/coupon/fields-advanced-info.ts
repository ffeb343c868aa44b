import { BUSINESS_SERVICES, TIME_LIMIT_TYPES, enumValues } from './enums';
import { field, type FieldMeta } from './field-meta';
import { MAX_ABSTRACT_ICONS, MAX_DISCOUNT, MAX_HOUR, MAX_MINUTE, MIN_DISCOUNT, MIN_LEAST_COST, MIN_REDUCE_COST } from './limits';

const hour = { min: 0, max: MAX_HOUR };
const minute = { min: 0, max: MAX_MINUTE };

/** advanced_info fields (creation guide §2.7 "advanced_info field"; wechat-card-api.md §4.6). */
export const ADVANCED_INFO_FIELDS: readonly FieldMeta[] = [
  field('advanced_info', 'object', 'cover', ['高级信息', 'Advanced info'], ['选填的封面、图文、使用条件和时段', 'Optional cover, details, conditions and time slots']),
  field('advanced_info.use_condition', 'object', 'conditions', ['使用条件', 'Use conditions'], [
    '不填时券面显示“无最低消费限制，全场通用，可与其他优惠共享”',
    'Left empty, the coupon says “no minimum spend, all products, combinable with other offers”',
  ]),
  field('advanced_info.use_condition.accept_category', 'string', 'conditions', ['指定可用的商品类目', 'Applicable categories'], [
    '只有代金券可填；填写后券面显示“仅适用于……”，例如“仅适用于饮品”',
    'Cash coupons only; the coupon then says “only for …”, e.g. “only for drinks”',
  ], { appliesTo: ['CASH'] }),
  field('advanced_info.use_condition.reject_category', 'string', 'conditions', ['指定不可用的商品类目', 'Excluded categories'], [
    '只有代金券可填；填写后券面显示“不适用于……”，例如“不适用于酒水”',
    'Cash coupons only; the coupon then says “not for …”, e.g. “not for alcohol”',
  ], { appliesTo: ['CASH'] }),
  field('advanced_info.use_condition.least_cost', 'int', 'conditions', ['满减门槛', 'Minimum spend'], [
    '兑换券和代金券可填，单位为元；填写后券面显示“消费满……元可用”',
    'Gift and cash coupons, in yuan; the coupon then says “for orders from ¥…”',
  ], { dev: ['接口中以分为单位，编辑器按元输入并换算', 'Sent in fen; the editor takes yuan and converts'], appliesTo: ['GIFT', 'CASH'], unit: 'fen', min: 0 }),
  field('advanced_info.use_condition.object_use_for', 'string', 'conditions', ['购买 xx 可用类型门槛', 'Required purchase'], [
    '只有兑换券可填；填写后券面显示“购买……可用”，例如“购买任意主食可用”',
    'Gift coupons only; the coupon then says “available when buying …”, e.g. “any main course”',
  ], { appliesTo: ['GIFT'] }),
  field('advanced_info.use_condition.can_use_with_other_discount', 'bool', 'conditions', ['可与其他优惠共享', 'Combinable with other offers'], [
    '默认可以和店里的其他优惠一起用；关闭后使用须知显示“不可与其他优惠共享”',
    'By default the coupon combines with other offers; switched off, the terms say “not combinable with other offers”',
  ], { dev: ['省略时按 true 处理', 'Treated as true when absent'] }),
  field('advanced_info.abstract', 'object', 'cover', ['封面摘要', 'Cover'], ['顾客打开卡券详情时最先看到的封面', 'The first thing customers see on the coupon’s detail page']),
  field('advanced_info.abstract.abstract', 'string', 'cover', ['封面摘要简介', 'Cover summary'], ['封面上的一句介绍', 'One line of text on the cover']),
  field('advanced_info.abstract.icon_url_list', 'array', 'cover', ['封面图片', 'Cover image'], [
    '一张封面图片，建议 850×350 像素',
    'One cover image, 850×350 px suggested',
  ], { dev: ['icon_url_list 只能有一项', 'icon_url_list holds exactly one URL'], required: true, max: MAX_ABSTRACT_ICONS }),
  field('advanced_info.abstract.icon_url_list[]', 'string', 'cover', ['封面图片', 'Cover image'], [
    '拖入图片即可，创建时自动上传到微信；其他网站的图片链接不能使用',
    'Drop an image in and it is uploaded to Weixin when the coupon is created; links to other websites are refused',
  ], { image: true, dev: ['须为 uploadimg 返回的链接，非微信 CDN 链接会报错', 'Must be a URL returned by uploadimg; other links are refused'] }),
  field('advanced_info.text_image_list', 'array', 'cover', ['图文列表', 'Picture-text details'], [
    '详情页上的图片和说明；优惠券至少需要一组',
    'Pictures with text on the detail page; general coupons need at least one',
  ]),
  field('advanced_info.text_image_list[]', 'object', 'cover', ['图文', 'Picture-text item'], ['一张图片和它的说明', 'One picture with its text']),
  field('advanced_info.text_image_list[].image_url', 'string', 'cover', ['图文图片', 'Detail image'], [
    '拖入图片即可，创建时自动上传到微信',
    'Drop an image in; it is uploaded to Weixin when the coupon is created',
  ], { required: true, image: true, dev: ['须为 uploadimg 返回的链接', 'Must be a URL returned by uploadimg'] }),
  field('advanced_info.text_image_list[].text', 'string', 'cover', ['图文描述', 'Detail text'], ['写在图片下方的说明', 'The text under the picture'], { required: true }),
  field('advanced_info.time_limit', 'array', 'hours', ['使用时段限制', 'Usage time slots'], [
    '券面上显示的可用时段，只是告诉顾客，并不限制实际使用；不填就不显示',
    'Time slots shown on the coupon to inform customers; they do not stop use at other times. Nothing is shown when empty',
  ]),
  field('advanced_info.time_limit[]', 'object', 'hours', ['使用时段', 'Time slot'], ['一段可以使用的时间', 'One period when the coupon can be used']),
  field('advanced_info.time_limit[].type', 'enum', 'hours', ['限制类型', 'Day'], ['哪一天：星期几或节假日', 'Which day: a weekday or holidays'], {
    enumValues: enumValues(TIME_LIMIT_TYPES),
  }),
  field('advanced_info.time_limit[].begin_hour', 'int', 'hours', ['起始小时', 'Start hour'], ['当天从几点开始', 'The hour it starts that day'], hour),
  field('advanced_info.time_limit[].begin_minute', 'int', 'hours', ['起始分钟', 'Start minute'], ['当天从几点几分开始', 'The minute it starts that day'], minute),
  field('advanced_info.time_limit[].end_hour', 'int', 'hours', ['结束小时', 'End hour'], ['当天到几点结束', 'The hour it ends that day'], hour),
  field('advanced_info.time_limit[].end_minute', 'int', 'hours', ['结束分钟', 'End minute'], ['当天到几点几分结束', 'The minute it ends that day'], minute),
  field('advanced_info.business_service', 'array', 'service', ['商户服务', 'Merchant services'], [
    '券面上展示的服务标签：外卖服务、停车位、可带宠物、免费 Wi-Fi，可多选',
    'Service tags on the coupon: delivery, parking, pets welcome, free Wi-Fi; pick any',
  ], { enumValues: enumValues(BUSINESS_SERVICES) }),
  // §1.5: card/get answers share_friends (false) in every coupon's advanced_info, so a copied card
  // carries it; §4.6: true needs a cover image and a detail image, else 45043.
  field('advanced_info.share_friends', 'bool', 'cover', ['可分享给朋友', 'Shareable to friends'], [
    '开启后顾客可以把券转给朋友；需要同时有封面图片和带图片的图文介绍',
    'When on, customers can pass the coupon to friends; it then needs a cover image and a detail item with a picture',
  ], { dev: ['缺少封面或图文图片时微信返回 45043', 'Without the cover or a detail picture Weixin answers 45043'] }),
  field('advanced_info.business_service[]', 'enum', 'service', ['商户服务', 'Merchant service'], ['一项服务标签', 'One service tag'], {
    enumValues: enumValues(BUSINESS_SERVICES),
  }),
];

/** Fields beside base_info inside one type object (§4.4; guide §2.6 per-type tables). */
export const TYPE_FIELDS: readonly FieldMeta[] = [
  field('groupon.deal_detail', 'string', 'face', ['团购详情', 'Group-buy details'], ['这份团购包含什么，例如“双人套餐：主食两份、饮品两杯”', 'What the deal includes, e.g. “meal for two: two mains, two drinks”'], {
    required: true,
    appliesTo: ['GROUPON'],
  }),
  field('cash.least_cost', 'int', 'face', ['抵扣条件', 'Minimum spend'], [
    '消费满多少元才能用，单位为元；没有门槛填 0',
    'The order total from which the coupon can be used, in yuan; 0 when there is no minimum',
  ], { dev: ['接口中以分为单位（9.9 元 = 990），编辑器按元输入并换算', 'Sent in fen (¥9.90 = 990); the editor takes yuan and converts'], required: true, appliesTo: ['CASH'], unit: 'fen', min: MIN_LEAST_COST }),
  field('cash.reduce_cost', 'int', 'face', ['减免金额', 'Amount off'], [
    '结账时减去多少元，单位为元，例如 10 或 9.9',
    'How much comes off the bill, in yuan, e.g. 10 or 9.9',
  ], { dev: ['接口中以分为单位（9.9 元 = 990），编辑器按元输入并换算', 'Sent in fen (¥9.90 = 990); the editor takes yuan and converts'], required: true, appliesTo: ['CASH'], unit: 'fen', min: MIN_REDUCE_COST }),
  field('discount.discount', 'int', 'face', ['折扣额度', 'Discount'], [
    '打几折就填几，例如 7 是七折、8.5 是八五折（顾客付原价的 70% 或 85%）',
    'Enter the 折 as Chinese shops write it: 7 is 七折 (customer pays 70%, 30% off), 8.5 is 八五折 (15% off)',
  ], { dev: ['接口中是减免的百分比：七折传 30，编辑器按折输入并换算', 'Sent as percent off: 七折 is sent as 30; the editor takes 折 and converts'], required: true, appliesTo: ['DISCOUNT'], unit: 'percentOff', min: MIN_DISCOUNT, max: MAX_DISCOUNT }),
  field('gift.gift', 'string', 'face', ['兑换内容', 'Gift'], ['顾客可以换到什么，例如“中杯拿铁一杯”', 'What the customer gets, e.g. “one medium latte”'], {
    required: true,
    appliesTo: ['GIFT'],
  }),
  field('general_coupon.default_detail', 'string', 'face', ['优惠详情', 'Offer details'], ['优惠内容是什么，例如“全场饮品第二杯半价”', 'What the offer is, e.g. “second drink half price”'], {
    required: true,
    appliesTo: ['GENERAL_COUPON'],
  }),
];
