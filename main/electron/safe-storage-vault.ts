// AppSecrets encrypted with Electron's ASYNC safeStorage API (the sync one is deprecated in
// Electron 45, security-reliability.md §3.1). The safeStorage object and the app's readiness are
// parameters, so tests run this file with a fake; only types come from 'electron'.
import type { SafeStorage } from 'electron';
import { systemClock, type Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { SecretState, SecretStorageInfo } from '../../common/ipc/channels/accounts';
import type { Logger } from '../log/logger';
import type { RetryPolicy } from '../storage/busy-retry';
import type { CorruptDocument } from '../storage/document-store';
import type { FileOps } from '../storage/files';
import { createSerialQueue } from '../storage/serial-queue';
import { needsReentryError, noSecretError, PERSISTENCE_MESSAGES, type SecretVault, type VaultError } from '../accounts/vault';
import { readVaultFile, secretPayloadSchema, writeVaultFile, type VaultEntry, type VaultFile } from '../accounts/vault-file';

/** The part of `safeStorage` the vault uses (async API only). */
export type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

/** Options of {@link createSafeStorageVault}. */
export interface SafeStorageVaultOptions {
  readonly safeStorage: SafeStorageLike;
  /** `app.whenReady()`: safeStorage is not usable before (getSelectedStorageBackend says `unknown`). */
  readonly ready: Promise<unknown>;
  readonly platform: string;
  /** `<dataDir>/vault.json`. */
  readonly file: string;
  /** The user's explicit opt-in to Linux's basic_text backend (a setting; default off). */
  readonly allowBasicText: () => boolean | Promise<boolean>;
  readonly clock?: Clock;
  readonly files?: FileOps;
  readonly retry?: RetryPolicy;
  readonly log?: Logger;
  /** A corrupt vault file was moved aside. */
  readonly onProblem?: (problem: CorruptDocument) => void;
}

interface Loaded {
  file: VaultFile;
  available: boolean;
  backend: string;
}

/** True where safeStorage would only obfuscate: Linux's hard-coded-key backend (§3.1). */
function isWeakBackend(platform: string, backend: string): boolean {
  return platform === 'linux' && (backend === 'basic_text' || backend === 'unknown');
}

function backendName(platform: string, safeStorage: SafeStorageLike): string {
  if (platform === 'linux') return safeStorage.getSelectedStorageBackend();
  return platform === 'darwin' ? 'keychain' : platform === 'win32' ? 'dpapi' : 'unknown';
}

const storageError = (): VaultError => ({
  code: 'storage',
  message: localized(
    '无法写入加密的 AppSecret 文件（vault.json）。原有内容未受影响；请检查磁盘空间和文件夹权限后重试。',
    'Could not write the encrypted AppSecret file (vault.json). Its previous content is intact; check free disk space and folder permissions, then try again.',
  ),
});

/**
 * The desktop vault: each secret encrypted on its own with `encryptStringAsync` as
 * `{v, accountId, appid, secret}` and compared on decrypt; `vault.json` written atomically, 0600.
 * Where the store is unprotected (no encryption, or Linux basic_text without the opt-in) secrets
 * stay in memory for the session — never silently plaintext. A failed decrypt marks the entry and
 * keeps its ciphertext: nothing is ever deleted except on the user's request.
 */
export function createSafeStorageVault(options: SafeStorageVaultOptions): SecretVault {
  const { safeStorage, platform, file: path } = options;
  const clock = options.clock ?? systemClock;
  const fileDeps = {
    clock,
    ...(options.files ? { files: options.files } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.log ? { log: options.log } : {}),
  };
  const session = new Map<string, { appid: string; secret: string }>();
  const queue = createSerialQueue();
  let loading: Promise<Loaded> | undefined;

  const load = (): Promise<Loaded> =>
    (loading ??= (async () => {
      await options.ready;
      const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
      const backend = backendName(platform, safeStorage);
      const read = await readVaultFile(path, backend, fileDeps);
      if (read.problem) options.onProblem?.(read.problem);
      return { file: read.file, available, backend };
    })());

  async function persistence(state: Loaded): Promise<SecretStorageInfo['persistence']> {
    if (!state.available) return 'session_only';
    if (!isWeakBackend(platform, state.backend)) return 'encrypted';
    return (await options.allowBasicText()) ? 'basic_text_opted_in' : 'session_only';
  }

  async function save(state: Loaded, next: VaultFile): Promise<boolean> {
    const written = await writeVaultFile(path, next, fileDeps);
    if (!written.ok) {
      options.log?.error('vault: write failed', { path, code: written.error.code, errno: written.error.errno });
      return false;
    }
    state.file = next;
    return true;
  }

  async function encrypt(accountId: string, appid: string, secret: string): Promise<string> {
    const payload = JSON.stringify(secretPayloadSchema.parse({ v: 1, accountId, appid, secret }));
    return (await safeStorage.encryptStringAsync(payload)).toString('base64');
  }

  /** Records why an entry is unreadable; the ciphertext stays (Signal's approach, §3.3). */
  function markFailed(accountId: string, failure: NonNullable<VaultEntry['failure']>): Promise<void> {
    return queue.run(async () => {
      const state = await load();
      const entry = state.file.entries[accountId];
      if (entry === undefined) return;
      const entries = { ...state.file.entries, [accountId]: { ...entry, failedAt: clock.now(), failure } };
      await save(state, { ...state.file, entries });
    });
  }

  function storeEncrypted(accountId: string, appid: string, secret: string): Promise<Result<SecretState, VaultError>> {
    return queue.run(async () => {
      const state = await load();
      let ct: string;
      try {
        ct = await encrypt(accountId, appid, secret);
      } catch (error) {
        // Encryption failed at runtime: keep it for the session rather than lose or expose it.
        options.log?.warn('vault: encryptStringAsync failed; keeping the secret for this session only', { error });
        session.set(accountId, { appid, secret });
        return ok<SecretState>('session');
      }
      const entries = { ...state.file.entries, [accountId]: { appid, ct, storedAt: clock.now() } };
      if (!(await save(state, { v: 1, backend: state.backend, entries }))) return err(storageError());
      session.delete(accountId);
      return ok<SecretState>('stored');
    });
  }

  async function decrypt(accountId: string, appid: string, entry: VaultEntry): Promise<Result<string, VaultError>> {
    let result: string;
    let shouldReEncrypt: boolean;
    try {
      ({ result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(entry.ct, 'base64')));
    } catch (error) {
      options.log?.warn('vault: decryptStringAsync failed; the account needs the secret again', { accountId, error });
      await markFailed(accountId, 'decrypt');
      return err(needsReentryError());
    }
    let payload;
    try {
      payload = secretPayloadSchema.parse(JSON.parse(result));
    } catch {
      payload = undefined;
    }
    if (payload === undefined || payload.accountId !== accountId || payload.appid !== appid) {
      options.log?.warn('vault: entry does not belong to this account; refusing it', { accountId });
      await markFailed(accountId, 'binding');
      return err(needsReentryError());
    }
    if (shouldReEncrypt || entry.failedAt !== undefined) {
      // Key rotation (§3.1): write the entry again under the current key; a failure only logs.
      const again = await storeEncrypted(accountId, appid, payload.secret);
      if (!again.ok) options.log?.warn('vault: re-encryption failed; the old entry is kept', { accountId });
    }
    return ok(payload.secret);
  }

  return {
    async setSecret(accountId, appid, secret) {
      const state = await load();
      if ((await persistence(state)) === 'session_only') {
        session.set(accountId, { appid, secret });
        return ok('session');
      }
      return storeEncrypted(accountId, appid, secret);
    },
    async getSecret(accountId, appid) {
      const state = await load();
      const held = session.get(accountId);
      if (held !== undefined) return held.appid === appid ? ok(held.secret) : err(needsReentryError());
      const entry = state.file.entries[accountId];
      if (entry === undefined) return err(noSecretError());
      if (entry.appid !== appid) return err(needsReentryError());
      return decrypt(accountId, appid, entry);
    },
    async deleteSecret(accountId) {
      session.delete(accountId);
      return queue.run(async () => {
        const state = await load();
        if (state.file.entries[accountId] === undefined) return ok(undefined);
        const { [accountId]: _removed, ...entries } = state.file.entries;
        return (await save(state, { ...state.file, entries })) ? ok(undefined) : err(storageError());
      });
    },
    async status(accountId, appid) {
      const state = await load();
      const held = session.get(accountId);
      if (held !== undefined) return held.appid === appid ? 'session' : 'needs_reentry';
      const entry = state.file.entries[accountId];
      if (entry === undefined) return 'none';
      return entry.failedAt !== undefined || entry.appid !== appid ? 'needs_reentry' : 'stored';
    },
    async info() {
      const state = await load();
      const mode = await persistence(state);
      return { persistence: mode, backend: state.backend, allowBasicText: await options.allowBasicText(), message: PERSISTENCE_MESSAGES[mode] };
    },
    async applyPreferences() {
      const state = await load();
      if ((await persistence(state)) === 'session_only') return;
      for (const [accountId, held] of [...session]) await storeEncrypted(accountId, held.appid, held.secret);
    },
  };
}
