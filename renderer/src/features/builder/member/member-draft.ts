import { MEMBER_CARD } from '../../../../../common/coupon/card-types';
import { AFTER_CREATE_NONE, type Draft } from '../../../../../common/drafts/draft';
import { getAt } from '../../../lib/card-path';
import { CARRIED_BASE_KEYS, newId } from '../../../lib/draft-factory';
import { draftKind, typeRoot } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';

/**
 * The card of a new member card: the choices every member card needs (QR code, a colour, permanent
 * validity — member cards only, wechat-card-api.md §4.3 — one-click activation, which needs no web
 * page, §1.4, and no stored value, which needs a permission) and none of the merchant's content.
 */
export function blankMemberCard(template?: Pick<Draft, 'card'>): Record<string, unknown> {
  const base: Record<string, unknown> = {
    code_type: 'CODE_TYPE_QRCODE',
    color: 'Color010',
    date_info: { type: 'DATE_TYPE_PERMANENT' },
    sku: { quantity: 100000 },
    get_limit: 1,
  };
  const kind = template ? draftKind(template) : undefined;
  if (template && kind) {
    for (const key of CARRIED_BASE_KEYS) {
      const value = getAt(template.card, `${typeRoot(kind)}.base_info.${key}`);
      if (value !== undefined) base[key] = structuredClone(value);
    }
  }
  return { card: { card_type: MEMBER_CARD, member_card: { base_info: base, wx_activate: true, supply_bonus: false, supply_balance: false } } };
}

/** A new member-card draft, the brand and stores carried from `template` like a coupon's. */
export function createMemberDraft(nowMs: number, template?: Pick<Draft, 'card'>): Draft {
  return { id: newId(), card: blankMemberCard(template), after: { ...AFTER_CREATE_NONE }, createdAt: nowMs, updatedAt: nowMs };
}

/** Adds a member card to the batch after the selected draft's brand, and selects it. */
export function addMemberCardDraft(): void {
  const { batch, selectedId, addDrafts } = useBuilderStore.getState();
  const template = batch.drafts.find((d) => d.id === selectedId) ?? batch.drafts.at(-1);
  addDrafts([createMemberDraft(Date.now(), template)]);
}
