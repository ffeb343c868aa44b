import type { DraftBatch } from '../../common/drafts/draft';
import type { RunStatus } from '../../common/ipc/channels/batch';
import type { DraftsService } from '../drafts/drafts-service';
import type { HistoryStore } from '../history/history-store';
import type { BatchEngine } from './engine';

/** Which engine runs what: Card API batches (微信卡券, 会员卡) and 商家券 batches share one history. */
export interface EngineRoutes {
  /** The engine for a saved batch (its back end; an unreadable batch goes to the card engine, which answers batch_not_found). */
  forBatch(batchId: string): Promise<BatchEngine>;
  /** The engine for a run, by the back end of the batch it runs. */
  forRun(runId: string): Promise<BatchEngine>;
  /** Every run of both, newest first; a live run as its own engine sees it (in flight, concurrency). */
  runs(): Promise<RunStatus[]>;
  readonly recovering: boolean;
}

/**
 * Routes by the batch's back end. Both engines read the same run journal, so either could answer
 * a status from it — but only the owner has the live controller, and a resume on the wrong one
 * would send stock bodies to card/create. A batch's back end never changes once saved
 * (drafts-service `back_end_fixed`), so it is remembered per batch.
 */
export function engineRoutes(deps: { cards: BatchEngine; stocks: BatchEngine; history: Pick<HistoryStore, 'run'>; drafts: Pick<DraftsService, 'get'> }): EngineRoutes {
  const known = new Map<string, DraftBatch['backEnd']>();
  const backEndOf = async (batchId: string): Promise<DraftBatch['backEnd'] | undefined> => {
    const remembered = known.get(batchId);
    if (remembered) return remembered;
    const batch = await deps.drafts.get(batchId);
    if (!batch.ok) return undefined;
    known.set(batchId, batch.value.backEnd);
    return batch.value.backEnd;
  };
  const forBatch = async (batchId: string) => ((await backEndOf(batchId)) === 'busifavor' ? deps.stocks : deps.cards);
  return {
    forBatch,
    async forRun(runId) {
      const run = deps.history.run(runId);
      return run ? forBatch(run.batchId) : deps.cards;
    },
    async runs() {
      const all = deps.cards.runs();
      return Promise.all(all.map(async (run) => ((await forBatch(run.batchId)) === deps.stocks ? (deps.stocks.status(run.runId) ?? run) : run)));
    },
    get recovering() {
      return deps.cards.recovering || deps.stocks.recovering;
    },
  };
}
