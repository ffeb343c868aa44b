import { MMBIZ_HOST } from '../media-store';
import { wxError, type WxError } from '../errors';
import { collect, objectAt, own } from './access';
import { nodePath, type CardHead } from './context';

/**
 * Image URLs (§4.2, §4.6): absolute http(s) everywhere (40141); the cover and detail images must be
 * uploadimg CDN links ("填写非CDN链接会报错", 40141); one cover image at most (45020). logo_url on
 * another host is accepted: unconfirmed for the logo (§4.2), so only the validator warns.
 */
export function checkImages(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  for (const { value, path } of collect(head.node, 'base_info.logo_url', at)) {
    if (!parseHttpUrl(value)) return wxError(40141, path);
  }
  const abstract = objectAt(objectAt(head.node, 'advanced_info'), 'abstract');
  const icons = abstract ? own(abstract, 'icon_url_list') : undefined;
  if (Array.isArray(icons) && icons.length > 1) return wxError(45020, `${at}.advanced_info.abstract.icon_url_list`);
  const cdnOnly = [...collect(head.node, 'advanced_info.abstract.icon_url_list.*', at), ...collect(head.node, 'advanced_info.text_image_list.*.image_url', at)];
  for (const { value, path } of cdnOnly) {
    if (parseHttpUrl(value)?.hostname !== MMBIZ_HOST) return wxError(40141, path);
  }
  return undefined;
}

/** An absolute http(s) URL with a host and no whitespace, or undefined. */
function parseHttpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string' || /\s/.test(value) || !/^https?:\/\//i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : undefined;
  } catch {
    return undefined;
  }
}
