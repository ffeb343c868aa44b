import { MEMBER_CARD } from './card-types';
import { field, type FieldMeta, type FieldOptions, type FormSectionId } from './field-meta';
import { CUSTOM_FIELD_NAME_TYPES, MAX_CUSTOM_CELLS, MAX_CUSTOM_FIELDS, MAX_MEMBER_DISCOUNT, MIN_MEMBER_DISCOUNT } from './limits-member-card';

/**
 * The fields of `card.member_card` beside base_info and advanced_info
 * (wechatpay-merchant-coupons-and-member-cards.md §1.3; activation §1.4). Money in bonus_rule is 分,
 * entered and shown in 元 (unit 'fen').
 */

const only = { appliesTo: [MEMBER_CARD] } as const;
const m = (path: string, json: FieldMeta['json'], section: FormSectionId, label: [string, string], help: [string, string], options: FieldOptions = {}): FieldMeta =>
  field(`member_card.${path}`, json, section, label, help, { ...only, ...options });

const page = (prefix: string, what: [string, string], section: FormSectionId): FieldMeta[] => [
  m(`${prefix}_url`, 'string', section, [`${what[0]}页面链接`, `${what[1]} page link`], [`会员点击${what[0]}时打开的网页`, `Web page opened when a member taps ${what[1].toLowerCase()}`]),
  m(`${prefix}_app_brand_user_name`, 'string', section, [`${what[0]}小程序`, `${what[1]} mini program`], ['小程序原始 ID，格式 gh_…@app', 'Mini Program original ID, gh_…@app']),
  m(`${prefix}_app_brand_pass`, 'string', section, [`${what[0]}小程序页面`, `${what[1]} mini program page`], ['小程序内的页面路径', 'Page path inside the Mini Program']),
];

const BONUS_RULE: FieldMeta[] = [
  m('bonus_rule', 'object', 'usage', ['积分规则', 'Points rules'], ['消费得积分、积分抵现的规则', 'How members earn points and spend them']),
  m('bonus_rule.cost_money_unit', 'int', 'usage', ['每消费金额', 'Per amount spent'], ['会员每消费多少元，单位为元', 'For every this many yuan a member spends'], { dev: ['接口中以分为单位，编辑器按元输入并换算', 'Sent in fen; the editor takes yuan and converts'], unit: 'fen', min: 1 }),
  m('bonus_rule.increase_bonus', 'int', 'usage', ['赠送积分', 'Points earned'], ['对应增加的积分', 'Points given for that amount'], { unit: 'count', min: 1 }),
  m('bonus_rule.max_increase_bonus', 'int', 'usage', ['单次最多获得积分', 'Most points per purchase'], ['单次消费最多获得的积分', 'Cap on points from one purchase'], { unit: 'count', min: 0 }),
  m('bonus_rule.init_increase_bonus', 'int', 'usage', ['初始积分', 'Welcome points'], ['激活后赠送的积分', 'Points given on activation'], { unit: 'count', min: 0 }),
  m('bonus_rule.cost_bonus_unit', 'int', 'usage', ['每使用积分', 'Per points used'], ['每使用多少积分', 'Per this many points spent'], { unit: 'count', min: 1 }),
  m('bonus_rule.reduce_money', 'int', 'usage', ['抵扣金额', 'Amount taken off'], ['这些积分可以抵扣多少元', 'How many yuan those points take off the bill'], { dev: ['接口中以分为单位，编辑器按元输入并换算', 'Sent in fen; the editor takes yuan and converts'], unit: 'fen', min: 1 }),
  m('bonus_rule.least_money_to_use_bonus', 'int', 'usage', ['抵扣门槛', 'Minimum bill for points'], ['消费满多少元才能用积分抵扣，单位为元', 'The bill in yuan from which points can be used'], { dev: ['接口中以分为单位，编辑器按元输入并换算', 'Sent in fen; the editor takes yuan and converts'], unit: 'fen', min: 0 }),
  m('bonus_rule.max_reduce_bonus', 'int', 'usage', ['单次最多使用积分', 'Most points per bill'], ['单次最多可使用的积分', 'Cap on points spent on one bill'], { unit: 'count', min: 0 }),
];

const customField = (n: number): FieldMeta[] => [
  m(`custom_field${n}`, 'object', 'entries', [`会员信息栏 ${n}`, `Member info cell ${n}`], ['激活后显示在卡面下方的信息，如等级、优惠券数', 'Shown under the card face once active: level, coupons …']),
  m(`custom_field${n}.name_type`, 'enum', 'entries', ['栏目名称（预设）', 'Cell name (preset)'], ['微信预设的名称，如等级、里程；与自定义名称二选一', 'A name Weixin provides (level, mileage …); or use a free name'], { enumValues: CUSTOM_FIELD_NAME_TYPES }),
  m(`custom_field${n}.name`, 'string', 'entries', ['栏目名称（自定义）', 'Cell name (free)'], ['自定义名称；变更时不会推送模板消息', 'Your own name; changes send no template message']),
  m(`custom_field${n}.url`, 'string', 'entries', ['栏目链接', 'Cell link'], ['点击该栏目打开的网页', 'Web page the cell opens']),
];

const customCell = (n: number): FieldMeta[] => [
  m(`custom_cell${n}`, 'object', 'entries', [`自定义入口 ${n}`, `Custom entry ${n}`], ['卡券详情中的入口行', 'An entry row on the card page']),
  m(`custom_cell${n}.name`, 'string', 'entries', ['入口名称', 'Entry name'], ['入口的名称，约 5 个汉字', 'Name of the entry, about 5 Chinese characters'], { required: true }),
  m(`custom_cell${n}.tips`, 'string', 'entries', ['入口提示', 'Entry hint'], ['名称右侧的提示语，约 6 个汉字', 'Hint at the right, about 6 Chinese characters']),
  m(`custom_cell${n}.url`, 'string', 'entries', ['入口链接', 'Entry link'], ['点击入口打开的网页', 'Web page the entry opens']),
  m(`custom_cell${n}.app_brand_user_name`, 'string', 'entries', ['入口小程序', 'Entry mini program'], ['小程序原始 ID，格式 gh_…@app', 'Mini Program original ID, gh_…@app']),
  m(`custom_cell${n}.app_brand_pass`, 'string', 'entries', ['入口小程序页面', 'Entry mini program page'], ['小程序内的页面路径', 'Page path inside the Mini Program']),
];

const numbered = (count: number, make: (n: number) => FieldMeta[]): FieldMeta[] => Array.from({ length: count }, (_, i) => make(i + 1)).flat();

/** Every member_card field (§1.3). */
export const MEMBER_CARD_FIELDS: readonly FieldMeta[] = [
  m('background_pic_url', 'string', 'face', ['卡面背景图', 'Card face picture'], [
    '自定义卡面图片，建议不超过 1000×600 像素；拖入图片即可，创建时自动上传到微信',
    'A custom picture for the card face, at most 1000×600 px; drop an image in and it is uploaded to Weixin when the card is created',
  ], { image: true, dev: ['须为 uploadimg 返回的链接', 'Must be a URL returned by uploadimg'] }),
  m('prerogative', 'string', 'face', ['会员卡特权说明', 'Member privileges'], ['会员享有的特权，最多约 1024 个汉字', 'What members get, up to about 1024 Chinese characters'], { required: true }),
  m('discount', 'int', 'face', ['会员折扣', 'Member discount'], ['打折额度（百分比），填 10 就是九折', 'Percent off; 10 means 10% off (九折)'], {
    unit: 'percentOff',
    min: MIN_MEMBER_DISCOUNT,
    max: MAX_MEMBER_DISCOUNT,
  }),
  m('auto_activate', 'bool', 'issue', ['自动激活', 'Active on receipt'], ['领取后即激活，无需填写资料；没有网页的商户推荐', 'Active as soon as received, no form: best without a web page']),
  m('wx_activate', 'bool', 'issue', ['一键激活', 'One-click activation'], ['由微信提供资料填写页，创建后须设置开卡字段', 'Weixin hosts the form; set the form fields after creating']),
  m('wx_activate_after_submit', 'bool', 'issue', ['提交后跳转', 'Jump after the form'], ['一键激活填写后跳转到商户网页再激活', 'After the form, Weixin opens your page to finish activation']),
  m('wx_activate_after_submit_url', 'string', 'issue', ['跳转网页', 'Jump page'], ['提交后跳转的商户网页', 'Your page opened after the form']),
  m('activate_url', 'string', 'issue', ['激活网页', 'Activation page'], ['商户自己的激活网页（须有公网网站）', 'Your own activation page (needs a public website)']),
  m('activate_app_brand_user_name', 'string', 'issue', ['激活小程序', 'Activation mini program'], ['在小程序中激活：小程序原始 ID', 'Activate in a Mini Program: its original ID']),
  m('activate_app_brand_pass', 'string', 'issue', ['激活小程序页面', 'Activation mini program page'], ['激活页面在小程序中的路径', 'Page path of the activation in the Mini Program']),
  m('supply_bonus', 'bool', 'usage', ['显示积分', 'Show points'], ['是否支持积分；开启后不能关闭', 'Whether the card has points; cannot be turned off later'], { required: true }),
  ...page('bonus', ['积分', 'Points'], 'usage'),
  m('bonus_cleared', 'string', 'usage', ['积分清零规则', 'Points expiry'], ['积分何时清零', 'When points expire']),
  m('bonus_rules', 'string', 'usage', ['积分规则说明', 'Points rules text'], ['积分的获得与使用说明', 'How points are earned and used']),
  ...BONUS_RULE,
  m('supply_balance', 'bool', 'usage', ['储值', 'Stored value'], ['是否支持储值；须有储值权限，开启后不能关闭', 'Whether the card holds a balance; needs the 储值 permission; cannot be turned off'], { required: true }),
  ...page('balance', ['余额', 'Balance'], 'usage'),
  m('balance_rules', 'string', 'usage', ['储值说明', 'Stored-value rules'], ['储值的使用说明', 'How the balance works']),
  ...numbered(MAX_CUSTOM_FIELDS, customField),
  ...numbered(MAX_CUSTOM_CELLS, customCell),
];
