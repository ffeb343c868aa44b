import { checkImageUrl } from '../../../common/coupon/image-url';
import { MMBIZ_HOST } from '../media-store';
import { wxError, type WxError } from '../errors';
import { collect, isPlainObject, objectAt, own } from './access';
import { nodePath, type CardHead } from './context';

/**
 * Image URLs (§4.2, §4.6): absolute http(s) everywhere (40141); the cover and detail images must be
 * uploadimg CDN links ("填写非CDN链接会报错", 40141); one cover image at most (45020). logo_url on
 * another host is accepted: unconfirmed for the logo (§4.2), so only the validator warns. Whether a
 * value is an absolute URL, and which host it names, is decided by the check the client validator
 * uses too (common/coupon/image-url.ts): one parser, so the two cannot disagree (issue 8).
 */
export function checkImages(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  for (const { value, path } of collect(head.node, 'base_info.logo_url', at)) {
    if (imageHost(value) === undefined) return wxError(40141, path);
  }
  const abstract = objectAt(objectAt(head.node, 'advanced_info'), 'abstract');
  const icons = abstract ? own(abstract, 'icon_url_list') : undefined;
  if (Array.isArray(icons) && icons.length > 1) return wxError(45020, `${at}.advanced_info.abstract.icon_url_list`);
  const cdnOnly = [...collect(head.node, 'advanced_info.abstract.icon_url_list.*', at), ...collect(head.node, 'advanced_info.text_image_list.*.image_url', at)];
  for (const { value, path } of cdnOnly) {
    if (imageHost(value) !== MMBIZ_HOST) return wxError(40141, path);
  }
  // §4.6 (45043): share_friends true needs the cover image and a detail item with an image.
  const advanced = objectAt(head.node, 'advanced_info');
  if (advanced && own(advanced, 'share_friends') === true) {
    const items = own(advanced, 'text_image_list');
    const illustrated = Array.isArray(items) && items.some((item) => isPlainObject(item) && isText(own(item, 'image_url')));
    if (!(Array.isArray(icons) && icons.length > 0 && illustrated)) return wxError(45043, `${at}.advanced_info.share_friends`);
  }
  return undefined;
}

const isText = (value: unknown): boolean => typeof value === 'string' && value !== '';

/** The host of an absolute http(s) image URL every reader agrees on, or undefined. */
function imageHost(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const checked = checkImageUrl(value);
  return checked.ok ? checked.host : undefined;
}
