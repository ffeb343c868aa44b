import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../common/clock';
import { err, ok, type Result } from '../../common/result';
import { APP_SECRET_PATTERN, type AccountSettings, type AccountView, type SecretState } from '../../common/ipc/channels/accounts';
import type { Logger } from '../log/logger';
import type { CorruptDocument, DocumentStore } from '../storage/document-store';
import { noteProblem } from '../storage/problems';
import { createSerialQueue } from '../storage/serial-queue';
import { checkAppid, checkName, checkSettings } from './account-input';
import { accountNotFound, builtInAccount, duplicateAppid, fieldError, invalidSecret, storageError, vaultError, type AccountError } from './account-errors';
import { ACCOUNTS_DOCUMENT_VERSION, type AccountRecord, type AccountsDocument } from './account-record';
import { SANDBOX_ACCOUNT_ID, SANDBOX_ACCOUNT_NAME, SANDBOX_DEMO_SECRET, sandboxAccountRecord } from './sandbox-account';
import type { SecretVault } from './vault';

/** What the Weixin client needs to act for an account (main only: holds the secret). */
export interface AccountCredentials {
  readonly accountId: string;
  readonly appid: string;
  readonly secret: string;
  readonly environment: AccountRecord['environment'];
  readonly tokenMode: AccountRecord['tokenMode'];
  readonly settings: AccountSettings;
}

/** A new account as the form sends it. */
export interface CreateAccountInput {
  readonly name: string;
  readonly appid: string;
  readonly environment?: AccountRecord['environment'] | undefined;
  readonly tokenMode?: AccountRecord['tokenMode'] | undefined;
  readonly settings?: { concurrency?: number | undefined; proxy?: string | null | undefined } | undefined;
}

/** Changes to an account; absent fields stay. */
export type UpdateAccountInput = Partial<CreateAccountInput>;

/** Accounts: profiles in a DocumentStore, secrets in a SecretVault, the sandbox account built in. */
export interface AccountService {
  /** Every account (the built-in one first) and any storage problem found this session. */
  list(): Promise<{ accounts: AccountView[]; problems: CorruptDocument[] }>;
  get(accountId: string): Promise<Result<AccountView, AccountError>>;
  create(input: CreateAccountInput): Promise<Result<AccountView, AccountError>>;
  update(accountId: string, patch: UpdateAccountInput): Promise<Result<AccountView, AccountError>>;
  /** Removes the profile and forgets its secret. */
  remove(accountId: string): Promise<Result<void, AccountError>>;
  /** Stores the secret for this account; answers only where it went. */
  setSecret(accountId: string, secret: string): Promise<Result<SecretState, AccountError>>;
  clearSecret(accountId: string): Promise<Result<SecretState, AccountError>>;
  /** The appid + secret + settings for the Weixin client. Never sent over IPC. */
  credentials(accountId: string): Promise<Result<AccountCredentials, AccountError>>;
  /** Records a successful "test connection". */
  markVerified(accountId: string, at: number): Promise<Result<void, AccountError>>;
}

/** Dependencies of {@link createAccountService}. */
export interface AccountServiceDeps {
  readonly store: DocumentStore<AccountsDocument>;
  readonly vault: SecretVault;
  readonly clock?: Clock;
  readonly newId?: () => string;
  readonly log?: Logger;
}


/** Builds the accounts service. */
export function createAccountService(deps: AccountServiceDeps): AccountService {
  const { store, vault } = deps;
  const clock = deps.clock ?? systemClock;
  const newId = deps.newId ?? randomUUID;
  const queue = createSerialQueue();
  const problems: CorruptDocument[] = [];

  async function load(): Promise<AccountsDocument> {
    const read = await store.read();
    if (!read.ok) {
      noteProblem(problems, read.error);
      return { schemaVersion: ACCOUNTS_DOCUMENT_VERSION, accounts: [] };
    }
    return read.value ?? { schemaVersion: ACCOUNTS_DOCUMENT_VERSION, accounts: [] };
  }

  async function view(record: AccountRecord, builtIn: boolean): Promise<AccountView> {
    const secretState = builtIn ? 'stored' : await vault.status(record.id, record.appid);
    const displayName = builtIn ? SANDBOX_ACCOUNT_NAME : { 'zh-CN': record.name, en: record.name };
    return { ...record, displayName, secretState, builtIn };
  }

  async function find(accountId: string): Promise<{ record: AccountRecord; builtIn: boolean } | undefined> {
    if (accountId === SANDBOX_ACCOUNT_ID) return { record: sandboxAccountRecord(), builtIn: true };
    const record = (await load()).accounts.find((a) => a.id === accountId);
    return record && { record, builtIn: false };
  }

  /** Read-modify-write of the list, one at a time; `change` answers the new list or an error. */
  function mutate<T>(change: (doc: AccountsDocument) => Promise<Result<{ doc: AccountsDocument; value: T }, AccountError>>): Promise<Result<T, AccountError>> {
    return queue.run(async () => {
      const changed = await change(await load());
      if (!changed.ok) return changed;
      const written = await store.write(changed.value.doc);
      return written.ok ? ok(changed.value.value) : err(storageError(written.error));
    });
  }

  function clash(doc: AccountsDocument, appid: string, exceptId?: string): AccountError | undefined {
    if (appid === sandboxAccountRecord().appid) return duplicateAppid(appid, SANDBOX_ACCOUNT_NAME['zh-CN']);
    const other = doc.accounts.find((a) => a.appid === appid && a.id !== exceptId);
    return other && duplicateAppid(appid, other.name);
  }

  return {
    async list() {
      const doc = await load();
      const accounts = [await view(sandboxAccountRecord(), true)];
      for (const record of doc.accounts) accounts.push(await view(record, false));
      return { accounts, problems: [...problems] };
    },
    async get(accountId) {
      const found = await find(accountId);
      return found ? ok(await view(found.record, found.builtIn)) : err(accountNotFound());
    },
    async create(input) {
      const name = checkName(input.name);
      if (!name.ok) return err(fieldError(name.error));
      const appid = checkAppid(input.appid);
      if (!appid.ok) return err(fieldError(appid.error));
      const settings = checkSettings(input.settings ?? {});
      if (!settings.ok) return err(fieldError(settings.error));
      const created = await mutate<AccountRecord>(async (doc) => {
        const conflict = clash(doc, appid.value);
        if (conflict) return err(conflict);
        const record: AccountRecord = {
          id: newId(),
          name: name.value,
          appid: appid.value,
          environment: input.environment ?? 'weixin',
          tokenMode: input.tokenMode ?? 'stable',
          settings: settings.value,
          createdAt: clock.now(),
        };
        return ok({ doc: { ...doc, accounts: [...doc.accounts, record] }, value: record });
      });
      return created.ok ? ok(await view(created.value, false)) : created;
    },
    async update(accountId, patch) {
      if (accountId === SANDBOX_ACCOUNT_ID) return err(builtInAccount());
      const updated = await mutate<{ record: AccountRecord; appidChanged: boolean }>(async (doc) => {
        const current = doc.accounts.find((a) => a.id === accountId);
        if (!current) return err(accountNotFound());
        const name = checkName(patch.name ?? current.name);
        if (!name.ok) return err(fieldError(name.error));
        const appid = checkAppid(patch.appid ?? current.appid);
        if (!appid.ok) return err(fieldError(appid.error));
        const conflict = clash(doc, appid.value, accountId);
        if (conflict) return err(conflict);
        const settings = checkSettings(patch.settings ?? {}, current.settings);
        if (!settings.ok) return err(fieldError(settings.error));
        const record: AccountRecord = {
          ...current,
          name: name.value,
          appid: appid.value,
          environment: patch.environment ?? current.environment,
          tokenMode: patch.tokenMode ?? current.tokenMode,
          settings: settings.value,
        };
        const accounts = doc.accounts.map((a) => (a.id === accountId ? record : a));
        return ok({ doc: { ...doc, accounts }, value: { record, appidChanged: record.appid !== current.appid } });
      });
      if (!updated.ok) return updated;
      // The stored secret belongs to the old AppID; keeping it would only ever fail the binding check.
      if (updated.value.appidChanged) await vault.deleteSecret(accountId);
      return ok(await view(updated.value.record, false));
    },
    async remove(accountId) {
      if (accountId === SANDBOX_ACCOUNT_ID) return err(builtInAccount());
      const removed = await mutate<void>(async (doc) => {
        if (!doc.accounts.some((a) => a.id === accountId)) return err(accountNotFound());
        return ok({ doc: { ...doc, accounts: doc.accounts.filter((a) => a.id !== accountId) }, value: undefined });
      });
      if (!removed.ok) return removed;
      const forgotten = await vault.deleteSecret(accountId);
      if (!forgotten.ok) deps.log?.warn('accounts: removed, but the vault kept the secret', { accountId });
      return ok(undefined);
    },
    async setSecret(accountId, secret) {
      if (accountId === SANDBOX_ACCOUNT_ID) return err(builtInAccount());
      if (!APP_SECRET_PATTERN.test(secret.trim())) return err(invalidSecret());
      const found = await find(accountId);
      if (!found) return err(accountNotFound());
      const stored = await vault.setSecret(accountId, found.record.appid, secret.trim());
      return stored.ok ? ok(stored.value) : err(vaultError(stored.error));
    },
    async clearSecret(accountId) {
      if (accountId === SANDBOX_ACCOUNT_ID) return err(builtInAccount());
      const found = await find(accountId);
      if (!found) return err(accountNotFound());
      const cleared = await vault.deleteSecret(accountId);
      return cleared.ok ? ok(await vault.status(accountId, found.record.appid)) : err(vaultError(cleared.error));
    },
    async credentials(accountId) {
      const found = await find(accountId);
      if (!found) return err(accountNotFound());
      const { record, builtIn } = found;
      const secret = builtIn ? ok(SANDBOX_DEMO_SECRET) : await vault.getSecret(accountId, record.appid);
      if (!secret.ok) return err(vaultError(secret.error));
      const { appid, environment, tokenMode, settings } = record;
      return ok({ accountId, appid, secret: secret.value, environment, tokenMode, settings });
    },
    async markVerified(accountId, at) {
      if (accountId === SANDBOX_ACCOUNT_ID) return ok(undefined);
      return mutate<void>(async (doc) => {
        if (!doc.accounts.some((a) => a.id === accountId)) return err(accountNotFound());
        const accounts = doc.accounts.map((a) => (a.id === accountId ? { ...a, lastVerifiedAt: at } : a));
        return ok({ doc: { ...doc, accounts }, value: undefined });
      });
    },
  };
}
