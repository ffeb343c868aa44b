import type { PreflightAnswer } from '../../common/ipc/channels/batch';
import { err, ok, type Result } from '../../common/result';
import { normalizeCardBody } from '../../common/validate';
import type { ImageResolver } from '../images/resolve-refs';
import { localized } from '../../common/i18n';
import type { BatchError } from './batch-errors';
import type { AccountClient } from './clients';
import type { EngineContext } from './engine-context';
import { fingerprintOfBody } from './fingerprint';
import type { KnownCard } from './known-cards';
import { lookUpExisting } from './link-found';

/** A draft to look for on Weixin. */
export interface PreflightInput {
  readonly id: string;
  readonly card: unknown;
}

/** What a run would find on Weixin before sending anything (the IPC answer's shape). */
export type Preflight = PreflightAnswer;
type PreflightMatch = Preflight['matches'][number];
type IdenticalCard = PreflightMatch['identical'][number];

/** An uploader that never uploads: a preflight uses the account's upload cache only. */
const NO_UPLOAD = { uploadImage: async () => err({ message: localized('预检不上传图片', 'A preflight uploads nothing') }) };

const identicalOf = (card: KnownCard): IdenticalCard => ({ cardId: card.cardId, title: card.title, status: card.status, createTime: card.createTime });

function titleOf(body: unknown): string | null {
  const card = (body as { card?: Record<string, unknown> } | undefined)?.card;
  const type = typeof card?.card_type === 'string' ? card.card_type.toLowerCase() : '';
  const base = (card?.[type] as { base_info?: { title?: unknown } } | undefined)?.base_info;
  return typeof base?.title === 'string' ? base.title : null;
}

/**
 * The drafts of a batch (or of a file about to be imported) that a run would link to an identical
 * card already on the account, read exactly as a run reads them (known-cards sync) but sending nothing: what the
 * app's confirmation lists and what `create` checks before importing a file again. Each card is
 * offered to one draft only, in order; `taken` holds the card_ids already given to this batch.
 */
export async function preflight(ctx: EngineContext, images: ImageResolver, account: AccountClient, drafts: readonly PreflightInput[], taken: ReadonlySet<string> = new Set()): Promise<Result<Preflight, BatchError>> {
  const looked = await lookUpExisting(ctx, account, 'keep');
  if (!looked.ok) return looked;
  const found = looked.value;
  const given = new Set(taken);
  const matches: PreflightMatch[] = [];
  let linked = 0;
  for (const draft of drafts) {
    const resolved = await images.resolveImageRefs(draft.card, account.accountId, NO_UPLOAD);
    if (!resolved.ok) continue;
    const fingerprint = fingerprintOfBody(normalizeCardBody(resolved.value.body));
    if (fingerprint === undefined) continue;
    const identical = found.identical(fingerprint);
    if (identical.length === 0) continue;
    // Identical cards this batch's own drafts hold are copies the batch asked for: the run sends those.
    const free = identical.find((card) => !given.has(card.cardId));
    if (!free) continue;
    given.add(free.cardId);
    linked++;
    matches.push({ draftId: draft.id, title: titleOf(draft.card), identical: identical.map(identicalOf), linkTo: free.cardId });
  }
  return ok({ accountId: account.accountId, existingCards: { ...found.report }, drafts: drafts.length, matches, linked });
}
