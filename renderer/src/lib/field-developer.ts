import type { FieldMeta } from '../../../common/coupon/fields';
import { isLocalImageRef } from '../../../common/coupon/local-image';
import type { DeveloperFacts, DeveloperRow } from '../components/DeveloperDetail';
import { developerText } from '../i18n/developer-text';

/**
 * The developer detail of an editor field: its full path, the value Weixin receives when the input
 * takes another unit (元 → 分, 折 → percent off, a date → Unix seconds), the allowed API values and
 * the field's developer note.
 */
export function fieldDeveloperFacts(path: string, meta: FieldMeta | undefined, value: unknown): DeveloperFacts {
  const rows: DeveloperRow[] = [{ label: developerText.field, code: path }];
  if (meta?.unit !== undefined && meta.unit !== 'count' && meta.unit !== 'days' && typeof value === 'number') {
    rows.push({ label: developerText.sent, code: String(value) });
  }
  if (meta?.image && typeof value === 'string' && isLocalImageRef(value)) rows.push({ label: developerText.localImage, code: value });
  if (meta?.json === 'enum' && meta.enumValues && meta.enumValues.length <= 8) {
    rows.push({ label: developerText.values, code: meta.enumValues.join(' | ') });
  }
  return meta?.devNote ? { rows, notes: [meta.devNote] } : { rows };
}
