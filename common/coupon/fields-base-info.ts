import { COUPON_COLOR_NAMES } from './colors';
import { CODE_TYPES, DEPOSIT_MODE, enumValues } from './enums';
import { field, type FieldMeta } from './field-meta';
import { MAX_QUANTITY, MAX_TIMESTAMP, MIN_FIXED_BEGIN_TERM, MIN_FIXED_TERM, MIN_PER_USER_LIMIT, MIN_QUANTITY } from './limits';

/**
 * base_info fields (creation guide §2.7; wechat-card-api.md §4.2, §4.3). Labels follow the MP
 * platform's words; help lines paraphrase the guide's description column.
 */
export const BASE_INFO_FIELDS: readonly FieldMeta[] = [
  field('base_info', 'object', 'face', ['基本信息', 'Basic info'], ['所有卡券类型都必须填写的基本信息', 'Basic data every coupon type must carry'], { required: true }),
  field('base_info.logo_url', 'string', 'face', ['商户 logo', 'Merchant logo'], [
    '卡券的商户 logo，建议像素为 300*300，须先通过“上传图片”接口上传到微信',
    'Merchant logo, 300×300 px suggested; upload it to Weixin first with the Upload Image API',
  ], { required: true, image: true }),
  field('base_info.brand_name', 'string', 'face', ['商户名字', 'Merchant name'], [
    '商户名字，字数上限为 12 个汉字',
    'Merchant name, at most 12 Chinese characters (24 English letters)',
  ], { required: true }),
  field('base_info.title', 'string', 'face', ['卡券名', 'Title'], [
    '卡券名，字数上限为 9 个汉字，建议涵盖卡券属性、服务及金额',
    'Coupon title, at most 9 Chinese characters (18 English letters); combine what, service and amount',
  ], { required: true }),
  field('base_info.sub_title', 'string', 'face', ['副标题', 'Subtitle'], [
    '券名的副标题，字数上限为 18 个汉字（旧版文档字段）',
    'Subtitle under the title, at most 18 Chinese characters (older documentation)',
  ]),
  field('base_info.color', 'enum', 'face', ['卡券颜色', 'Card colour'], [
    '券面背景色，从微信提供的 14 种颜色中选择',
    'Card background colour, one of the 14 Weixin colours',
  ], { required: true, enumValues: COUPON_COLOR_NAMES }),
  field('base_info.date_info', 'object', 'face', ['有效期', 'Validity'], ['使用日期，有效期的信息', 'When the coupon can be used'], { required: true }),
  field('base_info.date_info.type', 'dateType', 'face', ['有效期类型', 'Validity type'], [
    '固定日期区间，或领取后按天数计算（旧文档的 1 和 2 依然生效）',
    'A fixed date range, or a number of days after receipt (the old values 1 and 2 still work)',
  ], { required: true, enumValues: ['DATE_TYPE_FIX_TIME_RANGE', 'DATE_TYPE_FIX_TERM'] }),
  field('base_info.date_info.begin_timestamp', 'timestamp', 'face', ['起用时间', 'Start time'], [
    '固定日期区间的开始时间（东八区，单位为秒）',
    'Start of a fixed date range (China time, Unix seconds)',
  ], { requiredWhen: 'DATE_TYPE_FIX_TIME_RANGE', unit: 'unixSeconds', min: 0, max: MAX_TIMESTAMP }),
  field('base_info.date_info.end_timestamp', 'timestamp', 'face', ['结束时间', 'End time'], [
    '有效期的结束时间，建议设置为截止日期的 23:59:59；领取后计算时表示统一过期时间',
    'End of validity, best at 23:59:59 on the last day; for days-after-receipt it is a common expiry',
  ], { requiredWhen: 'DATE_TYPE_FIX_TIME_RANGE', unit: 'unixSeconds', min: 0, max: MAX_TIMESTAMP }),
  field('base_info.date_info.fixed_term', 'int', 'face', ['有效天数', 'Days valid'], [
    '领取后多少天内有效，不支持填写 0',
    'Days the coupon stays valid after receipt; 0 is not allowed',
  ], { requiredWhen: 'DATE_TYPE_FIX_TERM', unit: 'days', min: MIN_FIXED_TERM }),
  field('base_info.date_info.fixed_begin_term', 'int', 'face', ['生效天数', 'Days until valid'], [
    '领取后多少天开始生效，领取当天生效填写 0',
    'Days after receipt before it becomes valid; 0 = the day it is received',
  ], { requiredWhen: 'DATE_TYPE_FIX_TERM', unit: 'days', min: MIN_FIXED_BEGIN_TERM }),
  field('base_info.sku', 'object', 'issue', ['库存信息', 'Stock'], ['商品信息，目前只有库存', 'Stock information'], { required: true }),
  field('base_info.sku.quantity', 'int', 'issue', ['库存', 'Stock'], [
    '卡券库存的数量，上限为 100000000；预存 Code 模式须填 0',
    'Number of coupons, at most 100,000,000; must be 0 in deposited-code mode',
  ], { required: true, unit: 'count', min: MIN_QUANTITY, max: MAX_QUANTITY }),
  field('base_info.get_limit', 'int', 'issue', ['每人可领券的数量限制', 'Per-user receive limit'], [
    '每人可领券的数量限制，不填写默认为 50',
    'How many coupons one user may receive; 50 when left empty',
  ], { unit: 'count', min: MIN_PER_USER_LIMIT }),
  field('base_info.bind_openid', 'bool', 'issue', ['指定用户领取', 'Bind to OpenID'], [
    '是否指定用户领取，填写 true 或 false，默认为 false',
    'Whether only specified users may receive it; default false',
  ]),
  field('base_info.can_share', 'bool', 'issue', ['领取页面可分享', 'Receiving page shareable'], [
    '卡券领取页面是否可分享；指定 Code 和 OpenID 的卡券建议设为 false',
    'Whether the receiving page can be shared; false is advised for coupons bound to an OpenID',
  ]),
  field('base_info.can_give_friend', 'bool', 'issue', ['可转赠', 'Can be given to friends'], [
    '卡券是否可转赠',
    'Whether the coupon can be given to a friend',
  ]),
  // §4.2 lists it in base_info, for member cards; card/create accepts it on a coupon too, so a card
  // copied from card/get or another tool is not refused for it (issue 8).
  field('base_info.need_push_on_view', 'bool', 'issue', ['查看时推送', 'Push on view'], [
    '微信文档列为会员卡字段；优惠券上可以保留，微信接受',
    'Documented for member cards; a coupon may keep it, Weixin accepts it',
  ]),
  field('base_info.code_type', 'enum', 'redeem', ['销券方式', 'Code type'], [
    'Code 展示类型：二维码、一维码、仅卡券号，或无 Code（仅线上核销）',
    'How the code is shown: QR code, barcode, number only, or none (online redemption only)',
  ], { required: true, enumValues: enumValues(CODE_TYPES) }),
  field('base_info.notice', 'string', 'redeem', ['使用提醒', 'Usage reminder'], [
    '卡券使用提醒，字数上限为 16 个汉字，例如“请出示二维码核销卡券”',
    'Reminder shown when using the coupon, at most 16 Chinese characters',
  ], { required: true }),
  field('base_info.use_limit', 'int', 'redeem', ['每人可核销的数量限制', 'Per-user redemption limit'], [
    '每人可核销的数量限制，不填写默认为 50',
    'How many coupons one user may redeem; 50 when left empty',
  ], { unit: 'count', min: MIN_PER_USER_LIMIT }),
  field('base_info.use_custom_code', 'bool', 'redeem', ['自定义 Code 码', 'Custom code'], [
    '是否使用商户自己的 Code 码，使用后只能通过 API 投放和核销',
    'Use the merchant’s own codes; such coupons are issued and redeemed through the API only',
  ]),
  field('base_info.get_custom_code_mode', 'enum', 'redeem', ['预存 Code 模式', 'Deposited-code mode'], [
    '填写 GET_CUSTOM_CODE_MODE_DEPOSIT 表示预存 Code，库存须为 0，导入 Code 后再增加库存',
    'GET_CUSTOM_CODE_MODE_DEPOSIT = deposited codes: stock must be 0, add stock after importing codes',
  ], { enumValues: [DEPOSIT_MODE] }),
  field('base_info.description', 'string', 'usage', ['使用说明', 'Usage instructions'], [
    '卡券使用说明，字数上限为 1024 个汉字，可用 \\n 换行',
    'How to use the coupon, at most 1024 Chinese characters; \\n breaks lines',
  ], { required: true }),
  field('base_info.service_phone', 'string', 'service', ['客服电话', 'Service phone'], ['客服电话', 'Customer service number']),
  field('base_info.location_id_list', 'array', 'service', ['适用门店', 'Stores'], [
    '门店位置 poi_id，具备线下门店的商户为必填；与“全部门店适用”互斥',
    'Store poi_ids; required for merchants with shops; exclusive with “all stores”',
  ]),
  field('base_info.location_id_list[]', 'int', 'service', ['门店 ID', 'Store ID'], [
    '门店管理接口返回的 poi_id',
    'A poi_id from the store API',
  ], { min: 1 }),
  field('base_info.use_all_locations', 'bool', 'service', ['全部门店适用', 'All stores'], [
    '设置本卡券支持全部门店，与适用门店列表互斥',
    'The coupon works in every store; exclusive with the store list',
  ]),
  field('base_info.source', 'string', 'service', ['第三方来源名', 'Third-party source'], [
    '第三方来源名，例如同程旅游、大众点评',
    'Third-party source name, e.g. a travel or review platform',
  ]),
];
