import type { Draft } from '../../common/drafts/draft';
import type { HistoryFinding } from '../../common/ipc/channels/history';
import { localized } from '../../common/i18n';
import { errorsOf, type Finding } from '../../common/validate';
import { localError } from '../history/errors';
import type { RecordPatch } from '../history/record';
import { createUnderProtocol, transition } from './create-op';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import { opIdOf } from './ids';

/** Errors only, capped: the history keeps what to fix, the validator has the rest. */
function keepFindings(findings: readonly Finding<string>[]): HistoryFinding[] {
  return errorsOf(findings)
    .slice(0, 50)
    .map((f) => ({ path: f.path, code: f.code, errcode: f.errcode ?? null, message: f.message }));
}

/**
 * One draft, start to end: the back end validates it and uploads what it refers to → the create
 * under the write-ahead protocol → the back end's follow-ups (the card path's paycell /
 * self-redemption). A follow-up failure leaves the object created and recorded, with its error.
 */
export async function processDraft<C>(ctx: EngineContext<C>, scope: RunScope<C>, draft: Draft): Promise<DraftOutcome> {
  const { history, backEnd } = ctx;
  const { account, batch } = scope;
  const recordId = opIdOf(account.accountId, batch.id, draft.id);
  const existing = history.get(recordId);
  const described = backEnd.describe(draft, existing);
  const title = described.title ?? null;
  const emit = (phase: 'validating' | 'uploading' | 'done') => {
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
  if (existing?.state === 'created') {
    emit('done');
    return 'alreadyCreated';
  }
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
    cardType: null,
    ...described,
    findings: [],
  };
  const finishWith = async (outcome: DraftOutcome): Promise<DraftOutcome> => {
    emit('done');
    return outcome;
  };

  emit('validating');
  const prepared = await backEnd.prepare(ctx, scope, draft, () => emit('uploading'));
  switch (prepared.kind) {
    case 'invalid': {
      const errors = errorsOf(prepared.findings);
      const first = errors[0];
      const message = localized(
        `草稿有 ${errors.length} 处错误，未发送。第一处：${first?.message['zh-CN'] ?? ''}`,
        `The draft has ${errors.length} error(s) and was not sent. First: ${first?.message.en ?? ''}`,
      );
      const written = await transition(ctx, recordId, 'invalid', { ...base, state: 'invalid', findings: keepFindings(prepared.findings), error: localError('validation', message, ctx.clock.now(), first?.errcode ?? null) });
      return finishWith(written.kind === 'adopted' ? 'created' : 'invalid');
    }
    case 'cancelled':
      return finishWith('cancelled');
    case 'stop':
      await transition(ctx, recordId, 'stopped', { ...base, state: 'queued', error: prepared.error });
      if (prepared.quota) scope.stopForQuota(prepared.error);
      else scope.stopForAccount(prepared.error);
      return finishWith('queued');
    case 'failed': {
      const written = await transition(ctx, recordId, 'upload-failed', { ...base, state: 'failed', error: prepared.error });
      return finishWith(written.kind === 'adopted' ? 'created' : 'failed');
    }
    case 'create': {
      const { body, fingerprint, legacyFingerprint } = prepared;
      const outcome = await createUnderProtocol(ctx, scope, { recordId, base, body, fingerprint, ...(legacyFingerprint ? { legacyFingerprint } : {}) });
      if ((outcome === 'created' || outcome === 'found') && backEnd.afterCreate) await backEnd.afterCreate(ctx, scope, recordId, draft);
      return finishWith(outcome);
    }
  }
}
