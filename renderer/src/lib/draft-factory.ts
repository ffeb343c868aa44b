import type { CardType } from '../../../common/coupon/card-types';
import { exampleCoupon } from '../../../common/coupon/examples';
import { AFTER_CREATE_NONE, DRAFT_BATCH_VERSION, type Draft, type DraftBatch } from '../../../common/drafts/draft';
import { getAt, setAt } from './card-path';
import { draftType, typeRoot } from './draft-model';

/** A fresh random UUID v4 (drafts and batches; the drafts service requires batch ids to be UUIDs). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * base_info keys that belong to the merchant rather than to one coupon: a new draft takes them
 * from the draft the merchant was working on, so the brand is typed once per batch.
 */
export const CARRIED_BASE_KEYS = ['logo_url', 'brand_name', 'color', 'service_phone', 'use_all_locations', 'location_id_list'] as const;

/**
 * A new draft of the given type: the example coupon's complete structure (valid dates from today,
 * China time, realistic Chinese text the merchant overwrites), with the merchant's brand, logo,
 * colour, phone and stores carried over from `template` when there is one.
 */
export function createDraft(type: CardType, nowMs: number, template?: Pick<Draft, 'card'>): Draft {
  let body: Record<string, unknown> = exampleCoupon(type, nowMs) as unknown as Record<string, unknown>;
  const fromType = template ? draftType(template) : undefined;
  if (template && fromType) {
    const base = `${typeRoot(type)}.base_info`;
    const hasStores = getAt(template.card, `${typeRoot(fromType)}.base_info.use_all_locations`) !== undefined
      || getAt(template.card, `${typeRoot(fromType)}.base_info.location_id_list`) !== undefined;
    for (const key of CARRIED_BASE_KEYS) {
      const value = getAt(template.card, `${typeRoot(fromType)}.base_info.${key}`);
      if (value !== undefined) body = setAt(body, `${base}.${key}`, structuredClone(value));
      else if (hasStores && (key === 'use_all_locations' || key === 'location_id_list')) body = setAt(body, `${base}.${key}`, undefined);
    }
  }
  return { id: newId(), card: body, after: { ...AFTER_CREATE_NONE }, createdAt: nowMs, updatedAt: nowMs };
}

/** A deep copy of a draft with a new id and fresh times. */
export function duplicateDraft(draft: Draft, nowMs: number): Draft {
  return { ...structuredClone(draft), id: newId(), createdAt: nowMs, updatedAt: nowMs };
}

/** An empty batch ready for drafts. */
export function createBatch(name: string, nowMs: number): DraftBatch {
  return { schemaVersion: DRAFT_BATCH_VERSION, id: newId(), name, accountId: null, drafts: [], createdAt: nowMs, updatedAt: nowMs };
}
