import { MEMBER_CARD } from '../../../../../common/coupon/card-types';
import { getAt } from '../../../lib/card-path';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor } from '../editor-context';

/** The member card's own object path. */
export const MEMBER_ROOT = 'card.member_card';

/** A path below `card.member_card`: m('base_info.title') → 'card.member_card.base_info.title'. */
export const m = (relative: string): string => `${MEMBER_ROOT}.${relative}`;

type Obj = Record<string, unknown>;

/** The selected draft's `card.member_card` and a setter that replaces it whole (for the switch rules). */
export function useMemberCard(): { card: Obj; replace(next: Obj): void } {
  const { draft, type } = useEditor();
  if (type !== MEMBER_CARD) throw new Error('member-card section outside a member card');
  const value = getAt(draft.card, MEMBER_ROOT);
  const card = typeof value === 'object' && value !== null ? (value as Obj) : {};
  return { card, replace: (next) => useBuilderStore.getState().setField(MEMBER_ROOT, next) };
}
