import { create } from 'zustand';
import type { HistoryProblemView } from '../../../common/ipc/channels/history';
import type { Localized } from '../../../common/i18n';
import { getHistoryApi } from '../api/domains';

/** History damage nobody has acknowledged (history:problems), shown as a banner until "知道了". */
interface HistoryProblemsState {
  problems: HistoryProblemView[];
  /** Why loading or acknowledging failed, if it did (never turned into "no problems"). */
  error: Localized | null;
  load(): Promise<void>;
  /** Acknowledges the problems shown (not ones that appeared since). */
  acknowledge(): Promise<void>;
}

export const useHistoryProblemsStore = create<HistoryProblemsState>()((set, get) => ({
  problems: [],
  error: null,
  async load() {
    const history = getHistoryApi();
    if (!history) return;
    const listed = await history.problems();
    if (listed.ok) set({ problems: listed.data.problems, error: null });
    else set({ error: listed.error.message });
  },
  async acknowledge() {
    const history = getHistoryApi();
    const ids = get().problems.map((p) => p.id).filter((id) => id > 0);
    if (!history || ids.length === 0) return;
    const done = await history.acknowledgeProblems({ ids });
    if (!done.ok) return set({ error: done.error.message });
    await get().load();
  },
}));
