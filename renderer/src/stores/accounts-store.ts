import { create } from 'zustand';
import type { Localized } from '../../../common/i18n';
import type {
  AccountStore,
  AccountView,
  ConnectionReport,
  FailedConnectionReport,
  SecretStorageInfo,
  TOKEN_MODES,
} from '../../../common/ipc/channels/accounts';
import type { IpcError } from '../api';
import { getAccountsApi } from '../api/domains';
import { accountFormText } from '../i18n/account-form-text';
import { accountsText } from '../i18n/accounts-text';
import { useBuilderStore } from './builder-store';

/** What the form edits; `secret` is sent once (write-only) and never read back. */
export interface AccountFormInput {
  name: string;
  appid: string;
  tokenMode: (typeof TOKEN_MODES)[number];
  concurrency: number;
  proxy: string;
  /** Empty: keep the saved one (or none). */
  secret: string;
}

/** A form field a message can sit under. */
export type AccountFormField = 'name' | 'appid' | 'secret' | 'concurrency' | 'proxy';

/** The result of saving the form: the account, or messages by field and/or one for the form. */
export type SaveOutcome = { ok: true; accountId: string } | { ok: false; fields: Partial<Record<AccountFormField, Localized>>; form?: Localized };

/** One account's last "test connection". */
export type ConnectionState = { status: 'testing' } | { status: 'done'; report: ConnectionReport } | { status: 'error'; error: Localized };

/** One account's store list, fetched once per session unless refreshed. */
export interface StoreList {
  status: 'loading' | 'ready' | 'failed';
  stores: AccountStore[];
  total: number;
  error?: Localized;
  /** A refusal explained like test connection (40164 with the IP…). */
  report?: FailedConnectionReport;
}

/** What the accounts screen is showing on its right: an account, or the form. */
export type AccountsView = { kind: 'account'; accountId: string } | { kind: 'create' } | { kind: 'edit'; accountId: string };

/** The accounts as main reports them, and everything the screens do with them. */
export interface AccountsState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: Localized | null;
  accounts: AccountView[];
  problems: Localized[];
  secretStorage: SecretStorageInfo | null;
  view: AccountsView | null;
  connections: Record<string, ConnectionState>;
  /** Successful tests of this session (the built-in account keeps no lastVerifiedAt in main). */
  verifiedAt: Record<string, number>;
  stores: Record<string, StoreList>;
  notice: { seq: number; message: Localized } | null;
  /** Messages for the edit form that replaces the add form when the account saved but its secret did not. */
  formCarry: { accountId: string; fields: Partial<Record<AccountFormField, Localized>>; form?: Localized } | null;

  load(): Promise<void>;
  /** What the right of the screen shows; null: the default (the open batch's account, else the first). */
  show(view: AccountsView | null): void;
  save(input: AccountFormInput, accountId?: string): Promise<SaveOutcome>;
  remove(accountId: string): Promise<Localized | null>;
  clearSecret(accountId: string): Promise<Localized | null>;
  testConnection(accountId: string): Promise<void>;
  /** Lists the account's stores (once; `force` lists again). */
  loadStores(accountId: string, force?: boolean): Promise<void>;
  setAllowBasicText(allow: boolean): Promise<Localized | null>;
  dismissNotice(): void;
  /** The carried messages for this account's edit form, once. */
  takeFormCarry(accountId: string): AccountsState['formCarry'];
}

const FIELD_OF: Readonly<Record<string, AccountFormField>> = {
  name: 'name',
  appid: 'appid',
  secret: 'secret',
  'settings.proxy': 'proxy',
  'settings.concurrency': 'concurrency',
};

/** Puts an IPC error under its field (main names it in details.field), else on the form. */
function outcomeOf(error: IpcError): SaveOutcome {
  const field = typeof error.details?.field === 'string' ? FIELD_OF[error.details.field] : undefined;
  return field ? { ok: false, fields: { [field]: error.message } } : { ok: false, fields: {}, form: error.message };
}

let seq = 0;

/** The accounts store (style.md habit 5): the only caller of couponStudio.accounts. */
export const useAccountsStore = create<AccountsState>()((set, get) => ({
  status: 'idle',
  error: null,
  accounts: [],
  problems: [],
  secretStorage: null,
  view: null,
  connections: {},
  verifiedAt: {},
  stores: {},
  notice: null,
  formCarry: null,

  async load() {
    const api = getAccountsApi();
    if (!api) {
      set({ status: 'failed', error: accountsText.unavailable });
      return;
    }
    if (get().status !== 'ready') set({ status: 'loading' });
    const listed = await api.list();
    if (!listed.ok) {
      set({ status: 'failed', error: listed.error.message });
      return;
    }
    const { accounts, problems, secretStorage } = listed.data;
    const view = get().view;
    const stillThere = view && (view.kind === 'create' || accounts.some((a) => a.id === view.accountId));
    set({ status: 'ready', error: null, accounts, problems: problems.map((p) => p.message), secretStorage, view: stillThere ? view : null });
  },

  show(view) {
    set({ view });
  },

  async save(input, accountId) {
    const api = getAccountsApi();
    if (!api) return { ok: false, fields: {}, form: accountsText.unavailable };
    const profile = {
      name: input.name.trim(),
      appid: input.appid.trim(),
      tokenMode: input.tokenMode,
      settings: { concurrency: input.concurrency, proxy: input.proxy.trim() === '' ? null : input.proxy.trim() },
    };
    const saved = accountId === undefined ? await api.create(profile) : await api.update({ accountId, ...profile });
    if (!saved.ok) return outcomeOf(saved.error);
    const id = saved.data.id;
    // A changed profile makes earlier results stale (another AppID, secret or proxy).
    const { [id]: _oldConnection, ...connections } = get().connections;
    const { [id]: _oldStores, ...stores } = get().stores;
    set({ connections, stores });
    if (input.secret.trim() !== '') {
      const secret = await api.setSecret({ accountId: id, secret: input.secret.trim() });
      if (!secret.ok) {
        const outcome = outcomeOf(secret.error);
        if (accountId !== undefined || outcome.ok) return outcome;
        // The account exists now: its edit form takes over, with the secret's message on it.
        const carried = { ...outcome, form: accountFormText.secretFailedAfterCreate };
        await get().load();
        set({ view: { kind: 'edit', accountId: id }, formCarry: { accountId: id, fields: carried.fields, form: carried.form } });
        return carried;
      }
    }
    await get().load();
    set({ view: { kind: 'account', accountId: id } });
    return { ok: true, accountId: id };
  },

  async remove(accountId) {
    const api = getAccountsApi();
    if (!api) return accountsText.unavailable;
    const account = get().accounts.find((a) => a.id === accountId);
    const removed = await api.remove({ accountId });
    if (!removed.ok) return removed.error.message;
    // The open batch cannot keep pointing at an account that no longer exists: it goes offline.
    const builder = useBuilderStore.getState();
    if (builder.batch.accountId === accountId) builder.setAccount(null);
    set({ view: null });
    await get().load();
    if (account) set({ notice: { seq: ++seq, message: accountsText.removed(account.name) } });
    return null;
  },

  async clearSecret(accountId) {
    const api = getAccountsApi();
    if (!api) return accountsText.unavailable;
    const cleared = await api.clearSecret({ accountId });
    if (!cleared.ok) return cleared.error.message;
    await get().load();
    return null;
  },

  async testConnection(accountId) {
    const api = getAccountsApi();
    if (!api) return;
    set((s) => ({ connections: { ...s.connections, [accountId]: { status: 'testing' } } }));
    const tested = await api.testConnection({ accountId });
    const state: ConnectionState = tested.ok ? { status: 'done', report: tested.data } : { status: 'error', error: tested.error.message };
    set((s) => ({ connections: { ...s.connections, [accountId]: state } }));
    if (!tested.ok || tested.data.status !== 'connected') return;
    const at = tested.data.verifiedAt;
    set((s) => ({ verifiedAt: { ...s.verifiedAt, [accountId]: at } }));
    // Success records lastVerifiedAt in main.
    await get().load();
  },

  async loadStores(accountId, force = false) {
    const api = getAccountsApi();
    const current = get().stores[accountId];
    if (!api || (!force && current && current.status !== 'failed')) return;
    set((s) => ({ stores: { ...s.stores, [accountId]: { status: 'loading', stores: current?.stores ?? [], total: current?.total ?? 0 } } }));
    const listed = await api.stores({ accountId });
    const next: StoreList = listed.ok
      ? { status: 'ready', stores: listed.data.stores, total: listed.data.total }
      : { status: 'failed', stores: [], total: 0, error: listed.error.message, ...reportOf(listed.error) };
    set((s) => ({ stores: { ...s.stores, [accountId]: next } }));
  },

  async setAllowBasicText(allow) {
    const api = getAccountsApi();
    if (!api) return accountsText.unavailable;
    const changed = await api.setSecretStorage({ allowBasicText: allow });
    if (!changed.ok) return changed.error.message;
    set({ secretStorage: changed.data });
    await get().load();
    return null;
  },

  dismissNotice() {
    set({ notice: null });
  },

  takeFormCarry(accountId) {
    const carry = get().formCarry;
    if (!carry || carry.accountId !== accountId) return null;
    set({ formCarry: null });
    return carry;
  },
}));

/** The failed report accounts:stores puts in details.report, when it is one. */
function reportOf(error: IpcError): { report?: FailedConnectionReport } {
  const report = error.details?.report;
  return typeof report === 'object' && report !== null && (report as { status?: unknown }).status === 'failed' ? { report: report as FailedConnectionReport } : {};
}

/** The account with this id, if listed. */
export function accountById(accounts: readonly AccountView[], id: string | null | undefined): AccountView | undefined {
  return id ? accounts.find((a) => a.id === id) : undefined;
}
