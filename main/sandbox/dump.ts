import type { CreateRejection, QrCodeRecord, ReviewEvent } from './account-state';
import type { SeedStore } from './accounts';
import type { CardStatus, SelfConsumeCell } from './card-store';
import type { FaultCounts } from './faults';
import type { ImageKind } from './media-store';
import { settleAll, type SandboxState, type TokenCallRecord } from './state';
import { buildPayDump, type MerchantDump } from './wechatpay/pay-dump';

/** One created card as the dump shows it. */
export interface CardDump {
  readonly cardId: string;
  readonly cardType: string;
  /** The card/create body exactly as received, and parsed. */
  readonly rawBody: string;
  readonly body: unknown;
  /** The card now (after updates). */
  readonly card: unknown;
  readonly status: CardStatus;
  /** Unix seconds. */
  readonly createTime: number;
  readonly updateTime: number;
  readonly quantity: number;
  readonly totalQuantity: number;
  readonly refuseReason: string | undefined;
  readonly payCell: boolean;
  readonly selfConsumeCell: SelfConsumeCell;
}

/** One account in the dump (no secret). */
export interface AccountDump {
  readonly appid: string;
  readonly prefix: string;
  readonly cards: readonly CardDump[];
  readonly rejections: readonly CreateRejection[];
  readonly reviewEvents: readonly ReviewEvent[];
  readonly testWhitelist: { readonly openid: readonly string[]; readonly username: readonly string[] };
  readonly qrcodes: readonly QrCodeRecord[];
  readonly stores: readonly SeedStore[];
  /** Calls counted today per API path. */
  readonly quotaUsedToday: Readonly<Record<string, number>>;
  readonly tokensIssued: { readonly classic: number; readonly stable: number };
}

/** The whole sandbox state, for tests. A deep copy: changing it changes nothing. */
export interface SandboxDump {
  /** Virtual ms. */
  readonly now: number;
  readonly accounts: Readonly<Record<string, AccountDump>>;
  readonly tokenCalls: readonly TokenCallRecord[];
  /** Requests per path (every path, including unknown ones; not the image files). */
  readonly endpointCounts: Readonly<Record<string, number>>;
  readonly faults: FaultCounts;
  readonly images: readonly { readonly url: string; readonly kind: ImageKind; readonly bytes: number; readonly appid: string; readonly uploadedAt: number }[];
  /** WeChat Pay merchants by mchid (stocks as received, codes, coupons, callbacks; never a key). */
  readonly merchants: Readonly<Record<string, MerchantDump>>;
}

/** Builds the dump after letting reviews catch up with the clock. */
export function buildDump(state: SandboxState): SandboxDump {
  settleAll(state);
  const accounts: Record<string, AccountDump> = {};
  for (const [appid, account] of state.accounts) {
    const quotaUsedToday: Record<string, number> = {};
    for (const path of state.quotas.pathsUsed(appid)) quotaUsedToday[path] = state.quotas.usage(appid, path).usedToday;
    accounts[appid] = {
      appid,
      prefix: account.config.prefix,
      cards: account.cards.list().map((c) => ({
        cardId: c.cardId,
        cardType: c.cardType,
        rawBody: c.rawBody,
        body: c.body,
        card: c.card,
        status: c.status,
        createTime: c.createTime,
        updateTime: c.updateTime,
        quantity: c.quantity,
        totalQuantity: c.totalQuantity,
        refuseReason: c.refuseReason,
        payCell: c.payCell,
        selfConsumeCell: c.selfConsumeCell,
      })),
      rejections: account.rejections,
      reviewEvents: account.reviewEvents,
      testWhitelist: account.testWhitelist,
      qrcodes: account.qrcodes,
      stores: account.config.stores,
      quotaUsedToday,
      tokensIssued: state.tokens.issuedCount(appid),
    };
  }
  return structuredClone({
    now: state.clock.now(),
    accounts,
    tokenCalls: state.tokenCalls,
    endpointCounts: Object.fromEntries(state.endpointCounts),
    faults: state.faults.snapshot(),
    images: state.media.all().map((i) => ({ url: i.url, kind: i.kind, bytes: i.data.length, appid: i.appid, uploadedAt: i.uploadedAt })),
    merchants: buildPayDump(state.pay, state.clock.now()),
  });
}
