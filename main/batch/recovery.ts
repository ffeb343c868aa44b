import { localized } from '../../common/i18n';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import { localError } from '../history/errors';
import type { AccountClients } from './clients';
import { transition } from './create-op';
import type { EngineContext } from './engine-context';

/** What start-up reconciliation did. */
export interface RecoveryReport {
  /** Operations found `pending` or `unknown`. */
  readonly found: number;
  /** Their card was on Weixin: now `created`. */
  readonly adopted: number;
  /** Confirmed absent: back to `queued` (resumable, never resent blind). */
  readonly requeued: number;
  /** Still unknown: Weixin could not be asked (no secret, network); nothing is sent for them. */
  readonly unresolved: number;
  /** Accounts reconciled. */
  readonly accounts: number;
  /** Runs that were live when the app stopped, now `interrupted`. */
  readonly interruptedRuns: number;
}

/**
 * §4.3 rule 6: before anything new is sent, every operation left `pending` or `unknown` by a crash
 * is reconciled (after a settle delay, since the server may still be committing). A found card is
 * adopted; a confirmed absence puts the operation back in the queue; without an answer it stays
 * `unknown` and the account refuses new runs until it is settled. Only the records `only` accepts
 * when given (never those of a live run: their creates may be on the wire right now).
 */
export async function recoverUnfinished<C>(ctx: EngineContext<C>, clients: AccountClients<C>, only?: (record: HistoryRecord) => boolean): Promise<RecoveryReport> {
  const byAccount = new Map<string, HistoryRecord[]>();
  for (const record of ctx.history.unfinishedOps()) {
    if (!ctx.backEnd.owns(record) || (only && !only(record))) continue;
    // Another live process drives this run: its creates may be on the wire right now.
    if (record.runId && ctx.history.leasedElsewhere(record.runId)) continue;
    const list = byAccount.get(record.accountId) ?? [];
    list.push(record);
    byAccount.set(record.accountId, list);
  }
  let found = 0;
  let adopted = 0;
  let requeued = 0;
  let unresolved = 0;
  await Promise.all(
    [...byAccount].map(async ([accountId, records]) => {
      found += records.length;
      const account = await clients.clientFor(accountId);
      if (!account.ok) {
        unresolved += records.length;
        ctx.log?.warn('batch: unfinished creates left unresolved (account unavailable)', { accountId, count: records.length });
        return;
      }
      const { appid, accountName, client } = account.value;
      const report = await ctx.reconciler.request({ accountId, appid, accountName, client });
      for (const record of records) {
        const current = ctx.history.get(record.id);
        if (current?.state === 'created') {
          adopted++;
          continue;
        }
        if (!report.conclusive || !current || (current.state !== 'pending' && current.state !== 'unknown')) {
          unresolved++;
          continue;
        }
        const written = await transition(ctx, record.id, 'recovered-absent', {
          state: 'queued',
          error: localError(
            'recovered',
            localized(
              '程序上次在创建过程中停止；已与微信核对，这张卡券没有创建。继续运行批次时会重新发送。',
              'The app stopped mid-create last time; Weixin confirms this card was not created. It is sent again when the batch resumes.',
            ),
            ctx.clock.now(),
          ),
        });
        if (written.kind === 'written') requeued++;
        else if (written.kind === 'adopted') adopted++;
        else unresolved++;
      }
    }),
  );
  let interruptedRuns = 0;
  if (!only) {
    for (const run of ctx.history.runs()) {
      if (run.status !== 'running' && run.status !== 'paused' && run.status !== 'cancelling') continue;
      if (ctx.history.leasedElsewhere(run.runId)) continue;
      const status = run.status === 'cancelling' ? 'cancelled' : 'interrupted';
      const now = ctx.clock.now();
      await ctx.history.saveRun({ ...run, status, updatedAt: now, finishedAt: status === 'cancelled' ? now : run.finishedAt });
      interruptedRuns++;
    }
  }
  return { found, adopted, requeued, unresolved, accounts: byAccount.size, interruptedRuns };
}
