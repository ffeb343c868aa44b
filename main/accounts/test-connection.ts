import { systemClock, type Clock } from '../../common/clock';
import { describeWeixinError } from '../../common/errors/describe';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { ConnectionReport, FailedConnectionReport } from '../../common/ipc/channels/accounts';
import { redactText } from '../log/redact';
import type { AccountError } from './account-errors';
import type { AccountCredentials, AccountService } from './account-service';
import { collectPoiList } from './poi-pages';

/**
 * A failed call as the Weixin client reports it (main/wechat's WeixinFailure fits: every kind has
 * `message`/`fix`; errcode kinds add `errcode`/`errmsg`). Never holds the secret or the token.
 */
export interface ProbeFailure {
  readonly kind: string;
  readonly message: Localized;
  readonly fix: Localized;
  readonly endpoint?: string;
  readonly errcode?: number;
  readonly errmsg?: string;
}

/**
 * One store of a getpoilist page. Only the review state is needed to count usable stores; the
 * app's client (main/wechat PoiStore) also gives the names the store picker shows.
 */
export interface PoiEntry {
  /** 3 = 审核通过, the only state usable in location_id_list. */
  readonly availableState: number;
  readonly sid?: string;
  readonly poiId?: string;
  readonly businessName?: string;
  readonly branchName?: string;
  readonly address?: string;
}

/** One page of `cgi-bin/poi/getpoilist` (§1.16). */
export interface PoiPage {
  readonly total: number;
  readonly stores: readonly PoiEntry[];
}

/** The calls "test connection" makes, bound to one account's credentials. */
export interface ConnectionProbe {
  /** A token by the account's token mode (stable_token by default). */
  fetchToken(): Promise<Result<{ expiresIn: number }, ProbeFailure>>;
  getPoiList(page: { begin: number; limit: number }): Promise<Result<PoiPage, ProbeFailure>>;
  /** A cheap card-API read (card/batchget, count 1): 48001 here means 卡券功能 is not enabled. */
  checkCardApi(): Promise<Result<unknown, ProbeFailure>>;
}

/** Builds a probe for an account (the host picks api.weixin.qq.com or the sandbox by `environment`). */
export type ProbeFactory = (credentials: AccountCredentials) => ConnectionProbe;

const NETWORK_KINDS = new Set(['network', 'timeout', 'http']);

type Stage = 'token' | 'stores' | 'card_api';

/** A failed step as a report: errcodes explained by the catalog (describeWeixinError), never re-worded here. */
export function failureReport(stage: Stage, failure: ProbeFailure): FailedConnectionReport {
  if (failure.errcode !== undefined) {
    const described = describeWeixinError({
      errcode: failure.errcode,
      ...(failure.errmsg === undefined ? {} : { errmsg: failure.errmsg }),
      ...(failure.endpoint === undefined ? {} : { endpoint: failure.endpoint }),
    });
    return {
      status: 'failed',
      stage,
      errcode: failure.errcode,
      errmsg: redactText(described.errmsg),
      ...(described.rid === undefined ? {} : { rid: described.rid }),
      meaning: described.meaning,
      fix: described.fix,
      ...(described.whitelistIp === undefined ? {} : { whitelistIp: { ...described.whitelistIp } }),
    };
  }
  return { status: 'failed', stage: NETWORK_KINDS.has(failure.kind) ? 'network' : stage, errcode: null, meaning: failure.message, fix: failure.fix };
}

/** No secret to use (none saved, or unreadable): a report at the 'secret' stage. */
export function secretReport(meaning: Localized): FailedConnectionReport {
  return {
    status: 'failed',
    stage: 'secret',
    errcode: null,
    meaning,
    fix: localized('在账号设置中输入 AppSecret 后再测试连接。', 'Enter the AppSecret in the account settings, then test the connection again.'),
  };
}

/**
 * "Test connection" (product-landscape.md §2.2, §4 item 1): token → stores → card API. 40164
 * comes back with the IP to whitelist, 40125 as a wrong secret, 48001 as a missing permission —
 * all from the errcode catalog. Success records lastVerifiedAt.
 */
export async function testConnection(
  accounts: AccountService,
  accountId: string,
  openProbe: ProbeFactory,
  clock: Clock = systemClock,
): Promise<Result<ConnectionReport, AccountError>> {
  const credentials = await accounts.credentials(accountId);
  if (!credentials.ok) {
    if (credentials.error.code === 'account_not_found') return err(credentials.error);
    return ok(secretReport(credentials.error.message));
  }
  const probe = openProbe(credentials.value);
  const token = await probe.fetchToken();
  if (!token.ok) return ok(failureReport('token', token.error));

  const listed = await collectPoiList(probe);
  if (!listed.ok) return ok(failureReport('stores', listed.error));
  const total = listed.value.total;
  const usable = listed.value.stores.filter((store) => store.availableState === 3).length;

  const card = await probe.checkCardApi();
  if (!card.ok) return ok(failureReport('card_api', card.error));

  const verifiedAt = clock.now();
  const marked = await accounts.markVerified(accountId, verifiedAt);
  if (!marked.ok) return err(marked.error);
  return ok({ status: 'connected', verifiedAt, tokenExpiresIn: Math.round(token.value.expiresIn), stores: { total, usable } });
}
