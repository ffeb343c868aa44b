import { memberControl, type MemberControl } from './member-control';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { err, ok, type Result } from '../../common/result';
import { resolveAccount, type QuotaLimit, type SandboxAccountConfig } from './accounts';
import { makeOpenid } from './card-store';
import type { VirtualClock } from './clock';
import { buildDump, type SandboxDump } from './dump';
import type { FaultConfig, FaultOutcome } from './faults';
import { MMBIZ_HOST, parseImagePath } from './media-store';
import type { PayCellEvent } from '../../common/ipc/channels/sandbox';
import { payThroughPayCell } from './paycell-payment';
import { decideReview, type ReviewVerdict } from './review';
import { addAccount, settleAll, type SandboxState } from './state';
import { resolveMerchant, type SandboxMerchantConfig } from './wechatpay/merchants';
import { addMerchant } from './wechatpay/pay-setup';
import { keysOf } from './wechatpay/pay-state';
import { receiveCoupon, type ReceiptRequest } from './wechatpay/receipt';

/** Changes to an existing account (everything but the appid). */
export type SandboxAccountPatch = Partial<Omit<SandboxAccountConfig, 'appid'>>;

/** A running sandbox. */
export interface SandboxHandle extends MemberControl {
  /** `http://127.0.0.1:<port>`: use it in place of `https://api.weixin.qq.com`. */
  readonly baseUrl: string;
  readonly port: number;
  /** The virtual clock every rule runs on. */
  readonly clock: VirtualClock;
  /** Closes the server and every socket, hanging or held ones included. Idempotent. */
  stop(): Promise<void>;
  /** A deep copy of the state (cards as received, token calls, counts, faults). */
  dump(): SandboxDump;
  /** Adds an account (or replaces one with the same appid, dropping its cards). */
  addAccount(config: SandboxAccountConfig): void;
  /** Changes an account's settings (secret, flags, review policy, whitelist…), keeping its cards. */
  updateAccount(appid: string, patch: SandboxAccountPatch): Result<void, string>;
  /** Decides a card in review by hand (for `review: {mode: 'manual'}` or to cut a wait short). */
  review(appid: string, cardId: string, verdict: ReviewVerdict): Result<void, string>;
  /** Sets or (with undefined) removes one path's faults; '*' applies to paths without their own. */
  setFaults(path: string, config: FaultConfig | undefined): void;
  /** Appends outcomes to a path's fault script, consumed one per call. */
  scriptFaults(path: string, outcomes: readonly FaultOutcome[]): void;
  /** Removes every fault configuration (the counts stay in the dump). */
  clearFaults(): void;
  /** Sets or removes a sandbox-wide limit for one path. */
  setQuota(path: string, limit: QuotaLimit | undefined): void;
  /** Simulates another machine calling cgi-bin/token: the current classic token enters its grace period. */
  rotateTokenExternally(appid: string): Result<string, string>;
  /** An encrypt_code that card/code/decrypt turns back into `code` for this account (§1.15). */
  mintEncryptCode(appid: string, code: string): Result<string, string>;
  /** A WeChat Pay payment of `originalFee` 分 through a card's open pay cell: the `user_pay_from_pay_cell` event (paycell-payment.ts). */
  payWithPayCell(appid: string, cardId: string, originalFee: number): Result<PayCellEvent, string>;
  /** The pay-cell events of one card, oldest first. */
  payCellEvents(appid: string, cardId: string): Result<PayCellEvent[], string>;
  /** An openid of this account (`o` + the account prefix, §4.7), e.g. for the test whitelist. */
  makeOpenid(appid: string): Result<string, string>;
  /** The sandbox URL serving an uploaded `http://mmbiz.qpic.cn/...` image, if it was uploaded here. */
  localImageUrl(mmbizUrl: string): string | undefined;
  /** Presents this IP (or, with undefined, the real one) to whitelist checks. */
  setPresentedClientIp(ip: string | undefined): void;
  /** Adds a WeChat Pay merchant (or replaces one with the same mchid, dropping its stocks). */
  addMerchant(config: SandboxMerchantConfig): void;
  /** Changes a merchant's keys, mode or policies, keeping its stocks. */
  updateMerchant(mchid: string, patch: Partial<Omit<SandboxMerchantConfig, 'mchid'>>): Result<void, string>;
  /** A simulated user receives a coupon of a RUNNING stock (支付有礼 / mini program); emits COUPON.SEND. */
  receiveCoupon(mchid: string, request: ReceiptRequest): Result<{ couponCode: string; openid: string }, string>;
}

/** The patchable view of a resolved merchant. */
type MerchantPatch = Partial<Omit<SandboxMerchantConfig, 'mchid'>>;

/** Wires a handle to a listening server. */
export function createHandle(state: SandboxState, server: Server, sockets: Set<Socket>, port: number): SandboxHandle {
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopping: Promise<void> | undefined;
  const account = (appid: string) => state.accounts.get(appid);
  return {
    ...memberControl(account, () => state.clock.now()),
    baseUrl,
    port,
    clock: state.clock,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        state.timers.stopAll();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
      });
      return stopping;
    },
    dump: () => buildDump(state),
    addAccount(config) {
      addAccount(state, config);
    },
    updateAccount(appid, patch) {
      const existing = account(appid);
      if (!existing) return err(`unknown appid ${appid}`);
      const current = existing.config;
      existing.config = resolveAccount({ ...current, ...patch, appid }, state.defaultReview);
      return ok(undefined);
    },
    review(appid, cardId, verdict) {
      const target = account(appid);
      if (!target) return err(`unknown appid ${appid}`);
      settleAll(state);
      const outcome = decideReview(target, cardId, verdict, state.clock.now());
      return outcome.ok ? ok(undefined) : err(outcome.reason);
    },
    setFaults: (path, config) => state.faults.set(path, config),
    scriptFaults: (path, outcomes) => state.faults.script(path, outcomes),
    clearFaults: () => state.faults.clear(),
    setQuota: (path, limit) => state.quotas.setLimit(path, limit),
    rotateTokenExternally(appid) {
      const target = account(appid);
      if (!target) return err(`unknown appid ${appid}`);
      const quota = state.quotas.consume(appid, '/cgi-bin/token', target.config.quotas);
      const now = state.clock.now();
      const base = { at: now, endpoint: '/cgi-bin/token', appid, forceRefresh: false, forceIgnored: false, external: true } as const;
      if (quota !== 0) {
        state.tokenCalls.push({ ...base, errcode: quota, issued: false });
        return err(`cgi-bin/token refused with ${quota}`);
      }
      state.tokenCalls.push({ ...base, errcode: 0, issued: true });
      return ok(state.tokens.issueClassic(appid).access_token);
    },
    mintEncryptCode(appid, code) {
      if (!account(appid)) return err(`unknown appid ${appid}`);
      let encrypted: string;
      do encrypted = randomBytes(48).toString('base64');
      while (state.encryptCodes.has(encrypted));
      state.encryptCodes.set(encrypted, { appid, code });
      return ok(encrypted);
    },
    makeOpenid(appid) {
      const target = account(appid);
      return target ? ok(makeOpenid(target.config.prefix)) : err(`unknown appid ${appid}`);
    },
    payWithPayCell(appid, cardId, originalFee) {
      const target = account(appid);
      return target ? payThroughPayCell(target, cardId, originalFee, state.clock.now()) : err(`unknown appid ${appid}`);
    },
    payCellEvents(appid, cardId) {
      const target = account(appid);
      return target ? ok(target.payCellEvents.filter((e) => e.CardId === cardId).map((e) => ({ ...e }))) : err(`unknown appid ${appid}`);
    },
    localImageUrl(mmbizUrl) {
      let url: URL;
      try {
        url = new URL(mmbizUrl);
      } catch {
        return undefined;
      }
      const ref = url.hostname === MMBIZ_HOST ? parseImagePath(url.pathname) : undefined;
      return ref && state.media.find(ref.kind, ref.id) ? `${baseUrl}${url.pathname}` : undefined;
    },
    setPresentedClientIp(ip) {
      state.presentedClientIp = ip;
    },
    addMerchant(config) {
      addMerchant(state.pay, config, state.clock.now());
    },
    updateMerchant(mchid, patch: MerchantPatch) {
      const merchant = state.pay.merchants.get(mchid);
      if (!merchant) return err(`unknown mchid ${mchid}`);
      merchant.config = resolveMerchant({ ...merchant.config, ...patch, mchid }, state.clock.now());
      Object.assign(merchant, keysOf(merchant.config));
      return ok(undefined);
    },
    receiveCoupon(mchid, request) {
      const merchant = state.pay.merchants.get(mchid);
      return merchant ? receiveCoupon(merchant, request, state.clock.now()) : err(`unknown mchid ${mchid}`);
    },
  };
}
