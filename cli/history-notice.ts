import { localized } from '../common/i18n';
import { openHistoryStore } from '../main/history/history-store';
import type { CommandContext } from './context';

/**
 * After every command: the history's unacknowledged damage, on stderr (issue 8 §2 "never
 * silent"). Read-only, so it never writes, migrates or imports; an unopenable history says nothing
 * here (the command that needed it has already said why).
 */
export async function noteHistoryProblems(ctx: CommandContext): Promise<void> {
  const opened = await openHistoryStore({ dataDir: ctx.dataDir.path, readOnly: true }).catch(() => undefined);
  if (!opened?.ok) return;
  try {
    const problems = await opened.value.checkProblems();
    if (problems.length === 0) return;
    const { io } = ctx;
    io.note(
      io.t(
        localized(
          `注意：卡券历史有 ${problems.length} 个问题待确认（coupon-studio history problems 查看，加 --ack 确认后不再提示）：`,
          `Notice: the card history has ${problems.length} problem(s) to acknowledge (see coupon-studio history problems; --ack stops this notice):`,
        ),
      ),
    );
    for (const problem of problems) io.note(`  - ${io.t(problem.message)}`);
  } finally {
    await opened.value.close();
  }
}
