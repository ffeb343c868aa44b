import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { batchError, type BatchError } from './batch-errors';
import type { AccountClient } from './clients';
import type { CreateRequest } from './create-op';
import { transition } from './create-op';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import { FoundCards } from './found-cards';
import { syncKnownCards, type KnownCard } from './known-cards';

/** How long a preflight's lookup serves the start that follows it (the app's confirm, the CLI's import). */
const REUSE_MS = 10_000;

/**
 * Reads the account's existing cards before a run's first create (known-cards cache + card/batchget,
 * card/get for what is new): without them a draft whose card survived a lost history would be sent
 * again. A failed read refuses the run — nothing may be sent on a partial list. A preflight
 * (`keep`) leaves its lookup for the start just after it (`take`), which then lists nothing again;
 * cards this engine creates meanwhile are in the history, which {@link linkExisting} also reads.
 */
export async function lookUpExisting(ctx: EngineContext, account: AccountClient, memo: 'keep' | 'take'): Promise<Result<FoundCards, BatchError>> {
  const recent = ctx.recentLookups.get(account.accountId);
  ctx.recentLookups.delete(account.accountId);
  if (memo === 'take' && recent && ctx.clock.now() - recent.at < REUSE_MS) return ok(recent.found);
  const synced = await syncKnownCards({ store: ctx.knownCards, history: ctx.history, clock: ctx.clock, log: ctx.log }, account);
  if (!synced.ok) {
    const why = synced.error.failure.message;
    return err(
      batchError(
        'account_unavailable',
        localized(
          `无法读取账号在微信上已有的卡券，为避免重复创建，暂不发送：${why['zh-CN']}`,
          `Could not read the account's existing cards on Weixin; nothing is sent, to avoid duplicates: ${why.en}`,
        ),
      ),
    );
  }
  const { cards, report, freshIds } = synced.value;
  const found = new FoundCards(cards, report, { store: ctx.knownCards, accountId: account.accountId, now: () => ctx.clock.now() }, freshIds);
  if (memo === 'keep') ctx.recentLookups.set(account.accountId, { at: ctx.clock.now(), found });
  return ok(found);
}

/**
 * Under the fingerprint lock, before anything is sent: a card identical to the draft already on
 * Weixin, that no draft of this batch holds, is linked to the draft ("found on Weixin") instead of
 * creating another. A card only an orphan record holds is claimed from it. Undefined: send.
 */
export async function linkExisting(ctx: EngineContext, scope: RunScope, request: CreateRequest): Promise<DraftOutcome | undefined> {
  const found = scope.found;
  if (!found) return undefined;
  const { appid } = scope.account;
  const batchId = scope.batch.id;
  const prints = [request.fingerprint, ...(request.legacyFingerprint ? [request.legacyFingerprint] : [])];
  const heldHere = new Set(prints.flatMap((fp) => ctx.history.withFingerprint(appid, fp)).filter((r) => r.kind === 'op' && r.batchId === batchId && r.cardId !== null).map((r) => r.cardId));
  const taken = (cardId: string) => {
    if (heldHere.has(cardId)) return true;
    const holder = ctx.history.byCardId(cardId);
    return holder?.kind === 'op' && holder.batchId === batchId;
  };
  const card = (await found.pick(request.fingerprint, taken, scope.account.client))?.card ?? fromHistory(ctx, scope, request.fingerprint, (cardId) => taken(cardId) || found.knows(cardId));
  if (!card) return undefined;
  const now = ctx.clock.now();
  const written = await transition(ctx, request.recordId, 'found', {
    ...request.base,
    state: 'created',
    fingerprint: request.fingerprint,
    cardId: card.cardId,
    createdAt: card.createTime === null ? now : card.createTime * 1000,
    reviewStatus: card.status,
    reviewStatusAt: now,
    error: null,
    flags: { duplicate: false, orphan: false, adopted: false, found: true },
  });
  if (written.kind === 'adopted') return 'created';
  if (written.kind === 'failed') {
    scope.stopForAccount({ kind: 'storage', errcode: null, errmsg: null, rid: null, message: written.message, at: now });
    return 'queued';
  }
  const holder = ctx.history.byCardId(card.cardId);
  if (holder?.kind === 'orphan' && holder.flags.orphan && !holder.flags.duplicate) {
    // The orphan was this draft's card all along (found by a reconcile before the draft had a record).
    await ctx.history.write(holder.id, 'claimed', { flags: { ...holder.flags, orphan: false, found: true }, duplicateOf: request.recordId });
  }
  ctx.log?.info('batch: identical card found on Weixin; linked, not sent', { appid, cardId: card.cardId, recordId: request.recordId });
  return 'found';
}

/**
 * A card of another batch's draft with this fingerprint, created since the lookup (by a run of
 * this engine, or while a preflight's lookup was being reused): the lookup cannot list it yet.
 */
function fromHistory(ctx: EngineContext, scope: RunScope, fingerprint: string, taken: (cardId: string) => boolean): KnownCard | undefined {
  const record = ctx.history
    .withFingerprint(scope.account.appid, fingerprint)
    .find((r) => r.kind === 'op' && r.state === 'created' && r.cardId !== null && !taken(r.cardId) && r.reviewStatus !== 'CARD_STATUS_DELETE');
  if (!record?.cardId) return undefined;
  return { cardId: record.cardId, fingerprint, title: record.title, cardType: record.cardType, status: record.reviewStatus, createTime: record.createdAt === null ? null : Math.floor(record.createdAt / 1000) };
}
