import { COUPON_COLOR_NAMES } from './colors';
import { CODE_TYPES, DEPOSIT_MODE, enumValues } from './enums';
import { field, type FieldMeta } from './field-meta';
import { MAX_QUANTITY, MAX_TIMESTAMP, MIN_FIXED_BEGIN_TERM, MIN_FIXED_TERM, MIN_PER_USER_LIMIT, MIN_QUANTITY } from './limits';

/**
 * base_info fields (creation guide §2.7; wechat-card-api.md §4.2, §4.3). Labels follow the MP
 * platform's words; help lines paraphrase the guide's description column.
 */
export const BASE_INFO_FIELDS: readonly FieldMeta[] = [
  field('base_info', 'object', 'face', ['基本信息', 'Basic info'], ['每种卡券都要填写的基本信息', 'What every kind of coupon needs'], { required: true }),
  field('base_info.logo_url', 'string', 'face', ['商户 logo', 'Merchant logo'], [
    '显示在券面上的商户 logo，建议 300×300 像素；拖入图片即可，创建时自动上传到微信',
    'The merchant logo on the coupon, 300×300 px suggested; drop an image in and it is uploaded to Weixin when the coupon is created',
  ], { required: true, image: true, dev: ['提交时须为 uploadimg 返回的 mmbiz.qpic.cn 链接（§1.3）', 'Submitted as an mmbiz.qpic.cn URL returned by uploadimg (§1.3)'] }),
  field('base_info.brand_name', 'string', 'face', ['商户名字', 'Merchant name'], [
    '券面上显示的商户名字，最多 12 个汉字',
    'The merchant name on the coupon, at most 12 Chinese characters (36 English letters)',
  ], { required: true }),
  field('base_info.title', 'string', 'face', ['卡券名', 'Title'], [
    '券面上的大标题，最多 9 个汉字，写清是什么优惠、多少钱，例如“10 元代金券”',
    'The big title on the coupon, at most 9 Chinese characters; say what the offer is and how much, e.g. “¥10 voucher”',
  ], { required: true }),
  field('base_info.sub_title', 'string', 'face', ['副标题', 'Subtitle'], [
    '标题下方的一行小字，最多 18 个汉字',
    'A small line under the title, at most 18 Chinese characters',
  ], { dev: ['旧版文档字段', 'A field of the older documentation'] }),
  field('base_info.color', 'enum', 'face', ['卡券颜色', 'Card colour'], [
    '券面的背景颜色，从微信提供的 14 种颜色中选一种',
    'The background colour of the coupon, one of the 14 colours Weixin offers',
  ], { required: true, enumValues: COUPON_COLOR_NAMES }),
  field('base_info.date_info', 'object', 'face', ['有效期', 'Validity'], ['顾客在什么时间可以使用这张券', 'When customers can use the coupon'], { required: true }),
  field('base_info.date_info.type', 'dateType', 'face', ['有效期类型', 'Validity type'], [
    '在固定的日期之间有效，或从领取那天起算有效天数',
    'Valid between two fixed dates, or for a number of days counted from receipt',
  ], { dev: ['DATE_TYPE_FIX_TIME_RANGE 或 DATE_TYPE_FIX_TERM；旧文档的 1 和 2 依然生效（§4.3）', 'DATE_TYPE_FIX_TIME_RANGE or DATE_TYPE_FIX_TERM; the old values 1 and 2 still work (§4.3)'], required: true, enumValues: ['DATE_TYPE_FIX_TIME_RANGE', 'DATE_TYPE_FIX_TERM'] }),
  field('base_info.date_info.begin_timestamp', 'timestamp', 'face', ['起用时间', 'Start time'], [
    '从这一天起可以使用（北京时间）',
    'The first day the coupon can be used (Beijing time)',
  ], { dev: ['Unix 时间戳，单位为秒，按东八区换算', 'Unix timestamp in seconds, converted from China time'], requiredWhen: 'DATE_TYPE_FIX_TIME_RANGE', unit: 'unixSeconds', min: 0, max: MAX_TIMESTAMP }),
  field('base_info.date_info.end_timestamp', 'timestamp', 'face', ['结束时间', 'End time'], [
    '最后可以使用的一天，到当天 23:59:59 为止（北京时间）',
    'The last day the coupon can be used, until 23:59:59 that day (Beijing time)',
  ], { dev: ['Unix 时间戳，单位为秒；领取后计算时表示统一过期时间', 'Unix timestamp in seconds; for days-after-receipt it is a common expiry'], requiredWhen: 'DATE_TYPE_FIX_TIME_RANGE', unit: 'unixSeconds', min: 0, max: MAX_TIMESTAMP }),
  field('base_info.date_info.fixed_term', 'int', 'face', ['有效天数', 'Days valid'], [
    '生效后可以使用多少天，至少 1 天',
    'How many days the coupon can be used once valid; at least 1',
  ], { requiredWhen: 'DATE_TYPE_FIX_TERM', unit: 'days', min: MIN_FIXED_TERM }),
  field('base_info.date_info.fixed_begin_term', 'int', 'face', ['生效天数', 'Days until valid'], [
    '领取后过几天才能使用；领取当天就能用请填 0',
    'Days after receipt before it can be used; enter 0 to make it usable the day it is received',
  ], { requiredWhen: 'DATE_TYPE_FIX_TERM', unit: 'days', min: MIN_FIXED_BEGIN_TERM }),
  field('base_info.sku', 'object', 'issue', ['库存信息', 'Stock'], ['可以发放的卡券数量', 'How many coupons can be given out'], { required: true }),
  field('base_info.sku.quantity', 'int', 'issue', ['库存', 'Stock'], [
    '一共可以领取多少张，最多 1 亿张；使用预存 Code 时先填 0，导入 Code 后再加库存',
    'How many coupons can be received in all, at most 100 million; with deposited codes enter 0 and add stock after importing the codes',
  ], { required: true, unit: 'count', min: MIN_QUANTITY, max: MAX_QUANTITY }),
  field('base_info.get_limit', 'int', 'issue', ['每人可领券的数量限制', 'Per-user receive limit'], [
    '每位顾客最多领取几张；不填时微信按 50 张处理',
    'How many coupons one customer may receive; Weixin allows 50 when left empty',
  ], { unit: 'count', min: MIN_PER_USER_LIMIT }),
  field('base_info.bind_openid', 'bool', 'issue', ['指定用户领取', 'Bind to OpenID'], [
    '打开后只有你指定的顾客能领取；默认关闭，所有人都能领',
    'When on, only customers you name can receive it; off by default, so anyone can',
  ], { dev: ['bind_openid：开启后投放时须指定 OpenID', 'bind_openid: when on, each coupon is issued to a given OpenID'] }),
  field('base_info.can_share', 'bool', 'issue', ['领取页面可分享', 'Receiving page shareable'], [
    '顾客能否把领券页面分享给别人；只发给指定顾客的券建议关闭',
    'Whether customers can share the receiving page; turn it off for coupons meant for named customers only',
  ]),
  field('base_info.can_give_friend', 'bool', 'issue', ['可转赠', 'Can be given to friends'], [
    '顾客领到后能否转送给微信好友',
    'Whether a customer can pass the coupon on to a Weixin friend',
  ]),
  // §4.2 lists it in base_info, for member cards; card/create accepts it on a coupon too, so a card
  // copied from card/get or another tool is not refused for it (issue 8).
  field('base_info.need_push_on_view', 'bool', 'issue', ['查看时推送', 'Push on view'], [
    '微信文档列为会员卡字段；优惠券上可以保留，微信接受',
    'Documented for member cards; a coupon may keep it, Weixin accepts it',
  ]),
  field('base_info.code_type', 'enum', 'redeem', ['销券方式', 'Code type'], [
    '顾客到店时出示什么给店员核销：二维码、条形码或卡券号；只在线上使用可选“无 Code”',
    'What the customer shows the clerk: a QR code, a barcode or the number; choose “no code” for online use only',
  ], { dev: ['code_type 取值见 §4.2，CODE_TYPE_NONE 仅用于线上核销', 'code_type values in §4.2; CODE_TYPE_NONE is for online redemption only'], required: true, enumValues: enumValues(CODE_TYPES) }),
  field('base_info.notice', 'string', 'redeem', ['使用提醒', 'Usage reminder'], [
    '顾客打开卡券时看到的一句提醒，最多 16 个汉字，例如“请出示二维码核销卡券”',
    'A one-line reminder the customer sees when opening the coupon, at most 16 Chinese characters, e.g. “Show this QR code at the till”',
  ], { required: true }),
  field('base_info.use_limit', 'int', 'redeem', ['每人可核销的数量限制', 'Per-user redemption limit'], [
    '每位顾客最多使用几张；不填时微信按 50 张处理',
    'How many coupons one customer may use; Weixin allows 50 when left empty',
  ], { unit: 'count', min: MIN_PER_USER_LIMIT }),
  field('base_info.use_custom_code', 'bool', 'redeem', ['自定义 Code 码', 'Custom code'], [
    '使用你自己系统生成的券码；打开后只能由你的系统发券和核销，公众平台不能直接投放',
    'Use codes from your own system; the coupons are then issued and redeemed by your system only, not from the Official Accounts Platform',
  ], { dev: ['use_custom_code：只能通过 API 投放和核销', 'use_custom_code: issued and redeemed through the API only'] }),
  field('base_info.get_custom_code_mode', 'enum', 'redeem', ['预存 Code 模式', 'Deposited-code mode'], [
    '先把券码导入微信再发放：创建时库存填 0，导入券码后再增加库存',
    'Upload your codes to Weixin before giving coupons out: create with stock 0, then add stock after importing the codes',
  ], { dev: ['取值 GET_CUSTOM_CODE_MODE_DEPOSIT，此时 sku.quantity 须为 0（§4.2）', 'Value GET_CUSTOM_CODE_MODE_DEPOSIT; sku.quantity must then be 0 (§4.2)'], enumValues: [DEPOSIT_MODE] }),
  field('base_info.description', 'string', 'usage', ['使用说明', 'Usage instructions'], [
    '详情页上的使用说明，最多 1024 个汉字，可以分行书写',
    'How to use the coupon, shown on its detail page; at most 1024 Chinese characters, line breaks allowed',
  ], { required: true }),
  field('base_info.service_phone', 'string', 'service', ['客服电话', 'Service phone'], ['顾客可以拨打的客服电话，例如 020-12345678 或 400 电话', 'A number customers can call, e.g. a landline or a 400 number']),
  field('base_info.location_id_list', 'array', 'service', ['适用门店', 'Stores'], [
    '这张券可以在哪些门店使用；有线下门店的商户必须选择，选了“全部门店”就不用再逐个选',
    'The stores where the coupon can be used; required for merchants with shops, and not needed when “all stores” is chosen',
  ], { dev: ['location_id_list：门店 poi_id 列表，与 use_all_locations 互斥', 'location_id_list: store poi_ids, exclusive with use_all_locations'] }),
  field('base_info.location_id_list[]', 'int', 'service', ['门店 ID', 'Store ID'], [
    '公众平台“门店管理”里显示的门店 ID',
    'The store ID shown under 门店管理 on the Official Accounts Platform',
  ], { min: 1, dev: ['门店管理接口返回的 poi_id', 'A poi_id from the store API'] }),
  field('base_info.use_all_locations', 'bool', 'service', ['全部门店适用', 'All stores'], [
    '公众号下的所有门店都能使用，以后新开的门店也包括在内',
    'Every store of the Official Account, including ones opened later',
  ], { dev: ['use_all_locations = true，与 location_id_list 互斥', 'use_all_locations = true, exclusive with location_id_list'] }),
  field('base_info.source', 'string', 'service', ['第三方来源名', 'Third-party source'], [
    '券来自哪个合作平台，例如同程旅游、大众点评；自己发的券不用填',
    'The partner platform the coupon comes from, e.g. a travel or review site; leave empty for your own coupons',
  ]),
];
