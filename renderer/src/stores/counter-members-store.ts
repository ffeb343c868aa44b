import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import type { MemberInfoView } from '../../../common/ipc/channels/members';
import { getApi } from '../api';
import { counterText } from '../features/counter/counter-text';

/** A points or balance change as the cashier asked for it (balance in 分). */
export interface MemberChangeAsk {
  value: 'bonus' | 'balance';
  delta: number;
  record: string;
}

/** What the last change came to. */
export type MemberChangeOutcome = { kind: 'applied' | 'superseded'; before: number; after: number } | { kind: 'checking' } | { kind: 'still_unknown' } | { kind: 'failed'; message: Localized };

/** The member counter: the one caller of couponStudio.members for it. */
export interface CounterMembersState {
  accountId: string;
  cards: { cardId: string; title: string | null }[];
  cardId: string;
  code: string;
  finding: boolean;
  member: MemberInfoView | null;
  error: Localized | null;
  changing: boolean;
  outcome: MemberChangeOutcome | null;
  /** What the last change was of (points or balance), for the result after a check. */
  asked: MemberChangeAsk['value'];

  loadCards(accountId: string): Promise<void>;
  setCard(cardId: string): void;
  find(code: string): Promise<void>;
  /** Sends one change (committed to the ledger by main first); an unknown outcome is reconciled, never resent. */
  change(ask: MemberChangeAsk): Promise<void>;
  reconcile(): Promise<void>;
}

export const useCounterMembersStore = create<CounterMembersState>((set, get) => ({
  accountId: '',
  cards: [],
  cardId: '',
  code: '',
  finding: false,
  member: null,
  error: null,
  changing: false,
  outcome: null,
  asked: 'bonus',

  async loadCards(accountId) {
    const api = getApi()?.members;
    if (!api) return set({ error: counterText.unavailable });
    set({ accountId, member: null, outcome: null });
    const listed = await api.cards({ accountId });
    if (get().accountId !== accountId) return;
    if (!listed.ok) return set({ cards: [], cardId: '', error: listed.error.message });
    const cards = listed.data.cards;
    set({ cards, cardId: cards.some((c) => c.cardId === get().cardId) ? get().cardId : (cards[0]?.cardId ?? ''), error: null });
  },
  setCard: (cardId) => set({ cardId, member: null, outcome: null }),
  async find(scanned) {
    const api = getApi()?.members;
    const code = scanned.trim();
    const { accountId, cardId, finding } = get();
    if (!api || !code || !cardId || finding) return;
    set({ finding: true, code, error: null, outcome: null });
    const got = await api.get({ accountId, cardId, code });
    set(got.ok ? { finding: false, member: got.data } : { finding: false, member: null, error: got.error.message });
  },
  async change(ask) {
    const api = getApi()?.members;
    const { accountId, cardId, code, changing } = get();
    if (!api || changing) return;
    set({ changing: true, outcome: null, error: null, asked: ask.value });
    const done = await api.change({ accountId, cardId, code, value: ask.value, delta: ask.delta, ...(ask.record.trim() ? { record: ask.record.trim() } : {}) });
    if (!done.ok) return set({ changing: false, outcome: { kind: 'failed', message: done.error.message } });
    if (done.data.outcome === 'unknown') {
      set({ changing: false, outcome: { kind: 'checking' } });
      await get().reconcile();
      return;
    }
    // The member is read again first (find clears the last outcome), then the result is shown.
    await get().find(code);
    set({ changing: false, outcome: { kind: done.data.outcome, before: done.data.before, after: done.data.after } });
  },
  async reconcile() {
    const api = getApi()?.members;
    if (!api) return;
    const settled = await api.reconcile({ accountId: get().accountId });
    if (!settled.ok) return set({ outcome: { kind: 'failed', message: settled.error.message } });
    if (settled.data.stillUnknown > 0) return set({ outcome: { kind: 'still_unknown' } });
    const before = get().member;
    await get().find(get().code);
    const after = get().member;
    const value = get().asked;
    if (before && after) set({ outcome: { kind: 'applied', before: before[value], after: after[value] } });
  },
}));
