import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import type { PayCellEvent, SandboxScenario, SandboxStatus } from '../../../common/ipc/channels/sandbox';
import { getApi } from '../api';
import { getSandboxApi } from '../api/domains';
import { sandboxText } from '../i18n/sandbox-text';
import { useAccountsStore } from './accounts-store';
import { useAppStore } from './app-store';

/** The last manual review decision, shown under the review form. */
export interface ReviewOutcome {
  cardId: string;
  verdict: 'approve' | 'reject';
}

/** The embedded simulator as the control panel sees it. */
export interface SandboxState {
  status: SandboxStatus | null;
  error: Localized | null;
  /** Which control waits for main ('scenario:ipNotWhitelisted', 'clock', 'review'). */
  busy: string | null;
  /** The card_id in the review form (the History screen fills it through prepareReview). */
  reviewCardId: string;
  lastReview: ReviewOutcome | null;
  reviewError: Localized | null;

  /** Reads the status and follows sandbox:changed; returns the unsubscribe. */
  start(): () => void;
  setScenario(patch: Partial<SandboxScenario>): Promise<void>;
  advanceClock(seconds: number): Promise<void>;
  setReviewCardId(cardId: string): void;
  /** Opens the sandbox panel (Accounts → the demo account) with a card_id ready to review. */
  prepareReview(cardId: string): void;
  review(verdict: 'approve' | 'reject'): Promise<void>;
  /** The 买单 payments the sandbox pushed per card_id (a desktop app has no URL for real ones). */
  payments: Readonly<Record<string, readonly PayCellEvent[]>>;
  paymentError: Localized | null;
  loadPayments(cardId: string): Promise<void>;
  /** Simulates a WeChat Pay payment of `originalFee` 分 through the card's 买单 cell. */
  pay(cardId: string, originalFee: number): Promise<void>;
}

/** The sandbox control store: the only caller of couponStudio.sandbox. */
export const useSandboxStore = create<SandboxState>()((set, get) => ({
  status: null,
  error: null,
  busy: null,
  reviewCardId: '',
  lastReview: null,
  reviewError: null,
  payments: {},
  paymentError: null,

  start() {
    const sandbox = getSandboxApi();
    const api = getApi();
    if (!sandbox || !api) {
      set({ error: sandboxText.unavailable });
      return () => undefined;
    }
    let alive = true;
    void sandbox.status().then((answer) => {
      if (!alive) return;
      if (answer.ok) set({ status: answer.data, error: null });
      else set({ error: answer.error.message });
    });
    // Another window (or the batch engine's cards) changed it: follow.
    const unsubscribe = api.on('sandbox:changed', (status) => {
      if (alive) set({ status });
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  },

  async setScenario(patch) {
    const sandbox = getSandboxApi();
    if (!sandbox) return;
    set({ busy: `scenario:${Object.keys(patch).join(',')}` });
    const answer = await sandbox.setScenario(patch);
    set(answer.ok ? { status: answer.data, busy: null, error: null } : { busy: null, error: answer.error.message });
  },

  async advanceClock(seconds) {
    const sandbox = getSandboxApi();
    if (!sandbox) return;
    set({ busy: 'clock' });
    const answer = await sandbox.advanceClock({ seconds });
    set(answer.ok ? { status: answer.data, busy: null, error: null } : { busy: null, error: answer.error.message });
  },

  setReviewCardId(cardId) {
    set({ reviewCardId: cardId, reviewError: null });
  },

  prepareReview(cardId) {
    set({ reviewCardId: cardId, reviewError: null, lastReview: null });
    const demo = useAccountsStore.getState().accounts.find((a) => a.builtIn);
    useAccountsStore.getState().show(demo ? { kind: 'account', accountId: demo.id } : null);
    useAppStore.getState().showScreen('accounts');
  },

  async review(verdict) {
    const sandbox = getSandboxApi();
    const cardId = get().reviewCardId.trim();
    if (!sandbox) return;
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(cardId)) {
      set({ reviewError: sandboxText.cardIdBad, lastReview: null });
      return;
    }
    set({ busy: 'review', reviewError: null, lastReview: null });
    const answer = await sandbox.review({ cardId, verdict });
    if (answer.ok) set({ status: answer.data, busy: null, lastReview: { cardId, verdict } });
    else set({ busy: null, reviewError: answer.error.message });
  },

  async loadPayments(cardId) {
    const sandbox = getSandboxApi();
    if (!sandbox) return;
    const answer = await sandbox.payCellEvents({ cardId });
    if (answer.ok) set({ payments: { ...get().payments, [cardId]: answer.data } });
    else set({ paymentError: answer.error.message });
  },

  async pay(cardId, originalFee) {
    const sandbox = getSandboxApi();
    if (!sandbox) return;
    set({ busy: `pay:${cardId}`, paymentError: null });
    const answer = await sandbox.payWithPayCell({ cardId, originalFee });
    if (!answer.ok) {
      set({ busy: null, paymentError: answer.error.message });
      return;
    }
    set({ busy: null, payments: { ...get().payments, [cardId]: [...(get().payments[cardId] ?? []), answer.data] } });
  },
}));
