import type { HistoryRecord } from '../../common/ipc/channels/history';
import type { SendOutcome } from './back-end';
import type { PassContext, PassReport, ReconcileTarget } from './reconcile-pass';

/**
 * What a replay of one open operation came to: the send outcome of the same request key, or
 * `undefined` when the request could not be rebuilt exactly as first sent (then nothing is sent).
 */
export type Replay = (record: HistoryRecord) => Promise<SendOutcome | undefined>;

/**
 * The reconcile pass of a back end whose create takes an idempotency key (WeChat Pay's
 * `out_request_no`) and which cannot list what it holds: every operation of the account left
 * `pending` or `unknown` is sent again with the key it committed before its first send. The
 * remote side answers a known key with its first result, so a replay never makes a second object;
 * it adopts the remote id under the record lock, as a listing pass would. A replay that could not
 * be made, or whose answer is unknown again, leaves the pass inconclusive (nothing is resent on
 * its strength); a definite refusal is an answer: the key holds nothing.
 */
export async function replayPass<C>(ctx: PassContext, target: ReconcileTarget<C>, replay: Replay): Promise<PassReport> {
  const report = { conclusive: true, calls: 0, listed: 0, adopted: [] as string[], orphans: [] as string[], duplicates: [] as string[], failure: undefined };
  for (const record of ctx.history.unfinishedOps().filter((r) => r.accountId === target.accountId)) {
    const replayed = await replay(record);
    if (replayed === undefined) {
      report.conclusive = false;
      continue;
    }
    report.calls++;
    if (replayed.kind === 'ambiguous') report.conclusive = false;
    if (replayed.kind === 'refused' && replayed.effect !== 'draft') report.conclusive = false;
    if (replayed.kind !== 'created') continue;
    const release = await ctx.recordLocks.lock(record.id);
    try {
      const current = ctx.history.get(record.id);
      if (!current || current.cardId !== null || (current.state !== 'pending' && current.state !== 'unknown')) continue;
      const written = await ctx.history.write(record.id, 'adopted', { state: 'created', cardId: replayed.remoteId, createdAt: ctx.clock.now(), error: null, flags: { ...current.flags, adopted: true } });
      if (written.ok) report.adopted.push(record.id);
      else report.conclusive = false;
    } finally {
      release();
    }
  }
  return report;
}
