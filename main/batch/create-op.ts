import type { HistoryError } from '../../common/ipc/channels/history';
import { localized } from '../../common/i18n';
import { historyErrorOf, localError } from '../history/errors';
import type { RecordPatch } from '../history/record';
import type { JsonObject, WeixinFailure } from '../wechat';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import { orphanIdOf } from './ids';
import { linkExisting } from './link-found';
import { withMinuteQuota } from './minute-quota';

/** Errcodes that refuse every create of the account, not this draft: stop the run, keep the rest. */
const ACCOUNT_WIDE: ReadonlySet<number> = new Set([48001, 48004, 40164, 45009]);

/** One create to run under the protocol. */
export interface CreateRequest {
  readonly recordId: string;
  /** Account, batch, draft, title… written with `pending`. */
  readonly base: RecordPatch;
  readonly body: JsonObject;
  readonly fingerprint: string;
  /** The version-1 fingerprint of the same body: records journaled before v2 carry it. */
  readonly legacyFingerprint?: string;
}

/** A failure Weixin certainly did not act on: resending later is safe without reconcile. */
function notExecuted(failure: WeixinFailure): boolean {
  if (failure.kind === 'weixin') return failure.errcode !== -1;
  if (failure.kind === 'config') return true;
  if (failure.kind === 'network' || failure.kind === 'cancelled') return !failure.requestSent;
  return false;
}

/**
 * card/create under the write-ahead protocol (security-reliability.md §4.3):
 * `pending` fsync'd → `unknown` (attempts+1) fsync'd → send, never resent by the transport →
 * `created` with the card_id; a definite refusal → `failed`/`queued`; an ambiguous outcome
 * (timeout, reset, 5xx, -1, cancel after sending) → wait, reconcile, and only when the card is
 * confirmed absent send again (at most `maxAttempts` per run). Identical drafts of an account
 * hold one lock, so only one create per (appid, fingerprint) is ever in flight.
 */
export async function createUnderProtocol(ctx: EngineContext, scope: RunScope, request: CreateRequest): Promise<DraftOutcome> {
  const { history } = ctx;
  const { appid } = scope.account;
  const { recordId, fingerprint } = request;
  const releaseFingerprint = await ctx.fingerprintLocks.lock(`${appid}\u0000${fingerprint}`);
  try {
    if (!(await othersSettled(ctx, scope, recordId, [fingerprint, ...(request.legacyFingerprint ? [request.legacyFingerprint] : [])]))) {
      const blocked = await transition(ctx, recordId, 'blocked', { ...request.base, state: 'queued', fingerprint, error: blockedError(ctx) });
      return blocked.kind === 'adopted' ? 'created' : 'queued';
    }
    if (history.get(recordId)?.state !== 'created') {
      const linked = await linkExisting(ctx, scope, request);
      if (linked) return linked;
    }
    for (let attempt = 1; ; attempt++) {
      const record = history.get(recordId);
      if (record?.state === 'created') return 'created';
      if (scope.signal.aborted) return record && record.attempts > 0 ? finish(ctx, recordId, 'cancelled', undefined) : 'cancelled';
      if (attempt > ctx.maxAttempts) return finish(ctx, recordId, 'failed', exhausted(ctx, attempt - 1));
      const pending = await transition(ctx, recordId, 'pending', { ...request.base, state: 'pending', fingerprint, error: null });
      if (pending.kind === 'adopted') return 'created';
      if (pending.kind === 'failed') return storageStop(ctx, scope, pending.message);
      await ctx.hooks.beforeSend?.(recordId);
      const unknown = await transition(ctx, recordId, 'unknown', { state: 'unknown', attempts: pending.record.attempts + 1, attemptedAt: ctx.clock.now() });
      if (unknown.kind === 'adopted') return 'created';
      // `pending` on disk means "not sent": safe to stop here.
      if (unknown.kind === 'failed') return storageStop(ctx, scope, unknown.message);
      if (attempt > 1) ctx.counters.resends++;
      ctx.counters.creates++;
      scope.emit({ draftId: draftIdOf(request), recordId, title: unknown.record.title, phase: 'creating', state: 'unknown', cardId: null, attempts: unknown.record.attempts, errcode: null, message: null });
      const result = await withMinuteQuota(() => scope.account.client.createCard(request.body, { signal: scope.signal }), {
        clock: ctx.clock,
        sleep: ctx.sleep,
        random: ctx.random,
        maxWaits: ctx.maxMinuteWaits,
        signal: scope.signal,
        onMinuteQuota: () => {
          ctx.counters.minuteQuota++;
          scope.lane.slowDown();
        },
      });
      await ctx.hooks.afterSend?.(recordId, result);
      if (result.ok) {
        const saved = await recordCreated(ctx, recordId, result.value.cardId, scope);
        // Not journaled: on disk it stays `unknown`, so the next start's reconcile adopts the card.
        if (!saved.ok) return storageStop(ctx, scope, saved.message);
        scope.lane.succeeded();
        return 'created';
      }
      const failure = result.error;
      if (notExecuted(failure)) return definiteFailure(ctx, scope, recordId, failure);
      // Ambiguous: the card may exist. Reconcile; resend only on a confirmed absence.
      ctx.counters.ambiguous++;
      scope.noteAmbiguous();
      scope.emit({ draftId: draftIdOf(request), recordId, title: unknown.record.title, phase: 'reconciling', state: 'unknown', cardId: null, attempts: unknown.record.attempts, errcode: null, message: failure.message });
      const report = await ctx.reconciler.request(reconcileTarget(scope));
      const after = history.get(recordId);
      if (after?.state === 'created') return 'created';
      const error = historyErrorOf(failure, ctx.clock.now());
      if (!report.conclusive) {
        // Stays `unknown`: the next reconcile (end of run, next start) decides. Never resent blind.
        await history.write(recordId, 'unresolved', { error });
        return 'unknown';
      }
      const cancelled = scope.signal.aborted || (failure.kind === 'outcome_unknown' && failure.cause.kind === 'cancelled');
      if (cancelled) return finish(ctx, recordId, 'cancelled', error);
      const absent = await transition(ctx, recordId, 'absent', { state: 'pending', error });
      if (absent.kind === 'adopted') return 'created';
      if (absent.kind === 'failed') return storageStop(ctx, scope, absent.message);
    }
  } finally {
    releaseFingerprint();
  }
}

/** A create answered with a card_id: record it — unless reconcile already gave this draft another card. */
async function recordCreated(ctx: EngineContext, recordId: string, cardId: string, scope: RunScope): Promise<{ ok: true } | { ok: false; message: HistoryError['message'] }> {
  const release = await ctx.recordLocks.lock(recordId);
  try {
    const current = ctx.history.get(recordId);
    const now = ctx.clock.now();
    if (current?.state === 'created' && current.cardId !== cardId) {
      // A late card from an earlier attempt was adopted meanwhile: this one is the duplicate. Shown, never hidden.
      const flagged = await ctx.history.write(orphanIdOf(scope.account.appid, cardId), 'duplicate', {
        ...pick(current),
        kind: 'orphan',
        state: 'orphan',
        cardId,
        createdAt: now,
        reviewStatus: 'CARD_STATUS_NOT_VERIFY',
        reviewStatusAt: now,
        flags: { duplicate: true, orphan: true, adopted: false },
        duplicateOf: current.id,
      });
      return flagged.ok ? { ok: true } : { ok: false, message: flagged.error.message };
    }
    if (current?.state === 'created') return { ok: true };
    const written = await ctx.history.write(recordId, 'created', { state: 'created', cardId, createdAt: now, reviewStatus: 'CARD_STATUS_NOT_VERIFY', reviewStatusAt: now, error: null });
    return written.ok ? { ok: true } : { ok: false, message: written.error.message };
  } finally {
    release();
  }
}

function pick(record: NonNullable<ReturnType<EngineContext['history']['get']>>): RecordPatch {
  const { accountId, accountName, appid, batchId, batchName, draftId, runId, title, cardType, fingerprint } = record;
  return { accountId, accountName, appid, batchId, batchName, draftId, runId, title, cardType, fingerprint };
}

/** Weixin refused (or the call never left): not created. 45009 and account-wide codes stop the run. */
async function definiteFailure(ctx: EngineContext, scope: RunScope, recordId: string, failure: WeixinFailure): Promise<DraftOutcome> {
  const error = historyErrorOf(failure, ctx.clock.now());
  if (failure.kind === 'cancelled') return finish(ctx, recordId, 'cancelled', error);
  // (The card of an earlier attempt may have been adopted meanwhile: `transition` keeps it.)
  if (failure.kind === 'config' || (failure.kind === 'weixin' && ACCOUNT_WIDE.has(failure.errcode))) {
    if ((await transition(ctx, recordId, 'stopped', { state: 'queued', error })).kind === 'adopted') return 'created';
    if (failure.kind === 'weixin' && failure.errcode === 45009) scope.stopForQuota(error);
    else scope.stopForAccount(error);
    return 'queued';
  }
  return finish(ctx, recordId, 'failed', error);
}

async function finish(ctx: EngineContext, recordId: string, state: 'failed' | 'cancelled', error: HistoryError | undefined): Promise<DraftOutcome> {
  const done = await transition(ctx, recordId, state, { state, ...(error ? { error } : {}) });
  return done.kind === 'adopted' ? 'created' : state;
}

/** What a guarded state change came to. */
export type Transition =
  | { readonly kind: 'written'; readonly record: NonNullable<ReturnType<EngineContext['history']['get']>> }
  | { readonly kind: 'adopted' }
  | { readonly kind: 'failed'; readonly message: HistoryError['message'] };

/**
 * A state change of an operation, under its record lock and only if reconcile has not given it a
 * card meanwhile (a pass adopts under the same lock). Without this, a `pending` written just after
 * an adoption would send a second create, and its answer would replace the adopted card_id.
 */
export async function transition(ctx: EngineContext, recordId: string, event: string, patch: RecordPatch): Promise<Transition> {
  const release = await ctx.recordLocks.lock(recordId);
  try {
    if (ctx.history.get(recordId)?.state === 'created') return { kind: 'adopted' };
    const written = await ctx.history.write(recordId, event, patch);
    return written.ok ? { kind: 'written', record: written.value } : { kind: 'failed', message: written.error.message };
  } finally {
    release();
  }
}

/**
 * Another operation with this fingerprint still unresolved (its reconcile failed earlier): look
 * again before sending, or identical drafts could both end up with a card nobody can tell apart.
 */
async function othersSettled(ctx: EngineContext, scope: RunScope, recordId: string, fingerprints: readonly string[]): Promise<boolean> {
  const open = () => fingerprints.some((fp) => ctx.history.withFingerprint(scope.account.appid, fp).some((r) => r.id !== recordId && (r.state === 'unknown' || r.state === 'pending')));
  if (!open()) return true;
  await ctx.reconciler.request(reconcileTarget(scope));
  return !open();
}

function reconcileTarget(scope: RunScope) {
  const { accountId, appid, accountName, client } = scope.account;
  return { accountId, appid, accountName, client };
}

function draftIdOf(request: CreateRequest): string {
  return request.base.draftId ?? request.recordId;
}

function exhausted(ctx: EngineContext, attempts: number): HistoryError {
  return localError(
    'attempts_exhausted',
    localized(
      `发送了 ${attempts} 次都没有明确结果，每次核对都确认卡券没有创建。请稍后重新运行这个批次。`,
      `Sent ${attempts} times without a clear answer; each check confirmed the card was not created. Run the batch again later.`,
    ),
    ctx.clock.now(),
  );
}

function blockedError(ctx: EngineContext): HistoryError {
  return localError(
    'reconcile_pending',
    localized(
      '另一张内容相同的卡券的创建结果还没核对清楚，为避免重复创建，这张暂不发送。恢复网络后重新运行即可。',
      'An identical card’s create is still being checked; to avoid a duplicate this one was not sent. Run the batch again once Weixin is reachable.',
    ),
    ctx.clock.now(),
  );
}

async function storageStop(ctx: EngineContext, scope: RunScope, message: HistoryError['message']): Promise<DraftOutcome> {
  scope.stopForAccount(localError('storage', message, ctx.clock.now()));
  return 'queued';
}
