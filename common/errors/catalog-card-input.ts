import { localized as L } from '../i18n';
import type { ErrcodeEntry } from './types';

/**
 * Codes caused by what was sent: card fields, images, paycell/self-redemption settings
 * (wechat-card-api.md §2 and its "other card-related codes"; where the meaning is [INF] there,
 * the text says what the errmsg says and no more).
 */
export const CARD_INPUT_ERRCODES: readonly ErrcodeEntry[] = [
  {
    errcode: 40009,
    errmsg: 'invalid image size',
    action: 'report',
    meaning: L('图片文件太大（格式不对时有时也返回此码）', 'The image file is too large (sometimes also returned for a wrong format)'),
    fix: L('图片须不超过 1MB，格式为 JPG 或 PNG；请压缩或转换后重新上传', 'Images must be at most 1 MB, JPG or PNG; compress or convert it and upload again'),
  },
  {
    errcode: 40137,
    errmsg: 'invalid image format',
    action: 'report',
    meaning: L('不支持的图片格式', 'Unsupported image format'),
    fix: L('请转换为 JPG 或 PNG 后重新上传', 'Convert it to JPG or PNG and upload again'),
  },
  {
    errcode: 41005,
    errmsg: 'media data missing',
    action: 'report',
    meaning: L('上传请求里没有图片数据', 'The upload carried no image data'),
    fix: L('确认所选文件存在且不是空文件，再重新上传；仍然出现请附 rid 反馈', 'Check that the file exists and is not empty, then upload again; if it persists, report it with the rid'),
  },
  {
    errcode: 40141,
    errmsg: 'invalid image url',
    action: 'fix_input',
    meaning: L(
      '图片链接不被接受：卡券图片必须是“上传图片”接口返回的 mmbiz.qpic.cn 链接',
      'The image URL is not accepted: card images must be mmbiz.qpic.cn URLs returned by the image upload API',
    ),
    fix: L('用本工具重新上传该图片，不要使用外部链接或其他域名的图片', 'Upload the image again through the app; do not use external links or other hosts'),
  },
  {
    errcode: 44997,
    errmsg: 'image url size out of limit',
    action: 'fix_input',
    meaning: L('图片链接或图片超出限制', 'The image URL or the image is over the limit'),
    fix: L('重新上传图片并使用返回的链接（链接最长 128 字节）', 'Upload the image again and use the returned URL (URLs are at most 128 bytes)'),
  },
  {
    errcode: 40053,
    errmsg: 'invalid action info, please check document',
    action: 'fix_input',
    meaning: L('投放二维码的 action_info 不合法', 'The action_info of the QR-code request is not valid'),
    fix: L('检查投放设置中的 card_id、code 和 outer_str', 'Check the card_id, code and outer_str in the delivery settings'),
  },
  {
    errcode: 40070,
    errmsg: 'invalid sku info',
    action: 'fix_input',
    meaning: L('库存信息 sku 不合法', 'The sku (stock) information is not valid'),
    fix: L('库存 sku.quantity 须为 1 到 100000000 的整数（“导入 code”模式创建时为 0）', 'sku.quantity must be a whole number from 1 to 100000000 (0 when creating in code-deposit mode)'),
  },
  {
    errcode: 40071,
    errmsg: 'invalid card type',
    action: 'fix_input',
    meaning: L('卡券类型不合法', 'Invalid card type'),
    fix: L(
      'card_type 须为 GROUPON、CASH、DISCOUNT、GIFT 或 GENERAL_COUPON，且其下的节点名必须是它的小写形式（如 groupon）',
      'card_type must be GROUPON, CASH, DISCOUNT, GIFT or GENERAL_COUPON, and the type object key must be its lowercase form (e.g. groupon)',
    ),
  },
  {
    // §7.2: the card table says 不合法的编码方式, the open-platform errmsg says location id.
    errcode: 40072,
    errmsg: 'invalid location id',
    action: 'fix_input',
    meaning: L(
      '门店 ID 不合法（官方卡券错误表称“不合法的编码方式”，两份文档说法不一）',
      'Invalid store (location) id (the official card table calls it "invalid encoding method"; the documents disagree)',
    ),
    fix: L('检查适用门店是否属于本公众号，以及 code_type 是否为支持的类型', 'Check that the stores belong to this account and that code_type is a supported value'),
  },
  {
    errcode: 40079,
    errmsg: 'invalid time',
    action: 'fix_input',
    meaning: L('时间不合法', 'Invalid time'),
    fix: L(
      '时间戳要用秒（10 位数字，不是 13 位毫秒），结束时间要晚于现在、早于 2038-01-19；建议结束时间取当天 23:59:59（北京时间）',
      'Timestamps are seconds (10 digits, not 13-digit milliseconds); the end must be in the future and before 2038-01-19; end at 23:59:59 China time',
    ),
  },
  {
    errcode: 40080,
    errmsg: 'invalid card ext',
    action: 'fix_input',
    meaning: L('card_ext 不合法（JS-SDK 添加卡券的签名信息）', 'Invalid card_ext (the JS-SDK addCard signature data)'),
    fix: L('检查 card_ext 中的签名、timestamp 和 nonce_str', 'Check the signature, timestamp and nonce_str in card_ext'),
  },
  {
    errcode: 40097,
    errmsg: 'invalid args',
    action: 'fix_input',
    meaning: L(
      '参数取值不合法（如颜色、code 类型、折扣不在 1–99、减免金额不大于 0）',
      'An argument has an invalid value (e.g. colour, code type, discount outside 1–99, reduce_cost not above 0)',
    ),
    fix: L('按校验提示修改对应字段后再提交', 'Fix the field the validator points at, then submit again'),
  },
  {
    errcode: 40098,
    errmsg: 'invalid poiid',
    action: 'fix_input',
    meaning: L('门店 ID（poi_id）不存在或不属于本公众号', 'The store id (poi_id) does not exist or belongs to another account'),
    fix: L('在适用门店中重新选择本账号的门店', "Choose the stores again from this account's list"),
  },
  {
    errcode: 40100,
    errmsg: 'invalid DateInfo, Make Sure OldDateInfoType==NewDateInfoType && NewBeginTime<=OldBeginTime && OldEndTime<= NewEndTime',
    action: 'fix_input',
    meaning: L(
      '时间区间不合法：开始时间须早于结束时间；修改卡券时有效期只能延长，不能改类型',
      'Invalid date range: the begin must be before the end; when updating, the validity may only be widened and its type kept',
    ),
    fix: L('调整开始和结束日期；修改已创建的券时，开始不能推后、结束不能提前', 'Adjust the dates; when updating, do not move the begin later or the end earlier'),
  },
  {
    errcode: 40109,
    errmsg: 'too many code size, must <= 100',
    action: 'fix_input',
    meaning: L('一次导入的 code 超过 100 个', 'More than 100 codes in one import'),
    fix: L('每次最多导入 100 个 code，请分批导入', 'Import at most 100 codes per call; split the list'),
  },
  {
    errcode: 40122,
    errmsg: 'invalid card quantity',
    action: 'fix_input',
    meaning: L('库存数量不合法', 'Invalid stock quantity'),
    fix: L('库存须为 1 到 100000000；“导入 code”模式创建时必须为 0', 'Stock must be 1 to 100000000; it must be 0 when creating in code-deposit mode'),
  },
  {
    errcode: 40124,
    errmsg: 'too many custom field!',
    action: 'fix_input',
    meaning: L('会员卡自定义字段 custom_field 超过限制', 'Too many member-card custom_field entries'),
    fix: L('减少 custom_field 字段', 'Remove some custom_field entries'),
  },
  {
    errcode: 40136,
    errmsg: 'invalid use DepositCodeMode, make sure sku.quantity>DepositCode.quantity',
    action: 'fix_input',
    meaning: L('“导入 code”模式下库存与已导入的 code 数量不匹配', 'In code-deposit mode the stock does not match the imported codes'),
    fix: L('先导入 code，再把库存增加到不超过已导入的数量', 'Import the codes first, then raise the stock to at most the number imported'),
  },
  {
    errcode: 40145,
    errmsg: 'invalid update! Can not both set PayCell and CenterCellInfo(include: center_title, center_sub_title, center_url).',
    action: 'fix_input',
    meaning: L('买单与居中按钮（center_title / center_sub_title / center_url）不能同时设置', 'Paycell cannot be combined with the centre button (center_title / center_sub_title / center_url)'),
    fix: L('开启买单前，先删除卡券的居中按钮设置', 'Remove the centre button from the card before turning on paycell'),
  },
  {
    errcode: 40150,
    errmsg: 'invalid card parameters',
    action: 'fix_input',
    meaning: L('卡券参数不合法', 'Invalid card parameters'),
    fix: L('按校验提示逐项检查卡券字段', 'Go through the card fields the validator lists'),
  },
  {
    errcode: 40151,
    errmsg: 'invalid card info, text/pic hit antispam',
    action: 'fix_input',
    meaning: L('卡券的文字或图片触发了内容安全审核', 'The card text or images were flagged by content screening'),
    fix: L('修改可能违规的文字（如夸大宣传、敏感词）或更换图片后再提交', 'Change wording that may break the rules (exaggeration, sensitive words) or replace the images, then submit again'),
  },
  {
    errcode: 40158,
    errmsg: 'invalid use_custom_code, need be false',
    action: 'fix_input',
    meaning: L('这里 use_custom_code 必须为 false', 'use_custom_code must be false here'),
    fix: L('关闭“自定义 code”（use_custom_code=false）后再提交', 'Turn off custom codes (use_custom_code=false) and submit again'),
  },
  {
    errcode: 41011,
    errmsg: 'missing required fields! please check document and request json!',
    action: 'fix_input',
    meaning: L('缺少必填字段', 'A required field is missing'),
    fix: L(
      '补全校验提示列出的必填字段（logo_url、brand_name、title、color、notice、description、sku、date_info 及该券型的专属字段）',
      'Fill in the required fields the validator lists (logo_url, brand_name, title, color, notice, description, sku, date_info and the type-specific field)',
    ),
  },
  {
    errcode: 41012,
    errmsg: 'missing card id',
    action: 'fix_input',
    meaning: L('缺少 card_id', 'card_id is missing'),
    fix: L('选择要操作的卡券后再试', 'Choose the card to act on and try again'),
  },
  {
    errcode: 41026,
    errmsg: 'missing image list info, text maybe empty',
    action: 'fix_input',
    meaning: L('图文介绍（text_image_list）某一项缺少图片或文字', 'A text_image_list item lacks its image or its text'),
    fix: L('每条图文介绍都要同时填写图片和文字', 'Give every text_image_list item both an image and a text'),
  },
  {
    errcode: 45020,
    errmsg: 'too many image, please input less',
    action: 'fix_input',
    meaning: L('图片数量超过限制（如封面摘要 icon_url_list 只能有 1 张）', 'Too many images (e.g. abstract.icon_url_list takes one)'),
    fix: L('减少图片数量', 'Use fewer images'),
  },
  {
    errcode: 45021,
    errmsg: 'some argument may be out of length limit! please check document and request json!',
    action: 'fix_input',
    meaning: L('字段超过长度限制（按 UTF-8 字节计：一个汉字 3 字节）', 'A field is over its length limit (counted in UTF-8 bytes: a Chinese character is 3)'),
    fix: L('缩短校验提示中标出的字段，例如标题最多 27 字节（9 个汉字）', 'Shorten the field the validator marks; e.g. the title takes at most 27 bytes (9 Chinese characters)'),
  },
  {
    errcode: 45043,
    errmsg: 'can not set share_friends=true because has no Abstract Or Text_Img_List has no img Or image url not valid',
    action: 'fix_input',
    meaning: L('开启 share_friends 需要封面摘要和带图片的图文介绍', 'share_friends needs an abstract and a text_image_list with images'),
    fix: L('补充封面摘要和带图片的图文介绍，或关闭 share_friends', 'Add the abstract and illustrated text_image_list items, or turn share_friends off'),
  },
  {
    errcode: 45046,
    errmsg: 'operate field conflict, CenterCell, PayCell, SelfConsumeCell conflict',
    action: 'fix_input',
    meaning: L('居中按钮、买单、自助核销三者互斥', 'The centre button, paycell and self-redemption exclude each other'),
    fix: L(
      '只保留一种：开买单或自助核销前先删除居中按钮，买单和自助核销也不能同时开',
      'Keep one: remove the centre button before turning on paycell or self-redemption, and do not turn on both of those',
    ),
  },
];
