import type { Draft } from '../../common/drafts/draft';
import type { CellRecord, HistoryFinding } from '../../common/ipc/channels/history';
import { localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import { errorsOf, normalizeCardBody, validateCoupon, type Finding } from '../../common/validate';
import { applyCell, type CellClient } from '../history/cells';
import { historyErrorOf, localError } from '../history/errors';
import { NO_CELL, type RecordPatch } from '../history/record';
import type { ImageUploader } from '../images/resolve-refs';
import type { JsonObject, WeixinFailure } from '../wechat';
import { createUnderProtocol, transition } from './create-op';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import { fingerprintOfBody, legacyFingerprintOfBody } from './fingerprint';
import { opIdOf } from './ids';
import { withMinuteQuota } from './minute-quota';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Title and type of a draft's card, for the record and the progress events. */
function describeCard(card: unknown): { title: string | null; cardType: string | null } {
  const inner = isObj(card) && isObj(card.card) ? card.card : undefined;
  const cardType = typeof inner?.card_type === 'string' ? inner.card_type : null;
  const node = cardType && inner ? inner[cardType.toLowerCase()] : undefined;
  const title = isObj(node) && isObj(node.base_info) && typeof node.base_info.title === 'string' ? node.base_info.title : null;
  return { title, cardType };
}

/** Errors only, capped: the history keeps what to fix, the validator has the rest. */
function keepFindings(findings: readonly Finding[]): HistoryFinding[] {
  return errorsOf(findings)
    .slice(0, 50)
    .map((f) => ({ path: f.path, code: f.code, errcode: f.errcode ?? null, message: f.message }));
}

/** Upload failures that stop the whole run rather than fail one draft. */
function accountWide(failure: WeixinFailure | undefined): boolean {
  if (!failure) return false;
  return failure.kind === 'config' || (failure.kind === 'weixin' && [45009, 48001, 48004, 40164].includes(failure.errcode));
}

/**
 * One draft, start to end: validate (draft mode, then submit mode once images are uploaded, with
 * the draft's paycell/self-redemption intent) → upload its images (once per account and image) →
 * card/create under the write-ahead protocol → paycell / self-redemption if asked. A cell failure
 * leaves the card created and recorded, with the cell's errcode.
 */
export async function processDraft(ctx: EngineContext, scope: RunScope, draft: Draft): Promise<DraftOutcome> {
  const { history } = ctx;
  const { account, batch } = scope;
  const recordId = opIdOf(account.accountId, batch.id, draft.id);
  const { title, cardType } = describeCard(draft.card);
  const emit = (phase: 'validating' | 'uploading' | 'cells' | 'done') => {
    const record = history.get(recordId);
    scope.emit({
      draftId: draft.id,
      recordId,
      title,
      phase,
      state: record?.state ?? null,
      cardId: record?.cardId ?? null,
      attempts: record?.attempts ?? 0,
      errcode: phase === 'done' ? (record?.error?.errcode ?? null) : null,
      message: phase === 'done' ? (record?.error?.message ?? null) : null,
    });
  };
  const existing = history.get(recordId);
  if (existing?.state === 'created') {
    emit('done');
    return 'alreadyCreated';
  }
  const wanted = (kind: 'paycell' | 'selfConsume', asked: boolean): CellRecord => {
    const current = existing?.[kind] ?? NO_CELL;
    if (current.state === 'set' || !asked) return current;
    return { ...NO_CELL, state: 'wanted', needVerifyCode: kind === 'selfConsume' && draft.after.needVerifyCode, needRemarkAmount: kind === 'selfConsume' && draft.after.needRemarkAmount };
  };
  const base: RecordPatch = {
    kind: 'op',
    accountId: account.accountId,
    accountName: account.accountName,
    appid: account.appid,
    batchId: batch.id,
    batchName: batch.name,
    draftId: draft.id,
    runId: scope.runId,
    title,
    cardType,
    paycell: wanted('paycell', draft.after.paycell),
    selfConsume: wanted('selfConsume', draft.after.selfConsume),
    findings: [],
  };
  const finishWith = async (outcome: DraftOutcome): Promise<DraftOutcome> => {
    emit('done');
    return outcome;
  };

  emit('validating');
  const intent = { paycell: draft.after.paycell, selfConsume: draft.after.selfConsume };
  const invalid = async (findings: readonly Finding[]) => {
    const errors = errorsOf(findings);
    const first = errors[0];
    const message = localized(
      `草稿有 ${errors.length} 处错误，未发送。第一处：${first?.message['zh-CN'] ?? ''}`,
      `The draft has ${errors.length} error(s) and was not sent. First: ${first?.message.en ?? ''}`,
    );
    const written = await transition(ctx, recordId, 'invalid', { ...base, state: 'invalid', findings: keepFindings(findings), error: localError('validation', message, ctx.clock.now(), first?.errcode ?? null) });
    return finishWith(written.kind === 'adopted' ? 'created' : 'invalid');
  };
  const draftFindings = validateCoupon(draft.card, { nowMs: ctx.clock.now(), intent, mode: 'draft' });
  if (errorsOf(draftFindings).length > 0) return invalid(draftFindings);

  emit('uploading');
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
    if (scope.signal.aborted) return finishWith('cancelled');
    if (accountWide(uploadFailure)) {
      await transition(ctx, recordId, 'stopped', { ...base, state: 'queued', error });
      if (uploadFailure?.kind === 'weixin' && uploadFailure.errcode === 45009) scope.stopForQuota(error);
      else scope.stopForAccount(error);
      return finishWith('queued');
    }
    const written = await transition(ctx, recordId, 'upload-failed', { ...base, state: 'failed', error });
    return finishWith(written.kind === 'adopted' ? 'created' : 'failed');
  }
  const body = normalizeCardBody(resolved.value.body) as JsonObject;
  const submitFindings = validateCoupon(body, { nowMs: ctx.clock.now(), intent, mode: 'submit' });
  if (errorsOf(submitFindings).length > 0) return invalid(submitFindings);
  const fingerprint = fingerprintOfBody(body);
  if (fingerprint === undefined) return invalid(submitFindings);

  const legacyFingerprint = legacyFingerprintOfBody(body);
  const outcome = await createUnderProtocol(ctx, scope, { recordId, base, body, fingerprint, ...(legacyFingerprint ? { legacyFingerprint } : {}) });
  if (outcome === 'created' || outcome === 'found') await switchCells(ctx, scope, recordId, draft);
  return finishWith(outcome);
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
