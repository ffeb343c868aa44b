import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import type { BatchEngine } from '../main/batch/engine';
import type { KnownCardsReport } from '../main/batch/known-cards';
import type { Preflight, PreflightInput } from '../main/batch/preflight';
import type { CommandContext } from './context';
import { failure, type CliFailure, type CliIo } from './io';
import { exitOfBatchError } from './run-report';

/** One line on what reading the account's existing cards cost (CLI stderr). */
export function lookupNote(io: CliIo, report: KnownCardsReport): string {
  return io.t(
    localized(
      `核对微信上已有的卡券：${report.cards} 张，调用 ${report.listCalls + report.getCalls} 次（card/batchget ${report.listCalls} 次，card/get ${report.getCalls} 次；缓存 ${report.cached} 张，卡券历史 ${report.fromHistory} 张）。`,
      `Checked the account's existing cards on Weixin: ${report.cards}, in ${report.listCalls + report.getCalls} call(s) (card/batchget ${report.listCalls}, card/get ${report.getCalls}; ${report.cached} from the cache, ${report.fromHistory} from the card history).`,
    ),
  );
}

/**
 * Before a file is imported: when every one of its drafts already has an identical card on the
 * account, says so (card_id<TAB>title on stdout) and answers the preflight — nothing is imported
 * and nothing sent. Undefined: import as usual (drafts already there are linked by the run).
 */
export async function alreadyOnWeixin(ctx: CommandContext, engine: BatchEngine, accountId: string, drafts: readonly PreflightInput[]): Promise<Result<Preflight | undefined, CliFailure>> {
  const { io } = ctx;
  const checked = await engine.preflightDrafts(accountId, drafts);
  if (!checked.ok) return err(failure(exitOfBatchError(checked.error), checked.error.code, checked.error.message));
  const found = checked.value;
  io.note(lookupNote(io, found.existingCards));
  if (found.linked < drafts.length) return ok(undefined);
  for (const match of found.matches) if (match.linkTo) io.out(`${match.linkTo}\t${match.title ?? ''}`);
  io.note(
    io.t(
      localized(
        `这个文件的 ${drafts.length} 张券在微信上都已存在（内容完全相同），没有导入新的草稿批次，也没有创建卡券。确实要再建一份时，加 --allow-duplicates。`,
        `All ${drafts.length} coupons of this file already exist on Weixin (identical cards), so no draft batch was imported and no card was created. To make copies on purpose, add --allow-duplicates.`,
      ),
    ),
  );
  return ok(found);
}
