import type { Clock } from '../../common/clock';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import type { HistoryStore } from '../history/history-store';
import type { Logger } from '../log/logger';
import type { CardInfo, WeixinClient, WeixinFailure } from '../wechat';
import type { KeyedMutex } from './account-lane';
import { fingerprintsOfCard } from './fingerprint';
import { orphanIdOf } from './ids';

/** The account a pass scans. */
export interface ReconcileTarget<C = Pick<WeixinClient, 'batchGetCards' | 'getCard'>> {
  readonly accountId: string;
  readonly appid: string;
  readonly accountName: string;
  readonly client: C;
}

/** What one pass found. */
export interface PassReport {
  /** False when a read failed: nothing may be concluded "absent" from it. */
  readonly conclusive: boolean;
  readonly calls: number;
  /** Server cards listed. */
  readonly listed: number;
  /** Record ids that got a card (in-flight or late-landing operations). */
  readonly adopted: string[];
  readonly orphans: string[];
  readonly duplicates: string[];
  readonly failure: WeixinFailure | undefined;
}

/** What a pass works with. */
export interface PassContext {
  readonly history: HistoryStore;
  readonly recordLocks: KeyedMutex;
  readonly clock: Clock;
  readonly log?: Logger | undefined;
}

/** §1.6: at most 50 per card/batchget page. */
const PAGE = 50;

/** States whose operation was sent (or may be) and has no card: the owner of a card found with its fingerprint. */
const OWNER_STATES: ReadonlySet<string> = new Set(['pending', 'unknown']);
/** States that may still get a card that landed late (an earlier ambiguous attempt). */
const LATE_STATES: ReadonlySet<string> = new Set(['failed', 'queued', 'cancelled']);

/**
 * One reconcile pass over an account (security-reliability.md §4.3 rule 4): page card/batchget,
 * take every card_id the history does not know, card/get it, fingerprint it, and give it to the
 * operation of that fingerprint still in flight — else to one whose earlier attempt may have
 * landed late — else record it as a duplicate of the draft's card, or as an orphan. A card is
 * never dropped; a failed read makes the pass inconclusive, so nothing is resent on its strength.
 */
export async function reconcilePass(ctx: PassContext, target: ReconcileTarget): Promise<PassReport> {
  const report = { conclusive: true, calls: 0, listed: 0, adopted: [] as string[], orphans: [] as string[], duplicates: [] as string[], failure: undefined as WeixinFailure | undefined };
  const fresh: string[] = [];
  const seen = new Set<string>();
  for (let offset = 0, total = Infinity; offset < total; ) {
    const page = await target.client.batchGetCards({ offset, count: PAGE });
    report.calls++;
    if (!page.ok) return { ...report, conclusive: false, failure: page.error };
    total = page.value.totalNum;
    for (const cardId of page.value.cardIds) {
      report.listed++;
      if (!seen.has(cardId) && !ctx.history.isKnownCard(target.appid, cardId)) fresh.push(cardId);
      seen.add(cardId);
    }
    if (page.value.cardIds.length === 0) break;
    offset += page.value.cardIds.length;
  }
  for (const cardId of fresh) {
    if (ctx.history.isKnownCard(target.appid, cardId)) continue;
    const got = await target.client.getCard(cardId);
    report.calls++;
    if (!got.ok) {
      report.conclusive = false;
      report.failure = got.error;
      continue;
    }
    const claimed = await claimCard(ctx, target, cardId, got.value);
    if (claimed.kind === 'adopted') report.adopted.push(claimed.recordId);
    else if (claimed.kind === 'duplicate') report.duplicates.push(claimed.recordId);
    else if (claimed.kind === 'orphan') report.orphans.push(claimed.recordId);
    else if (claimed.kind === 'storage') report.conclusive = false;
  }
  return report;
}

type Claim = { kind: 'adopted' | 'duplicate' | 'orphan'; recordId: string } | { kind: 'known' | 'storage' };

/** Gives one unknown server card to its operation, or records it as a duplicate or an orphan. */
async function claimCard(ctx: PassContext, target: ReconcileTarget, cardId: string, info: CardInfo): Promise<Claim> {
  const { history, clock } = ctx;
  // Version 2 first; records journaled before it carry the version-1 fingerprint.
  const prints = fingerprintsOfCard(info.card);
  const fingerprint = prints[0] ?? null;
  const createdAt = info.createTime === undefined ? clock.now() : info.createTime * 1000;
  const review = { reviewStatus: info.status, reviewStatusAt: (info.updateTime ?? info.createTime ?? Math.floor(clock.now() / 1000)) * 1000 };
  const candidates = (): HistoryRecord[] => prints.flatMap((fp) => history.withFingerprint(target.appid, fp)).filter((r) => r.kind === 'op');
  // The record lock makes "is it still the owner?" and the write one step: the worker that sent the
  // create decides under the same lock, so a card is never written over another.
  for (let tries = 0; tries < 3; tries++) {
    const ops = candidates();
    const owner = ops.find((r) => OWNER_STATES.has(r.state)) ?? ops.find((r) => LATE_STATES.has(r.state) && r.attempts > 0 && r.cardId === null);
    if (!owner) break;
    const release = await ctx.recordLocks.lock(owner.id);
    try {
      if (history.isKnownCard(target.appid, cardId)) return { kind: 'known' };
      const current = history.get(owner.id);
      if (!current || current.cardId !== null || !(OWNER_STATES.has(current.state) || (LATE_STATES.has(current.state) && current.attempts > 0))) continue;
      const written = await history.write(owner.id, 'adopted', {
        state: 'created',
        cardId,
        createdAt,
        ...review,
        error: null,
        flags: { ...current.flags, adopted: true },
      });
      if (!written.ok) return { kind: 'storage' };
      ctx.log?.info('reconcile: card adopted', { appid: target.appid, cardId, recordId: owner.id, was: current.state });
      return { kind: 'adopted', recordId: owner.id };
    } finally {
      release();
    }
  }
  if (history.isKnownCard(target.appid, cardId)) return { kind: 'known' };
  const first = candidates().find((r) => r.state === 'created' && r.cardId !== null);
  const id = orphanIdOf(target.appid, cardId);
  const written = await history.write(id, first ? 'duplicate' : 'orphan', {
    kind: 'orphan',
    state: 'orphan',
    accountId: target.accountId,
    accountName: target.accountName,
    appid: target.appid,
    batchId: first?.batchId ?? null,
    batchName: first?.batchName ?? null,
    draftId: first?.draftId ?? null,
    runId: first?.runId ?? null,
    title: info.title ?? null,
    cardType: info.cardType,
    fingerprint,
    cardId,
    createdAt,
    ...review,
    flags: { duplicate: first !== undefined, orphan: true, adopted: true },
    duplicateOf: first?.id ?? null,
  });
  if (!written.ok) return { kind: 'storage' };
  ctx.log?.warn(first ? 'reconcile: duplicate card flagged' : 'reconcile: orphan card recorded', { appid: target.appid, cardId, duplicateOf: first?.id });
  return { kind: first ? 'duplicate' : 'orphan', recordId: id };
}
