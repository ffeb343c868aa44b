import { isStockType } from '../../common/busifavor/record-kind';
import type { Draft } from '../../common/drafts/draft';
import type { CellRecord, HistoryRecord } from '../../common/ipc/channels/history';
import { err, ok } from '../../common/result';
import { errorsOf, normalizeCardBody, validateCoupon } from '../../common/validate';
import { applyCell, type CellClient } from '../history/cells';
import { historyErrorOf, localError } from '../history/errors';
import { NO_CELL } from '../history/record';
import type { ImageUploader } from '../images/resolve-refs';
import type { JsonObject, WeixinFailure } from '../wechat';
import type { BatchBackEnd, Prepared, SendOutcome } from './back-end';
import { ensureBaseline } from './baseline';
import type { EngineContext, RunScope } from './engine-context';
import { fingerprintOfBody, legacyFingerprintOfBody } from './fingerprint';
import { linkExisting, lookUpExisting } from './link-found';
import { withMinuteQuota } from './minute-quota';
import { preflight } from './preflight';
import { reconcilePass } from './reconcile-pass';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Errcodes that refuse every create (and image upload) of the account, not this draft: stop the run, keep the rest. */
const ACCOUNT_WIDE: ReadonlySet<number> = new Set([48001, 48004, 40164, 45009]);

/** Title and type of a draft's card, for the record and the progress events. */
function describeCard(card: unknown): { title: string | null; cardType: string | null } {
  const inner = isObj(card) && isObj(card.card) ? card.card : undefined;
  const cardType = typeof inner?.card_type === 'string' ? inner.card_type : null;
  const node = cardType && inner ? inner[cardType.toLowerCase()] : undefined;
  const title = isObj(node) && isObj(node.base_info) && typeof node.base_info.title === 'string' ? node.base_info.title : null;
  return { title, cardType };
}

/** A failure Weixin certainly did not act on: resending later is safe without reconcile. */
function notExecuted(failure: WeixinFailure): boolean {
  if (failure.kind === 'weixin') return failure.errcode !== -1;
  if (failure.kind === 'config') return true;
  if (failure.kind === 'network' || failure.kind === 'cancelled') return !failure.requestSent;
  return false;
}

/** 45009 and account-wide codes stop the run; a cancel that never left is `cancelled`; else the draft fails. */
function refusalEffect(failure: WeixinFailure): 'draft' | 'account' | 'quota' | 'cancelled' {
  if (failure.kind === 'cancelled') return 'cancelled';
  if (failure.kind === 'weixin' && failure.errcode === 45009) return 'quota';
  if (failure.kind === 'config' || (failure.kind === 'weixin' && ACCOUNT_WIDE.has(failure.errcode))) return 'account';
  return 'draft';
}

/** The minute-quota handling every Weixin call of a run shares (§6: 45011 halves the lane). */
function minuteContext(ctx: EngineContext, scope: RunScope, withSignal = true) {
  return {
    clock: ctx.clock,
    sleep: ctx.sleep,
    random: ctx.random,
    maxWaits: ctx.maxMinuteWaits,
    ...(withSignal ? { signal: scope.signal } : {}),
    onMinuteQuota: () => {
      ctx.counters.minuteQuota++;
      scope.lane.slowDown();
    },
  };
}

/**
 * Validate (draft mode, then submit mode once images are uploaded, with the draft's paycell /
 * self-redemption intent) → upload its images (once per account and image) → the normalized
 * card/create body and its fingerprints.
 */
async function prepareCard(ctx: EngineContext, scope: RunScope, draft: Draft, uploading: () => void): Promise<Prepared> {
  const { account } = scope;
  const intent = { paycell: draft.after.paycell, selfConsume: draft.after.selfConsume };
  const draftFindings = validateCoupon(draft.card, { nowMs: ctx.clock.now(), intent, mode: 'draft' });
  if (errorsOf(draftFindings).length > 0) return { kind: 'invalid', findings: draftFindings };

  uploading();
  let uploadFailure: WeixinFailure | undefined;
  const uploader: ImageUploader = {
    async uploadImage(bytes, filename, contentType) {
      const sent = await withMinuteQuota(() => account.client.uploadImage({ bytes, filename, contentType }, { signal: scope.signal }), minuteContext(ctx, scope));
      if (sent.ok) return ok({ url: sent.value.url });
      uploadFailure = sent.error;
      return err({ message: sent.error.message });
    },
  };
  const resolved = await ctx.images.resolveImageRefs(draft.card, account.accountId, uploader);
  if (!resolved.ok) {
    const error = uploadFailure ? historyErrorOf(uploadFailure, ctx.clock.now()) : localError(resolved.error.code, resolved.error.message, ctx.clock.now());
    if (scope.signal.aborted) return { kind: 'cancelled' };
    if (uploadFailure && (uploadFailure.kind === 'config' || (uploadFailure.kind === 'weixin' && ACCOUNT_WIDE.has(uploadFailure.errcode)))) {
      return { kind: 'stop', error, quota: uploadFailure.kind === 'weixin' && uploadFailure.errcode === 45009 };
    }
    return { kind: 'failed', error };
  }
  const body = normalizeCardBody(resolved.value.body) as JsonObject;
  const submitFindings = validateCoupon(body, { nowMs: ctx.clock.now(), intent, mode: 'submit' });
  if (errorsOf(submitFindings).length > 0) return { kind: 'invalid', findings: submitFindings };
  const fingerprint = fingerprintOfBody(body);
  if (fingerprint === undefined) return { kind: 'invalid', findings: submitFindings };
  const legacyFingerprint = legacyFingerprintOfBody(body);
  return { kind: 'create', body, fingerprint, ...(legacyFingerprint ? { legacyFingerprint } : {}) };
}

/** Paycell, then self-redemption, as the draft asked (after creation: §1.10, §1.11). */
async function switchCells(ctx: EngineContext, scope: RunScope, recordId: string, draft: Draft): Promise<void> {
  const record = ctx.history.get(recordId);
  if (!record || (!draft.after.paycell && !draft.after.selfConsume)) return;
  scope.emit({ draftId: draft.id, recordId, title: record.title, phase: 'cells', state: record.state, cardId: record.cardId, attempts: record.attempts, errcode: null, message: null });
  const client = scope.account.client;
  const quota = minuteContext(ctx, scope, false);
  const cells: CellClient = {
    setPaycell: (cardId, open, options) => withMinuteQuota(() => client.setPaycell(cardId, open, options), quota),
    setSelfConsumeCell: (cardId, cell, options) => withMinuteQuota(() => client.setSelfConsumeCell(cardId, cell, options), quota),
  };
  // The card exists: finish what was asked even if the run is being cancelled (no signal here).
  if (draft.after.paycell && record.paycell.state !== 'set') await applyCell(ctx.history, cells, recordId, 'paycell', true, {}, { clock: ctx.clock });
  if (draft.after.selfConsume && record.selfConsume.state !== 'set') {
    await applyCell(ctx.history, cells, recordId, 'selfConsume', true, { needVerifyCode: draft.after.needVerifyCode, needRemarkAmount: draft.after.needRemarkAmount }, { clock: ctx.clock });
  }
}

/** The paycell / self-redemption wish of a draft as its record keeps it (a switch already set stays set). */
function wanted(draft: Draft, existing: HistoryRecord | undefined, kind: 'paycell' | 'selfConsume', asked: boolean): CellRecord {
  const current = existing?.[kind] ?? NO_CELL;
  if (current.state === 'set' || !asked) return current;
  return { ...NO_CELL, state: 'wanted', needVerifyCode: kind === 'selfConsume' && draft.after.needVerifyCode, needRemarkAmount: kind === 'selfConsume' && draft.after.needRemarkAmount };
}

/**
 * Weixin card/create (wechat-card-api.md §1): no idempotency key, so an unknown outcome is settled
 * by listing the account's cards (card/batchget, card/get) and matching fingerprints; an identical
 * card already on the account is linked instead of sent.
 */
export const cardBackEnd: BatchBackEnd = {
  owns: (record) => !isStockType(record.cardType),
  describe(draft, existing) {
    return {
      ...describeCard(draft.card),
      paycell: wanted(draft, existing, 'paycell', draft.after.paycell),
      selfConsume: wanted(draft, existing, 'selfConsume', draft.after.selfConsume),
    };
  },
  prepare: prepareCard,
  async send(ctx, scope, request): Promise<SendOutcome> {
    const result = await withMinuteQuota(() => scope.account.client.createCard(request.body, { signal: scope.signal }), minuteContext(ctx, scope));
    if (result.ok) return { kind: 'created', remoteId: result.value.cardId };
    const failure = result.error;
    const error = historyErrorOf(failure, ctx.clock.now());
    if (notExecuted(failure)) return { kind: 'refused', error, effect: refusalEffect(failure) };
    return { kind: 'ambiguous', error, message: failure.message, cancelled: failure.kind === 'outcome_unknown' && failure.cause.kind === 'cancelled' };
  },
  reconcile: reconcilePass,
  prepareAccount: (ctx, account, found) => ensureBaseline(ctx, account, found?.cardIds),
  createdFields: (_cardId, now) => ({ reviewStatus: 'CARD_STATUS_NOT_VERIFY', reviewStatusAt: now }),
  existing: {
    lookUp: lookUpExisting,
    link: linkExisting,
    preflight: (ctx, account, drafts, taken) => preflight(ctx, ctx.images, account, drafts, taken),
  },
  afterCreate: switchCells,
};
