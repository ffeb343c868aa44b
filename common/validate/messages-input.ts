import type { ImageUrlProblem } from '../coupon/image-url';
import { localized, type Localized } from '../i18n';
import { shorten } from './labels';

/**
 * Bilingual texts for the bad inputs of issue 8 §3 (image links readers disagree on, the rules of
 * the creation guide that were not applied yet). Each names the field, what is wrong, the limit and
 * what to do, zh-CN first.
 */

type L = Localized;
const zh = (l: L) => l['zh-CN'];
const en = (l: L) => l.en;

const URL_PROBLEMS: Readonly<Record<ImageUrlProblem, readonly [string, string]>> = {
  whitespace: ['含有空格或换行', 'contains a space or line break'],
  not_http: ['不是以 http:// 或 https:// 开头的完整链接', 'is not a full link starting with http:// or https://'],
  no_host: ['在 http:// 之后没有域名（例如多了一个斜杠 http:///）', 'has no host after http:// (e.g. an extra slash, http:///)'],
  backslash: ['含有反斜杠 \\（不同程序会把它读成不同的地址）', 'contains a backslash \\ (programs read it as different addresses)'],
  userinfo: ['在域名前带有用户名或 @（微信图片链接没有这一部分）', 'has a user name or @ before the host (Weixin image links have none)'],
  bad_port: ['端口号无效（须为 1 到 65535）', 'has an invalid port (it must be 1 to 65535)'],
  non_ascii_host: ['的域名含有全角字母、中文句号“。”或其他非英文字符', 'has full-width letters, the ideographic full stop “。” or other non-ASCII characters in its host'],
  encoded_host: ['的域名含有 % 转义（如 %2E）', 'has %-escapes (such as %2E) in its host'],
  not_canonical: ['的域名写法不标准（不同程序会读出不同的地址）', 'has a host written in a non-standard form (programs read different addresses)'],
};

/** Texts for image links. */
export const imageUrlText = {
  /** The link is not one every reader takes to the same host. */
  invalid: (label: L, value: string, problem: ImageUrlProblem): L => {
    const [zhWhy, enWhy] = URL_PROBLEMS[problem];
    return localized(
      `${zh(label)}“${shorten(value)}”${zhWhy}：请用半角英文字符原样粘贴“上传图片”返回的链接（形如 http://mmbiz.qpic.cn/…），或重新上传图片`,
      `${en(label)} "${shorten(value)}" ${enWhy}: paste the link the Upload Image call returned exactly as given, in plain ASCII (like http://mmbiz.qpic.cn/…), or upload the image again`,
    );
  },
};

/** Texts for advanced_info rules. */
export const advancedText = {
  shareFriendsNeedsImages: (): L =>
    localized(
      '开启“可分享给朋友”（share_friends）须同时有封面图片和至少一组带图片的图文介绍（否则微信报 45043）：请添加封面图片和图文，或关闭此项',
      '"Shareable to friends" (share_friends) needs a cover image and at least one picture-text item with an image (else Weixin refuses, 45043): add them, or turn it off',
    ),
};

/** Texts for the creation guide's rules that were not applied before (issue 8 §3). */
export const ruleText = {
  intOutOfRange: (label: L, value: number): L =>
    localized(
      `${zh(label)}是 ${value}，超出了微信整数字段的范围（-2147483648 到 2147483647）：请填写一个小得多的数`,
      `${en(label)} is ${value}, beyond the range of a Weixin integer field (-2147483648 to 2147483647): enter a much smaller number`,
    ),
  loneSurrogate: (label: L, index: number): L =>
    localized(
      `${zh(label)}的第 ${index + 1} 个字符是半个表情符号（不成对的 UTF-16 代理项，例如 JSON 里的 "\\ud83d"），无法保存为 UTF-8，微信会拒绝：请删除它，或写完整的表情`,
      `${en(label)} has half an emoji at character ${index + 1} (a lone UTF-16 surrogate, e.g. "\\ud83d" in JSON), which has no UTF-8 form and Weixin refuses: delete it, or write the whole emoji`,
    ),
  codeNoneWithoutEntry: (): L =>
    localized(
      '券码类型为“不显示券码”（CODE_TYPE_NONE）时，顾客只能通过“立即使用”入口在线核销；现在没有这个入口，这张券永远无法核销：请填写居中按钮链接（center_url）或小程序（center_app_brand_user_name），或改用显示券码的类型',
      'With code type "no code shown" (CODE_TYPE_NONE) customers can only redeem online through the "Use now" entry; there is none, so this coupon could never be redeemed: set the centre button link (center_url) or a Mini Program (center_app_brand_user_name), or choose a code type that shows a code',
    ),
  appBrandUserName: (label: L, value: string): L =>
    localized(
      `${zh(label)}“${shorten(value)}”不是小程序的原始 ID：须为“gh_”开头、“@app”结尾，例如 gh_abcdef123456@app（在小程序后台“设置 → 基本设置”中查看原始 ID，不是 AppID）`,
      `${en(label)} "${shorten(value)}" is not a Mini Program original ID: it must start with "gh_" and end with "@app", e.g. gh_abcdef123456@app (the original ID under Settings → Basic settings of the Mini Program, not its AppID)`,
    ),
  appBrandPassWithoutUser: (label: L, userLabel: L): L =>
    localized(
      `填写了${zh(label)}，但没有填写${zh(userLabel)}：微信不知道打开哪个小程序。请填写${zh(userLabel)}（gh_…@app），或删除页面路径`,
      `${en(label)} is set but ${en(userLabel)} is not: Weixin cannot tell which Mini Program to open. Set ${en(userLabel)} (gh_…@app), or remove the page path`,
    ),
  useConditionLeastCostMin: (value: number): L =>
    localized(`使用条件中的满减门槛不能为负数，现在是 ${value} 分：没有门槛请填 0 或删除此项`, `The minimum spend in the use conditions cannot be negative; it is ${value} fen: enter 0 or remove it`),
  noValidDay: (beginTerm: number, firstDay: string, end: string): L =>
    localized(
      `领取后 ${beginTerm} 天才生效（今天领取的券从 ${firstDay} 起可用），但所有券在 ${end} 统一过期：领到的券一天也用不了。请减少生效天数（fixed_begin_term），或推迟统一过期时间`,
      `Valid ${beginTerm} days after receipt (a coupon received today starts on ${firstDay}), but every coupon expires at ${end}: a received coupon would have no valid day. Lower the days before it takes effect (fixed_begin_term), or move the common expiry later`,
    ),
};
