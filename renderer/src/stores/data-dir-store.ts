import { create } from 'zustand';
import type { DataBackup, DataDirView } from '../../../common/ipc/channels/app';
import type { Localized } from '../../../common/i18n';
import { getApi } from '../api';
import { dataDirText } from '../i18n/data-dir-text';

/** Settings' data directory card: where it is, opening it and backing it up (all done by main). */
export interface DataDirState {
  dir: DataDirView | null;
  loadError: Localized | null;
  busy: 'open' | 'backup' | null;
  /** The last backup written, or the last failure of an action. */
  backup: DataBackup | null;
  actionError: Localized | null;
  load(): Promise<void>;
  openFolder(): Promise<void>;
  backUp(): Promise<void>;
}

/** The data directory store (style.md habit 5): the only caller of app:dataDir / openDataDir / backupDataDir. */
export const useDataDirStore = create<DataDirState>()((set) => ({
  dir: null,
  loadError: null,
  busy: null,
  backup: null,
  actionError: null,

  async load() {
    const api = getApi();
    if (!api) return set({ loadError: dataDirText.unavailable });
    // A bridge that rejects (main gone mid-call) must show the card's error, not an unhandled rejection.
    const answer = await api.app.dataDir().catch(() => null);
    if (!answer) return set({ loadError: dataDirText.unavailable });
    set(answer.ok ? { dir: answer.data, loadError: null } : { loadError: answer.error.message });
  },

  async openFolder() {
    const api = getApi();
    if (!api) return;
    set({ busy: 'open', actionError: null });
    const answer = await api.app.openDataDir();
    set({ busy: null, actionError: answer.ok ? null : answer.error.message });
  },

  async backUp() {
    const api = getApi();
    if (!api) return;
    set({ busy: 'backup', actionError: null, backup: null });
    const answer = await api.app.backupDataDir();
    set(answer.ok ? { busy: null, backup: answer.data } : { busy: null, actionError: answer.error.message });
  },
}));
