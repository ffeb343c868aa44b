import type { FieldMeta } from '../coupon/fields';
import { utf8ByteLength } from '../text/utf8';
import { valueText } from './messages';
import { labelFor } from './labels';
import type { Reporter } from './report';

/**
 * UTF-8 byte budgets (wechat-card-api.md §4.1: `string(N)` is N bytes; CJK 3, emoji 4). A UTF-16
 * unit is at most 3 bytes, so strings with length × 3 ≤ limit skip the count: the common case
 * on every keystroke.
 */
export function checkBytes(value: string, meta: FieldMeta, path: string, r: Reporter): void {
  const limit = meta.maxBytes;
  if (limit === undefined || value.length * 3 <= limit) return;
  const actual = utf8ByteLength(value);
  if (actual > limit) r.add(path, 'too_long', valueText.tooLong(labelFor(path), limit, actual), { limit, actual });
}
