import { typeKey, type CardType } from '../../../common/coupon/card-types';
import { exampleCoupon, exampleDateRange } from '../../../common/coupon/examples';
import { AFTER_CREATE_NONE, DEFAULT_BACK_END, DRAFT_BATCH_VERSION, type BatchBackEndName, type Draft, type DraftBatch } from '../../../common/drafts/draft';
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

/** The colour of a blank draft: not the merchant's choice, so filling the example replaces it. */
const BLANK_COLOR = 'Color010';

/**
 * The card of a new draft: the structure and the settings every coupon needs a choice for (QR code,
 * a colour, validity from today for 30 days, China time) but none of the merchant's content — brand,
 * title, logo, amounts and texts stay empty, so the checker asks for them and the inputs show the
 * example as a placeholder (issue 11, problem 13: sample content passed the checker and was sent).
 */
export function blankCoupon(type: CardType, nowMs: number): Record<string, unknown> {
  const base = {
    code_type: 'CODE_TYPE_QRCODE',
    color: BLANK_COLOR,
    date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE', ...exampleDateRange(nowMs) },
    can_share: true,
    can_give_friend: false,
  };
  return { card: { card_type: type, [typeKey(type)]: { base_info: base } } };
}

/**
 * A new draft of the given type: a blank card ({@link blankCoupon}), or with `example` the complete
 * example coupon the merchant asked for; the merchant's brand, logo, colour, phone and stores are
 * carried over from `template` when there is one.
 */
export function createDraft(type: CardType, nowMs: number, template?: Pick<Draft, 'card'>, options: { example?: boolean } = {}): Draft {
  return { id: newId(), card: cardFor(type, nowMs, template, options.example === true), after: { ...AFTER_CREATE_NONE }, createdAt: nowMs, updatedAt: nowMs };
}

/** The card of {@link createDraft}; also what "填入示例内容" puts into an existing draft. */
export function cardFor(type: CardType, nowMs: number, template: Pick<Draft, 'card'> | undefined, example: boolean): Record<string, unknown> {
  let body: Record<string, unknown> = example ? (exampleCoupon(type, nowMs) as unknown as Record<string, unknown>) : blankCoupon(type, nowMs);
  const fromType = template ? draftType(template) : undefined;
  if (template && fromType) {
    const base = `${typeRoot(type)}.base_info`;
    const hasStores = getAt(template.card, `${typeRoot(fromType)}.base_info.use_all_locations`) !== undefined
      || getAt(template.card, `${typeRoot(fromType)}.base_info.location_id_list`) !== undefined;
    for (const key of CARRIED_BASE_KEYS) {
      const value = getAt(template.card, `${typeRoot(fromType)}.base_info.${key}`);
      // Filling the example over a blank draft keeps what the merchant set, not the blank's own colour.
      const blankDefault = example && key === 'color' && value === BLANK_COLOR;
      if (value !== undefined && !blankDefault) body = setAt(body, `${base}.${key}`, structuredClone(value));
      else if (hasStores && (key === 'use_all_locations' || key === 'location_id_list')) body = setAt(body, `${base}.${key}`, undefined);
    }
  }
  return body;
}

/** A deep copy of a draft with a new id and fresh times. */
export function duplicateDraft(draft: Draft, nowMs: number): Draft {
  return { ...structuredClone(draft), id: newId(), createdAt: nowMs, updatedAt: nowMs };
}

/** An empty batch ready for drafts of one back end (default 微信卡券). */
export function createBatch(name: string, nowMs: number, backEnd: BatchBackEndName = DEFAULT_BACK_END): DraftBatch {
  return { schemaVersion: DRAFT_BATCH_VERSION, id: newId(), name, backEnd, accountId: null, drafts: [], createdAt: nowMs, updatedAt: nowMs };
}

/**
 * An imported card whose card_type this app cannot make (a typo, a scenic ticket…) turned into the
 * chosen type: the base_info and advanced_info found under any type key move to the new type's key,
 * so what the merchant already wrote is kept and only the type-specific fields are left to fill.
 */
export function retypeCard(card: unknown, type: CardType): Record<string, unknown> {
  const inner = (typeof card === 'object' && card !== null ? (card as { card?: unknown }).card : undefined) ?? {};
  const source = Object.values(inner as Record<string, unknown>).find((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && 'base_info' in v);
  const kept = source ? Object.fromEntries(Object.entries(source).filter(([k]) => k === 'base_info' || k === 'advanced_info')) : { base_info: {} };
  return { card: { card_type: type, [typeKey(type)]: structuredClone(kept) } };
}
