import type { FieldMeta } from '../coupon/fields';
import { checkImageUrl } from '../coupon/image-url';
import { IMAGE_CDN_HOST } from '../coupon/limits';
import { isLocalImageRef } from '../coupon/local-image';
import { imageText } from './messages';
import { imageUrlText } from './messages-input';
import { labelFor } from './labels';
import type { Reporter } from './report';

const LOGO = 'base_info.logo_url';

/** The lower-case host of an absolute http(s) URL every reader agrees on (common/coupon/image-url), or undefined. */
export function imageHost(url: string): string | undefined {
  const checked = checkImageUrl(url);
  return checked.ok ? checked.host : undefined;
}

/**
 * Image fields. icon_url_list[] and text_image_list[].image_url must be uploadimg URLs on
 * mmbiz.qpic.cn ("填写非CDN链接会报错", §4.6; 40141). For logo_url that is unconfirmed (§4.2), so a
 * foreign host is only a warning. `local-image:` references are fine in drafts, refused on submit.
 */
export function checkImage(value: string, meta: FieldMeta, path: string, r: Reporter): void {
  if (isLocalImageRef(value)) {
    if (!r.draft) r.add(path, 'image_not_uploaded', imageText.notUploaded(labelFor(path)));
    return;
  }
  const checked = checkImageUrl(value);
  if (!checked.ok) {
    const message = checked.problem === 'not_http' ? imageText.urlInvalid(labelFor(path), value) : imageUrlText.invalid(labelFor(path), value, checked.problem);
    r.add(path, 'image_url_invalid', message);
    return;
  }
  const host = checked.host;
  if (host !== IMAGE_CDN_HOST) {
    if (meta.path === LOGO) r.add(path, 'logo_host', imageText.logoHost(host, IMAGE_CDN_HOST));
    else r.add(path, 'image_host', imageText.hostNotCdn(labelFor(path), host, IMAGE_CDN_HOST));
  }
}
