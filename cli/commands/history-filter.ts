import { localized } from '../../common/i18n';
import { HISTORY_STATES, type HistoryFilter, type HistoryState } from '../../common/ipc/channels/history';
import { err, ok, type Result } from '../../common/result';
import { selectAccount } from '../account-select';
import { stringOption, type OptionSpec, type OptionValues } from '../args';
import type { HelpOption } from '../command';
import { openLocal, type CommandContext } from '../context';
import { EXIT } from '../exit-codes';
import { failure, type CliFailure } from '../io';

/** Options that narrow the history (list and export). */
export const FILTER_OPTIONS = {
  account: { type: 'string' },
  batch: { type: 'string' },
  status: { type: 'string' },
  search: { type: 'string' },
  flagged: { type: 'boolean' },
} as const satisfies OptionSpec;

/** Their help lines. */
export const FILTER_HELP: readonly HelpOption[] = [
  ['--account NAME|ID', '只看这个账号（名称、账号 ID 或 AppID）', 'only this account (name, account id or AppID)'],
  ['--batch ID', '只看这个草稿批次', 'only this draft batch'],
  ['--status S[,S]', `只看这些状态：${HISTORY_STATES.join(', ')}`, `only these states: ${HISTORY_STATES.join(', ')}`],
  ['--search TEXT', '标题、card_id、草稿 ID 或批次名包含 TEXT', 'title, card_id, draft id or batch name contains TEXT'],
  ['--flagged', '只看重复卡券和孤立卡券', 'only duplicates and orphans'],
];

/** The filter the options describe; an unknown account or state is a usage error. */
export async function readFilter(ctx: CommandContext, values: OptionValues): Promise<Result<HistoryFilter, CliFailure>> {
  const filter: { -readonly [K in keyof HistoryFilter]: HistoryFilter[K] } = {};
  const account = stringOption(values, 'account');
  if (account !== undefined) {
    const found = await selectAccount(openLocal(ctx, () => undefined).accounts, account);
    if (!found.ok) return found;
    filter.accountId = found.value.id;
  }
  const batch = stringOption(values, 'batch');
  if (batch !== undefined) filter.batchId = batch;
  const status = stringOption(values, 'status');
  if (status !== undefined) {
    const wanted = status.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = wanted.filter((s) => !(HISTORY_STATES as readonly string[]).includes(s));
    if (bad.length > 0 || wanted.length === 0) {
      return err(
        failure(
          EXIT.usage,
          'usage',
          localized(`--status 只能是 ${HISTORY_STATES.join(', ')}（收到“${status}”）。`, `--status takes ${HISTORY_STATES.join(', ')} (got "${status}").`),
        ),
      );
    }
    filter.states = wanted as HistoryState[];
  }
  const search = stringOption(values, 'search');
  if (search !== undefined) filter.text = search;
  if (values.flagged === true) filter.flaggedOnly = true;
  return ok(filter);
}
