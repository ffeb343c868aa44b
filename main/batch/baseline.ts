import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { batchError, type BatchError } from './batch-errors';
import type { AccountClient } from './clients';
import type { EngineContext } from './engine-context';

/** §1.6: 50 per page. */
const PAGE = 50;

/**
 * Before this app first creates a card on an account, the card_ids already there are written down
 * (one card/batchget scan): reconcile then knows they are not late cards of ours, and never calls
 * them orphans. An account the history already has records for gets an empty baseline instead —
 * any card it cannot place is then surfaced as an orphan, never silently taken as "pre-existing".
 */
export async function ensureBaseline(ctx: EngineContext, account: AccountClient, listed?: readonly string[]): Promise<Result<void, BatchError>> {
  if (ctx.history.hasBaseline(account.appid)) return ok(undefined);
  const ours = ctx.history.hasRecordsOf(account.appid);
  // The existing-cards lookup of this run has just listed them: no second scan.
  const ids: string[] = !ours && listed ? [...listed] : [];
  if (!ours && !listed) {
    for (let offset = 0, total = Infinity; offset < total; ) {
      const page = await account.client.batchGetCards({ offset, count: PAGE });
      if (!page.ok) {
        return err(
          batchError(
            'account_unavailable',
            localized(`无法读取账号现有的卡券列表：${page.error.message['zh-CN']}`, `Could not read the account's existing cards: ${page.error.message.en}`),
          ),
        );
      }
      total = page.value.totalNum;
      ids.push(...page.value.cardIds);
      if (page.value.cardIds.length === 0) break;
      offset += page.value.cardIds.length;
    }
  }
  const saved = await ctx.history.setBaseline(account.appid, ids);
  return saved.ok ? ok(undefined) : err(batchError('storage_failed', saved.error.message));
}
