import type { Draft } from '../../common/drafts/draft';
import type { Substitutions } from '../../common/ipc/channels/drafts';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of a card/create body with the account-specific base_info fields replaced (agencies reuse
 * one design across clients, product-landscape.md §4 item 9). Applied to every type node that has
 * a base_info, so a draft with a wrong or missing card_type still gets its substitutions.
 */
export function substituteBody(body: Obj, substitutions: Substitutions): Obj {
  const copy = structuredClone(body);
  const entries = Object.entries(substitutions).filter(([, value]) => value !== undefined);
  if (entries.length === 0 || !isObj(copy.card)) return copy;
  for (const node of Object.values(copy.card)) {
    if (!isObj(node) || !isObj(node.base_info)) continue;
    for (const [field, value] of entries) node.base_info[field] = structuredClone(value);
  }
  return copy;
}

/** Copies of drafts with fresh ids and timestamps (and substitutions, when given). */
export function copyDrafts(drafts: readonly Draft[], newId: () => string, now: number, substitutions?: Substitutions): Draft[] {
  return drafts.map((draft) => ({
    ...structuredClone(draft),
    id: newId(),
    card: substitutions === undefined ? structuredClone(draft.card) : substituteBody(draft.card, substitutions),
    createdAt: now,
    updatedAt: now,
  }));
}
