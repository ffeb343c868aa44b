import type { FieldMeta } from '../coupon/fields';
import { IMAGE_CDN_HOST } from '../coupon/limits';
import { isLocalImageRef } from '../coupon/local-image';
import { imageText } from './messages';
import { labelFor } from './labels';
import type { Reporter } from './report';

const LOGO = 'base_info.logo_url';
const ABSOLUTE = /^https?:\/\/([^/?#\s]+)(?:[/?#]\S*)?$/i;

/** The lower-case host of an absolute http(s) URL without whitespace, or undefined. */
export function imageHost(url: string): string | undefined {
  const match = ABSOLUTE.exec(url);
  if (!match?.[1]) return undefined;
  const authority = match[1].slice(match[1].lastIndexOf('@') + 1);
  const host = authority.replace(/:\d*$/, '').toLowerCase();
  return host === '' ? undefined : host;
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
  const host = imageHost(value);
  if (host === undefined) {
    r.add(path, 'image_url_invalid', imageText.urlInvalid(labelFor(path), value));
  } else if (host !== IMAGE_CDN_HOST) {
    if (meta.path === LOGO) r.add(path, 'logo_host', imageText.logoHost(host, IMAGE_CDN_HOST));
    else r.add(path, 'image_host', imageText.hostNotCdn(labelFor(path), host, IMAGE_CDN_HOST));
  }
}
