import { localized } from '../../common/i18n';
import { parseYuan } from '../../common/units/money';
import { memberFailureMessage } from '../../main/members/member-errors';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { resolveMemberCard } from '../member-card-resolve';
import { openMemberSession } from '../member-session';
import { MEMBER_COMMON, MEMBER_OPTIONS, memberErrorCode } from './members';

const NAME = 'members activate';
const usage = (zh: string, en: string) => failure(EXIT.usage, 'usage', localized(zh, en));

/**
 * `members activate CODE`: interface activation (card/membercard/activate, §1.4) for a card whose
 * members are activated by the merchant. Committed to the local ledger before it is sent and
 * reconciled after an unknown outcome, like a points change: a code is never activated twice.
 */
export const membersActivateCommand: Command = {
  name: NAME,
  options: { ...MEMBER_OPTIONS, 'membership-number': { type: 'string' }, 'init-bonus': { type: 'string' }, 'init-balance': { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('激活会员（可设会员号、初始积分和初始余额；绝不重复激活）', 'activate a member (membership number, opening points and balance; never twice)'),
  help: helpText(
    `${NAME} CODE [--card CARD_ID] [--membership-number N] [--init-bonus N] [--init-balance YUAN] [--account NAME|ID] [--sandbox-url URL] [--json]`,
    localized(
      '为领取了会员卡、尚未激活的会员开卡。会员号是会员在卡面上看到的号码，省略时用卡号。激活先写入本地记录再发送；结果不明时先向微信核对，不会重复激活。开启了自动激活或一键激活的卡不需要这一步。初始余额以元为单位，需要会员卡开启储值和公众号的储值权限（43010）。退出码 0 成功；2 用法错误或已激活；3 微信拒绝；4 结果仍待核对（再次运行同一命令即可）。',
      'Activates a member who received the card and is not active yet. The membership number is what the member sees on the card (default: the code). The activation is written to the local record before it is sent; an unknown outcome is checked with Weixin first, so nothing is activated twice. Cards with auto or one-click activation do not need this step. The opening balance is in yuan and needs stored value on the card and the stored-value permission (43010). Exit 0: done; 2: usage or already active; 3: refused by Weixin; 4: still being confirmed (run the same command again).',
    ),
    [
      ...MEMBER_COMMON,
      ['--membership-number N', '会员号（卡面显示；默认为卡号）', 'the membership number shown on the card (default: the code)'],
      ['--init-bonus N', '初始积分（非负整数）', 'opening points (a whole number, 0 or more)'],
      ['--init-balance YUAN', '初始储值余额，单位元，例如 100 或 9.9', 'opening balance in yuan, e.g. 100 or 9.9'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const code = args.positionals[0] as string;
    const number = stringOption(args.values, 'membership-number');
    if (number !== undefined && (number.trim() === '' || Buffer.byteLength(number, 'utf8') > 32)) {
      return io.fail(NAME, usage('--membership-number 不能为空，最多 32 字节。', '--membership-number cannot be empty and is at most 32 bytes.'));
    }
    const rawBonus = stringOption(args.values, 'init-bonus');
    if (rawBonus !== undefined && !/^\d+$/.test(rawBonus.trim())) {
      return io.fail(NAME, usage('--init-bonus 须为非负整数，例如 --init-bonus 100。', '--init-bonus must be a whole number of 0 or more, e.g. --init-bonus 100.'));
    }
    const rawBalance = stringOption(args.values, 'init-balance');
    const balance = rawBalance === undefined ? undefined : parseYuan(rawBalance);
    if (balance && !balance.ok) return io.fail(NAME, failure(EXIT.usage, 'usage', localized(`--init-balance：${balance.error['zh-CN']}`, `--init-balance: ${balance.error.en}`)));
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail(NAME, session.error);
    try {
      const { history, accountId, client, members } = session.value;
      const cardId = await resolveMemberCard(args, code, history, accountId, client);
      if (!cardId.ok) return io.fail(NAME, cardId.error);
      const done = await members.activate({
        cardId: cardId.value,
        code,
        ...(number === undefined ? {} : { membershipNumber: number.trim() }),
        ...(rawBonus === undefined ? {} : { initBonus: Number(rawBonus) }),
        ...(balance?.ok ? { initBalance: balance.value } : {}),
      });
      if (!done.ok) {
        const exit = { pending: EXIT.unresolved, ledger: EXIT.busy, active: EXIT.usage, weixin: EXIT.weixin }[done.error.code];
        const message = 'failure' in done.error && done.error.failure ? memberFailureMessage(done.error.failure) : done.error.message;
        return io.fail(NAME, failure(exit, memberErrorCode(done.error), message));
      }
      const r = done.value;
      const exitCode = r.outcome === 'unknown' ? EXIT.unresolved : r.outcome === 'superseded' ? EXIT.failed : EXIT.ok;
      const text = {
        applied: localized(`✓ 会员已激活，会员号 ${r.membershipNumber}`, `✓ The member is active; membership number ${r.membershipNumber}`),
        superseded: localized('⚠ 这位会员已在别处用另一个会员号激活，这次未激活：请用 members get 核对', '⚠ This member was activated elsewhere with another membership number; not activated again: check with members get'),
        unknown: localized('⚠ 结果仍待核对：稍后再次运行同一命令，不会重复激活', '⚠ Not confirmed yet: run the same command again later; nothing is activated twice'),
      }[r.outcome];
      io.out(io.t(text));
      io.document({ ok: exitCode === EXIT.ok, command: NAME, exitCode, cardId: cardId.value, activation: r });
      return exitCode;
    } finally {
      await session.value.close();
    }
  },
};
