import { localized } from '../../common/i18n';
import { CONCURRENCY_LIMITS } from '../../common/ipc/channels/accounts';
import { DEMO_ACCOUNT } from '../sandbox';
import type { AccountRecord } from './account-record';

/** The built-in demo account's id: fixed, so drafts made for it survive restarts. */
export const SANDBOX_ACCOUNT_ID = '00000000-0000-4000-8000-00000000d001';

/** Its display name; `name` holds the zh-CN one, `displayName` both. */
export const SANDBOX_ACCOUNT_NAME = localized('示例商户（沙箱）', 'Demo merchant (sandbox)');

/**
 * The account every install has: the embedded sandbox's DEMO_ACCOUNT, so a new user can try every
 * flow without credentials. Its secret is the sandbox's published demo secret, supplied by code.
 */
export function sandboxAccountRecord(): AccountRecord {
  return {
    id: SANDBOX_ACCOUNT_ID,
    name: SANDBOX_ACCOUNT_NAME['zh-CN'],
    appid: DEMO_ACCOUNT.appid,
    environment: 'sandbox',
    tokenMode: 'stable',
    settings: { concurrency: CONCURRENCY_LIMITS.default, proxy: null },
    createdAt: 0,
  };
}

/** The demo secret; only ever used against the embedded sandbox. */
export const SANDBOX_DEMO_SECRET: string = DEMO_ACCOUNT.secret;
