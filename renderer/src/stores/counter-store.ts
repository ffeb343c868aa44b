import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import type { CounterRedeemResult, CounterRedemptionView } from '../../../common/ipc/channels/counter';
import { getApi } from '../api';
import { counterText } from '../features/counter/counter-text';

/** The built-in sandbox merchant (main/busifavor/merchant-clients.ts SANDBOX_MERCHANT_ID): every screen works without credentials. */
export const SANDBOX_MERCHANT_ACCOUNT_ID = '00000000-0000-4000-8000-00000000m001';

/** A scanner that sends the code twice, or a double Enter, arrives within this window: ignored. */
export const REPEAT_WINDOW_MS = 2_000;

const FEEDBACK_KEY = 'couponStudio.counter.feedback';

/** How a result is signalled besides the big text (kept in localStorage: a per-till preference). */
export interface CounterFeedback {
  sound: boolean;
  flash: boolean;
}

function readFeedback(): CounterFeedback {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(FEEDBACK_KEY) ?? 'null') as Partial<CounterFeedback> | null;
    return { sound: raw?.sound !== false, flash: raw?.flash === true };
  } catch {
    return { sound: true, flash: false };
  }
}

/** The 核销台's state: the one caller of couponStudio.counter. */
export interface CounterState {
  merchantAccountId: string;
  stocks: { stockId: string; name: string | null }[];
  /** '' = found by code. */
  stockId: string;
  busyCode: string | null;
  result: { seq: number; value: CounterRedeemResult } | null;
  /** Set when an Enter was ignored as a repeat (shown small, the big result stays). */
  ignored: number;
  recent: CounterRedemptionView[];
  error: Localized | null;
  feedback: CounterFeedback;
  /** Code and time of the last submission, for the repeat guard. */
  last: { code: string; at: number } | null;

  load(merchantAccountId?: string): Promise<void>;
  setStock(stockId: string): void;
  setFeedback(patch: Partial<CounterFeedback>): void;
  /** Redeems a scanned code, unless one is in flight or it repeats the last one within {@link REPEAT_WINDOW_MS}. Returns whether it was sent. */
  redeem(scanned: string, now?: number): Promise<boolean>;
  reconcile(): Promise<void>;
}

let seq = 0;

export const useCounterStore = create<CounterState>((set, get) => ({
  merchantAccountId: SANDBOX_MERCHANT_ACCOUNT_ID,
  stocks: [],
  stockId: '',
  busyCode: null,
  result: null,
  ignored: 0,
  recent: [],
  error: null,
  feedback: readFeedback(),
  last: null,

  async load(merchantAccountId) {
    const api = getApi()?.counter;
    if (!api) return set({ error: counterText.unavailable });
    const id = merchantAccountId ?? get().merchantAccountId;
    if (id !== get().merchantAccountId) set({ merchantAccountId: id, stockId: '', result: null, last: null });
    const [stocks, recent] = await Promise.all([api.stocks({ merchantAccountId: id }), api.recent({ merchantAccountId: id, limit: 20 })]);
    if (get().merchantAccountId !== id) return;
    set({
      stocks: stocks.ok ? stocks.data.stocks : [],
      recent: recent.ok ? recent.data.redemptions : [],
      error: stocks.ok ? (recent.ok ? null : recent.error.message) : stocks.error.message,
    });
  },
  setStock: (stockId) => set({ stockId }),
  setFeedback(patch) {
    const feedback = { ...get().feedback, ...patch };
    set({ feedback });
    try {
      globalThis.localStorage?.setItem(FEEDBACK_KEY, JSON.stringify(feedback));
    } catch {
      // A till without storage keeps the choice for this session only.
    }
  },
  async redeem(scanned, now = Date.now()) {
    const code = scanned.trim();
    const api = getApi()?.counter;
    if (!code || !api) return false;
    const { busyCode, last } = get();
    // The renderer's half of "never twice": nothing while a redemption is in flight, and the same
    // code again right after (a double Enter, a scanner sending twice). Main serializes too.
    if (busyCode !== null || (last && last.code === code && now - last.at < REPEAT_WINDOW_MS)) {
      set((s) => ({ ignored: s.ignored + 1 }));
      return false;
    }
    const merchantAccountId = get().merchantAccountId;
    const stockId = get().stockId;
    set({ busyCode: code, last: { code, at: now }, error: null });
    const answer = await api.redeem({ merchantAccountId, code, ...(stockId ? { stockId } : {}) });
    set({ busyCode: null, last: { code, at: Date.now() } });
    if (!answer.ok) {
      set({ error: answer.error.message });
      return true;
    }
    set({ result: { seq: ++seq, value: answer.data } });
    await get().load();
    return true;
  },
  async reconcile() {
    const api = getApi()?.counter;
    if (!api) return;
    const done = await api.reconcile({ merchantAccountId: get().merchantAccountId });
    if (!done.ok) return set({ error: done.error.message });
    await get().load();
    const result = get().result;
    if (result?.value.kind !== 'unknown') return;
    // The committed number was replayed: the log now says what became of the scanned code.
    const code = result.value.code;
    const row = get().recent.find((r) => r.code === code);
    if (row?.state === 'used') {
      const message = { 'zh-CN': `券码 ${code} 核销成功（核对后确认）。`, en: `Code ${code} redeemed (confirmed by the check).` };
      set({ result: { seq: ++seq, value: { kind: 'used', code, at: row.at, coupon: null, message } } });
    } else if (row && row.state !== 'pending') {
      set({ result: { seq: ++seq, value: { kind: 'refused', code, reason: 'other', at: null, coupon: null, message: counterText.refused, detail: row.error } } });
    }
  },
}));
