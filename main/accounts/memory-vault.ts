import { err, ok } from '../../common/result';
import { needsReentryError, noSecretError, PERSISTENCE_MESSAGES, type SecretVault } from './vault';

/** A vault that keeps secrets in memory, bound to account id + AppID (tests, web harness). */
export function createMemoryVault(): SecretVault {
  const entries = new Map<string, { appid: string; secret: string }>();
  return {
    async setSecret(accountId, appid, secret) {
      entries.set(accountId, { appid, secret });
      return ok('session');
    },
    async getSecret(accountId, appid) {
      const entry = entries.get(accountId);
      if (entry === undefined) return err(noSecretError());
      return entry.appid === appid ? ok(entry.secret) : err(needsReentryError());
    },
    async deleteSecret(accountId) {
      entries.delete(accountId);
      return ok(undefined);
    },
    async status(accountId, appid) {
      const entry = entries.get(accountId);
      if (entry === undefined) return 'none';
      return entry.appid === appid ? 'session' : 'needs_reentry';
    },
    async info() {
      return { persistence: 'memory', backend: 'memory', allowBasicText: false, message: PERSISTENCE_MESSAGES.memory };
    },
    async applyPreferences() {},
  };
}
