import { localized, type Localized } from '../i18n';
import { stockFieldMeta, stockFieldPattern } from '../busifavor/fields';
import { lastKey, withItemNumber } from '../validate/labels';

// Paths repeat across a batch (every stock warns at the same field), so labels are cached.
const cache = new Map<string, Localized>();

/** The field's label for a 商家券 finding path, numbered when it sits in a list. */
export function stockLabelFor(path: string): Localized {
  let label = cache.get(path);
  if (label === undefined) {
    if (cache.size >= 4096) cache.clear();
    const meta = stockFieldMeta(stockFieldPattern(path));
    label = withItemNumber(meta?.label ?? localized(lastKey(path), lastKey(path)), path);
    cache.set(path, label);
  }
  return label;
}
