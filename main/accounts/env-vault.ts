import { localized, type Localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import { needsReentryError, noSecretError, PERSISTENCE_MESSAGES, type SecretVault } from './vault';

/** The variable holding one account's secret: `COUPON_STUDIO_SECRET_WX8D3F5A7C1E9B2046`. */
export function secretEnvName(appid: string): string {
  return `COUPON_STUDIO_SECRET_${appid.toUpperCase()}`;
}

/** The variable used for any account without its own. */
export const GENERIC_SECRET_ENV = 'COUPON_STUDIO_SECRET';

/** Asks for a secret without echoing it; undefined when no one can answer (not a terminal, cancelled). */
export type SecretPrompt = (question: Localized, appid: string) => Promise<string | undefined>;

/** Options of {@link createEnvironmentVault}. */
export interface EnvironmentVaultOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Hidden terminal prompt (main/accounts/hidden-prompt.ts); omitted in scripts. */
  readonly prompt?: SecretPrompt;
}

const nonEmpty = (value: string | undefined): string | undefined => (value !== undefined && value.trim() !== '' ? value.trim() : undefined);

/**
 * The CLI's vault: the secret comes from `COUPON_STUDIO_SECRET_<APPID>`, then `COUPON_STUDIO_SECRET`,
 * then a hidden prompt, and is kept in memory for this run only. It never writes anything.
 */
export function createEnvironmentVault(options: EnvironmentVaultOptions): SecretVault {
  const session = new Map<string, { appid: string; secret: string }>();
  const fromEnv = (appid: string): string | undefined =>
    nonEmpty(options.env[secretEnvName(appid)]) ?? nonEmpty(options.env[`COUPON_STUDIO_SECRET_${appid}`]) ?? nonEmpty(options.env[GENERIC_SECRET_ENV]);
  return {
    async setSecret(accountId, appid, secret) {
      session.set(accountId, { appid, secret });
      return ok('session');
    },
    async getSecret(accountId, appid) {
      const held = session.get(accountId);
      if (held !== undefined) return held.appid === appid ? ok(held.secret) : err(needsReentryError());
      const found = fromEnv(appid) ?? nonEmpty(await options.prompt?.(promptText(appid), appid));
      if (found === undefined) return err(noSecretError());
      session.set(accountId, { appid, secret: found });
      return ok(found);
    },
    async deleteSecret(accountId) {
      session.delete(accountId);
      return ok(undefined);
    },
    async status(accountId, appid) {
      const held = session.get(accountId);
      if (held !== undefined) return held.appid === appid ? 'session' : 'needs_reentry';
      return fromEnv(appid) !== undefined ? 'session' : 'none';
    },
    async info() {
      return { persistence: 'environment', backend: 'environment', allowBasicText: false, message: PERSISTENCE_MESSAGES.environment };
    },
    async applyPreferences() {},
  };
}

function promptText(appid: string): Localized {
  return localized(`请输入 ${appid} 的 AppSecret（输入内容不会显示）：`, `AppSecret for ${appid} (input is hidden): `);
}
