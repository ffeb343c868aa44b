import { MAX_ABSTRACT_ICONS, MAX_HOUR, MAX_MINUTE } from '../coupon/limits';
import { imageText } from './messages';
import { advancedText } from './messages-input';
import { labelFor } from './labels';
import { isInt, isObj, type Obj, type Reporter } from './report';

/**
 * advanced_info rules beyond shape (§4.6; decisions table): a cover has exactly one icon (empty →
 * 41011, more → 45020), and time slots use hours 0..23 and minutes 0..59 (40097). Missing
 * text_image_list item fields (41026) are reported by the walk. share_friends true needs a cover
 * image and a detail item with an image (§4.6, 45043).
 */
export function checkAdvanced(advanced: Obj, path: string, r: Reporter): void {
  if (advanced.share_friends === true && !hasShareImages(advanced)) {
    r.add(`${path}.share_friends`, 'share_friends_needs_images', advancedText.shareFriendsNeedsImages());
  }
  const abstract = advanced.abstract;
  if (isObj(abstract) && Array.isArray(abstract.icon_url_list)) {
    const count = abstract.icon_url_list.length;
    const at = `${path}.abstract.icon_url_list`;
    if (count === 0) r.add(at, 'abstract_icon_required', imageText.abstractIconRequired(), { limit: MAX_ABSTRACT_ICONS, actual: 0 });
    else if (count > MAX_ABSTRACT_ICONS) r.add(at, 'abstract_icon_too_many', imageText.abstractIconTooMany(count, MAX_ABSTRACT_ICONS), { limit: MAX_ABSTRACT_ICONS, actual: count });
  }
  const slots = advanced.time_limit;
  if (!Array.isArray(slots)) return;
  slots.forEach((slot, i) => {
    if (!isObj(slot)) return;
    for (const key of ['begin_hour', 'end_hour', 'begin_minute', 'end_minute'] as const) {
      const value = slot[key];
      const max = key.endsWith('hour') ? MAX_HOUR : MAX_MINUTE;
      if (isInt(value) && (value < 0 || value > max)) {
        const at = `${path}.time_limit[${i}].${key}`;
        r.add(at, max === MAX_HOUR ? 'time_limit_hour' : 'time_limit_minute', imageText.hourRange(labelFor(at), value, max), { limit: max, actual: value });
      }
    }
  });
}

/** A cover image and at least one detail item with an image: what share_friends needs (§4.6). */
function hasShareImages(advanced: Obj): boolean {
  const abstract = advanced.abstract;
  const cover = isObj(abstract) && Array.isArray(abstract.icon_url_list) && abstract.icon_url_list.length > 0;
  const items = Array.isArray(advanced.text_image_list) ? advanced.text_image_list : [];
  return cover && items.some((item) => isObj(item) && typeof item.image_url === 'string' && item.image_url !== '');
}
