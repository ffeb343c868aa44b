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
