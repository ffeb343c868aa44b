import { err, ok, type Result } from '../../common/result';
import type { AccountStore, FailedConnectionReport } from '../../common/ipc/channels/accounts';
import type { AccountError } from './account-errors';
import type { AccountService } from './account-service';
import { collectPoiList } from './poi-pages';
import { failureReport, secretReport, type PoiEntry, type ProbeFactory } from './test-connection';

/** The stores of an account, in the order getpoilist lists them. */
export interface AccountStores {
  readonly stores: AccountStore[];
  readonly total: number;
}

/** Why the stores could not be listed: the account itself, or a step explained like test connection. */
export type StoresFailure = { readonly kind: 'account'; readonly error: AccountError } | { readonly kind: 'report'; readonly report: FailedConnectionReport };

/** A getpoilist entry as the renderer gets it; only 审核通过 stores with a poi_id are usable (§1.16). */
export function toAccountStore(entry: PoiEntry): AccountStore {
  const poiId = entry.poiId ?? '';
  return {
    sid: entry.sid ?? '',
    poiId,
    businessName: entry.businessName ?? '',
    branchName: entry.branchName ?? '',
    address: entry.address ?? '',
    availableState: entry.availableState,
    usable: entry.availableState === 3 && /^[1-9]\d*$/.test(poiId),
  };
}

/**
 * Lists every store of the account (the store picker's source): getpoilist through the client
 * "test connection" uses (the hosts' weixinProbeFactory), 50 per page, no forced token refresh.
 * Each listing builds a fresh client, so a classic-mode account fetches a new cgi-bin/token and
 * the merchant's other systems lose theirs 5 minutes later (wechat-card-api.md §3): the renderer
 * keeps the list for the session and lists again only when asked.
 */
export async function listAccountStores(accounts: AccountService, accountId: string, openProbe: ProbeFactory): Promise<Result<AccountStores, StoresFailure>> {
  const credentials = await accounts.credentials(accountId);
  if (!credentials.ok) {
    if (credentials.error.code === 'account_not_found') return err({ kind: 'account', error: credentials.error });
    return err({ kind: 'report', report: secretReport(credentials.error.message) });
  }
  const listed = await collectPoiList(openProbe(credentials.value));
  if (!listed.ok) return err({ kind: 'report', report: failureReport('stores', listed.error) });
  return ok({ stores: listed.value.stores.map(toAccountStore), total: listed.value.total });
}
