import type { Draft } from '../../../../../common/drafts/draft';
import { setAt } from '../../../lib/card-path';
import { draftKind, typeRoot } from '../../../lib/draft-model';
import { isDraftLocked, useBuilderStore } from '../../../stores/builder-store';

/** The fields a merchant sets once for many drafts; an absent key is left as each draft has it. */
export interface SharedPatch {
  color?: string;
  servicePhone?: string;
  /** A fixed validity range in Unix seconds (China days, begin 00:00:00 and end 23:59:59). */
  dateRange?: { begin: number; end: number };
}

/** A draft with the shared fields written into its base_info, whatever its kind (coupon or member card). */
export function applyShared(draft: Draft, patch: SharedPatch, nowMs: number): Draft {
  const kind = draftKind(draft);
  if (!kind) return draft;
  const base = `${typeRoot(kind)}.base_info`;
  let card = draft.card;
  if (patch.color !== undefined) card = setAt(card, `${base}.color`, patch.color);
  if (patch.servicePhone !== undefined) card = setAt(card, `${base}.service_phone`, patch.servicePhone === '' ? undefined : patch.servicePhone);
  if (patch.dateRange) card = setAt(card, `${base}.date_info`, { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: patch.dateRange.begin, end_timestamp: patch.dateRange.end });
  return card === draft.card ? draft : { ...draft, card, updatedAt: nowMs };
}

/**
 * Writes the patch into the chosen drafts of the open batch; drafts Weixin already holds a card
 * for stay as they are (they are read-only, issue 11 problem 4). Answers how many changed and how many were skipped.
 */
export function bulkEdit(ids: ReadonlySet<string>, patch: SharedPatch): { changed: number; locked: number } {
  const now = Date.now();
  let changed = 0;
  let locked = 0;
  const { batch } = useBuilderStore.getState();
  const drafts = batch.drafts.map((d) => {
    if (!ids.has(d.id)) return d;
    if (isDraftLocked(d.id)) {
      locked++;
      return d;
    }
    const next = applyShared(d, patch, now);
    if (next !== d) changed++;
    return next;
  });
  if (changed > 0) useBuilderStore.setState({ batch: { ...batch, drafts, updatedAt: now } });
  return { changed, locked };
}
