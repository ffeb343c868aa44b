import type { HistoryError } from '../../common/ipc/channels/history';
import { localized } from '../../common/i18n';
import { localError } from '../history/errors';
import type { RecordPatch } from '../history/record';
import type { JsonObject } from '../wechat';
import type { SendOutcome } from './back-end';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import { orphanIdOf } from './ids';

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

/**
 * A create under the write-ahead protocol (security-reliability.md §4.3), whatever the back end:
 * `pending` fsync'd → `unknown` (attempts+1) fsync'd → the back end's send, never resent by the
 * transport → `created` with the remote id; a definite refusal → `failed`/`queued`; an ambiguous
 * outcome (timeout, reset, 5xx, -1, cancel after sending) → wait, reconcile (the back end's pass),
 * and only when the object is confirmed absent send again (at most `maxAttempts` per run).
 * Identical drafts of an account hold one lock, so only one create per (appid, fingerprint) is
 * ever in flight.
 */
export async function createUnderProtocol<C>(ctx: EngineContext<C>, scope: RunScope<C>, request: CreateRequest): Promise<DraftOutcome> {
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
      const linked = await ctx.backEnd.existing?.link(ctx, scope, request);
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
      const result = await ctx.backEnd.send(ctx, scope, request, unknown.record);
      await ctx.hooks.afterSend?.(recordId, result);
      if (result.kind === 'created') {
        const saved = await recordCreated(ctx, recordId, result.remoteId, scope);
        // Not journaled: on disk it stays `unknown`, so the next start's reconcile adopts it.
        if (!saved.ok) return storageStop(ctx, scope, saved.message);
        scope.lane.succeeded();
        return 'created';
      }
      if (result.kind === 'refused') return definiteFailure(ctx, scope, recordId, result);
      // Ambiguous: the object may exist. Reconcile; resend only on a confirmed absence.
      ctx.counters.ambiguous++;
      scope.noteAmbiguous();
      scope.emit({ draftId: draftIdOf(request), recordId, title: unknown.record.title, phase: 'reconciling', state: 'unknown', cardId: null, attempts: unknown.record.attempts, errcode: null, message: result.message });
      const report = await ctx.reconciler.request(reconcileTarget(scope));
      const after = history.get(recordId);
      if (after?.state === 'created') return 'created';
      const { error } = result;
      if (!report.conclusive) {
        // Stays `unknown`: the next reconcile (end of run, next start) decides. Never resent blind.
        await history.write(recordId, 'unresolved', { error });
        return 'unknown';
      }
      const cancelled = scope.signal.aborted || result.cancelled;
      if (cancelled) return finish(ctx, recordId, 'cancelled', error);
      const absent = await transition(ctx, recordId, 'absent', { state: 'pending', error });
      if (absent.kind === 'adopted') return 'created';
      if (absent.kind === 'failed') return storageStop(ctx, scope, absent.message);
    }
  } finally {
    releaseFingerprint();
  }
}

/** A create answered with its remote id: record it — unless reconcile already gave this draft another one. */
async function recordCreated<C>(ctx: EngineContext<C>, recordId: string, cardId: string, scope: RunScope<C>): Promise<{ ok: true } | { ok: false; message: HistoryError['message'] }> {
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
        ...ctx.backEnd.createdFields(cardId, now),
        flags: { duplicate: true, orphan: true, adopted: false },
        duplicateOf: current.id,
      });
      return flagged.ok ? { ok: true } : { ok: false, message: flagged.error.message };
    }
    if (current?.state === 'created') return { ok: true };
    const written = await ctx.history.write(recordId, 'created', { state: 'created', cardId, createdAt: now, ...ctx.backEnd.createdFields(cardId, now), error: null });
    return written.ok ? { ok: true } : { ok: false, message: written.error.message };
  } finally {
    release();
  }
}

function pick(record: NonNullable<ReturnType<EngineContext['history']['get']>>): RecordPatch {
  const { accountId, accountName, appid, batchId, batchName, draftId, runId, title, cardType, fingerprint } = record;
  return { accountId, accountName, appid, batchId, batchName, draftId, runId, title, cardType, fingerprint };
}

/** The remote side refused (or the call never left): not created. Quota and account-wide refusals stop the run. */
async function definiteFailure<C>(ctx: EngineContext<C>, scope: RunScope<C>, recordId: string, refusal: Extract<SendOutcome, { kind: 'refused' }>): Promise<DraftOutcome> {
  const { error, effect } = refusal;
  if (effect === 'cancelled') return finish(ctx, recordId, 'cancelled', error);
  // (The object of an earlier attempt may have been adopted meanwhile: `transition` keeps it.)
  if (effect === 'account' || effect === 'quota') {
    if ((await transition(ctx, recordId, 'stopped', { state: 'queued', error })).kind === 'adopted') return 'created';
    if (effect === 'quota') scope.stopForQuota(error);
    else scope.stopForAccount(error);
    return 'queued';
  }
  return finish(ctx, recordId, 'failed', error);
}

async function finish<C>(ctx: EngineContext<C>, recordId: string, state: 'failed' | 'cancelled', error: HistoryError | undefined): Promise<DraftOutcome> {
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
export async function transition<C>(ctx: EngineContext<C>, recordId: string, event: string, patch: RecordPatch): Promise<Transition> {
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
async function othersSettled<C>(ctx: EngineContext<C>, scope: RunScope<C>, recordId: string, fingerprints: readonly string[]): Promise<boolean> {
  const open = () => fingerprints.some((fp) => ctx.history.withFingerprint(scope.account.appid, fp).some((r) => r.id !== recordId && (r.state === 'unknown' || r.state === 'pending')));
  if (!open()) return true;
  await ctx.reconciler.request(reconcileTarget(scope));
  return !open();
}

function reconcileTarget<C>(scope: RunScope<C>) {
  const { accountId, appid, accountName, client } = scope.account;
  return { accountId, appid, accountName, client };
}

function draftIdOf(request: CreateRequest): string {
  return request.base.draftId ?? request.recordId;
}

function exhausted<C>(ctx: EngineContext<C>, attempts: number): HistoryError {
  return localError(
    'attempts_exhausted',
    localized(
      `发送了 ${attempts} 次都没有明确结果，每次核对都确认卡券没有创建。请稍后重新运行这个批次。`,
      `Sent ${attempts} times without a clear answer; each check confirmed the card was not created. Run the batch again later.`,
    ),
    ctx.clock.now(),
  );
}

function blockedError<C>(ctx: EngineContext<C>): HistoryError {
  return localError(
    'reconcile_pending',
    localized(
      '另一张内容相同的卡券的创建结果还没核对清楚，为避免重复创建，这张暂不发送。恢复网络后重新运行即可。',
      'An identical card’s create is still being checked; to avoid a duplicate this one was not sent. Run the batch again once Weixin is reachable.',
    ),
    ctx.clock.now(),
  );
}

async function storageStop<C>(ctx: EngineContext<C>, scope: RunScope<C>, message: HistoryError['message']): Promise<DraftOutcome> {
  scope.stopForAccount(localError('storage', message, ctx.clock.now()));
  return 'queued';
}
