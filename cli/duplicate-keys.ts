import type { DuplicateKey } from '../common/import/json-duplicates';
import type { Finding } from '../common/validate';
import type { ImportedDrafts } from '../main/drafts/import-json';

/** Repeated keys sorted by the coupon they sit in; `outside` holds those in no coupon (batch fields). */
export interface DuplicatesByCoupon {
  readonly byCoupon: ReadonlyMap<number, Finding[]>;
  readonly outside: readonly DuplicateKey[];
}

/**
 * The import's repeated keys as `duplicate_key` warnings of the coupon they belong to, with the path
 * inside that coupon (`[2].card.…` of an array is coupon 3's `card.…`; `drafts[2].card.…` of a batch
 * likewise), so they are listed, counted and exported like every other finding.
 */
export function duplicatesByCoupon(found: ImportedDrafts): DuplicatesByCoupon {
  const byCoupon = new Map<number, Finding[]>();
  const outside: DuplicateKey[] = [];
  const prefix = found.form === 'bodies' ? /^\[(\d+)\]\.?/ : found.form === 'batch' ? /^drafts\[(\d+)\]\.card\.?/ : /^/;
  for (const d of found.duplicates) {
    const match = prefix.exec(d.path);
    if (!match || (found.form === 'batch' && !d.path.startsWith('drafts['))) {
      outside.push(d);
      continue;
    }
    const index = match[1] === undefined ? 0 : Number(match[1]);
    const inner = d.path.slice(match[0].length);
    const path = found.form === 'batch' ? `card${inner === '' ? '' : `.${inner}`}` : inner;
    const finding: Finding = { path, code: 'duplicate_key', severity: 'warning', message: d.message };
    byCoupon.set(index, [...(byCoupon.get(index) ?? []), finding]);
  }
  return { byCoupon, outside };
}
