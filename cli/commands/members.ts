import { localized } from '../../common/i18n';
import { ACTIVATION_ADVICE, checkActivationForm } from '../../common/members/activation-form';
import { memberFailureMessage } from '../../main/members/member-errors';
import { parseYuan } from '../../common/units/money';
import type { Localized } from '../../common/i18n';
import { stringOption } from '../args';
import { helpText, type Command, type HelpOption } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { readInput } from '../input';
import { resolveMemberCard } from '../member-card-resolve';
import { openMemberSession } from '../member-session';
import { SANDBOX_OPTIONS } from '../sandbox-target';

/** At the counter with a member card (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5). */

/** The options every member command takes. */
export const MEMBER_COMMON: readonly HelpOption[] = [
  ['--card CARD_ID', '会员卡的 card_id（省略时从卡券历史中找这个账号创建的会员卡）', "the member card's card_id (left out: found among this account's member cards in the card history)"],
  ['--account NAME|ID', '用这个账号（默认内置沙箱账号）', 'use this account (default: the built-in sandbox account)'],
  ['--sandbox-url URL', '沙箱账号连接这个正在运行的沙箱', 'sandbox accounts connect to this running sandbox'],
];
const COMMON = MEMBER_COMMON;
/** The option spec every member command takes. */
export const MEMBER_OPTIONS = { card: { type: 'string' }, account: { type: 'string' }, ...SANDBOX_OPTIONS } as const;
const OPTIONS = MEMBER_OPTIONS;
const needCard = failure(EXIT.usage, 'usage', localized('请用 --card 指定会员卡的 card_id。', "Pass the member card's card_id with --card."));

/** The JSON error code: `no_stored_value` for 43010, so a script can tell it from other refusals. */
export const memberErrorCode = (e: { code: string; failure?: { kind: string; errcode?: number } }) => (e.failure?.kind === 'weixin' && e.failure.errcode === 43010 ? 'no_stored_value' : e.code);

/** A signed amount in 元 (`--add-balance -5.5` takes off) → 分; undefined text is no amount. */
function parseSignedYuan(raw: string): { ok: true; fen: number } | { ok: false; message: Localized } {
  const text = raw.trim();
  const negative = /^[-\u2212]/.test(text);
  const parsed = parseYuan(negative ? text.slice(1) : text.replace(/^\+/, ''));
  if (!parsed.ok) return { ok: false, message: parsed.error };
  if (parsed.value === 0) return { ok: false, message: localized('--add-balance 不能为 0。', '--add-balance cannot be 0.') };
  return { ok: true, fen: negative ? -parsed.value : parsed.value };
}

/** `members get CODE`: the member behind a code (userinfo/get). */
export const membersGetCommand: Command = {
  name: 'members get',
  options: OPTIONS,
  positionals: { min: 1, max: 1 },
  summary: localized('按会员卡号查询会员（积分、余额、资料）', 'look a member up by code (points, balance, details)'),
  help: helpText(
    'members get CODE [--card CARD_ID] [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized('按会员出示的卡号查询积分、余额和开卡资料。退出码 0 成功；2 用法错误；3 微信拒绝或无法连接。', "Shows a member's points, balance and form details by the code they show. Exit 0: found; 2: usage; 3: refused by Weixin or unreachable."),
    COMMON,
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const code = args.positionals[0] as string;
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail('members get', session.error);
    try {
      const { history, accountId, client } = session.value;
      const cardId = await resolveMemberCard(args, code, history, accountId, client);
      if (!cardId.ok) return io.fail('members get', cardId.error);
      const info = await session.value.members.get(cardId.value, code);
      if (!info.ok) return io.fail('members get', failure(EXIT.weixin, 'weixin', memberFailureMessage(info.error)));
      const m = info.value;
      io.out(io.t(localized(`会员 ${m.membershipNumber || m.openid}（${m.nickname}）：积分 ${m.bonus}，余额 ${(m.balance / 100).toFixed(2)} 元，${m.active ? '已激活' : '未激活'}`, `Member ${m.membershipNumber || m.openid} (${m.nickname}): ${m.bonus} points, balance ¥${(m.balance / 100).toFixed(2)}, ${m.active ? 'active' : 'not active'}`)));
      for (const f of m.fields) io.out(`  ${f.name}: ${f.value ?? ''}`);
      io.document({ ok: true, command: 'members get', exitCode: EXIT.ok, cardId: cardId.value, member: m });
      return EXIT.ok;
    } finally {
      await session.value.close();
    }
  },
};

/** `members update CODE --add-bonus N | --add-balance YUAN --record TEXT`: committed locally first, sent as the absolute total with the delta. */
export const membersUpdateCommand: Command = {
  name: 'members update',
  options: { ...OPTIONS, 'add-bonus': { type: 'string' }, 'add-balance': { type: 'string' }, record: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('增减会员积分或储值余额（先记入本地，绝不重复加减）', "add or take off a member's points or balance (recorded locally first, never applied twice)"),
  help: helpText(
    'members update CODE (--add-bonus N | --add-balance YUAN) [--card CARD_ID] [--record TEXT] [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized(
      '增加（负数为扣减）会员积分或储值余额，每次一项。变更先写入本地记录再发送；发送的是变更后的总数和本次增减，网络中断后重发也不会重复加减；结果不明时先向微信核对再决定。余额以元为单位输入（最多两位小数），按分发送；会员卡须开启储值且公众号有储值权限（否则微信拒绝，43010）。退出码 0 成功；2 用法错误；3 微信拒绝；4 结果仍待核对（再次运行同一命令即可，不会重复加）。',
      'Adds points or balance (negative takes off), one of them per command. The change is written to the local record before it is sent; what is sent is the new total with the delta, so a resend after a network failure cannot apply it twice; an unknown outcome is checked with Weixin first. The balance is entered in yuan (at most 2 decimals) and sent in fen; the card needs stored value turned on and the Official Account the stored-value permission (else Weixin refuses, 43010). Exit 0: done; 2: usage; 3: refused by Weixin; 4: still being confirmed (run again; nothing is added twice).',
    ),
    [
      ...COMMON,
      ['--add-bonus N', '增加的积分（负数扣减）', 'points to add (negative takes off)'],
      ['--add-balance YUAN', '增加的储值余额，单位元（负数扣减），例如 50 或 --add-balance=-12.5', 'balance to add in yuan (negative takes off), e.g. 50 or --add-balance=-12.5'],
      ['--record TEXT', '会员看到的变更说明（最多 14 个汉字）', 'the line the member sees (at most 14 Chinese characters)'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const raw = stringOption(args.values, 'add-bonus');
    const rawBalance = stringOption(args.values, 'add-balance');
    if ((raw === undefined) === (rawBalance === undefined)) {
      return io.fail('members update', failure(EXIT.usage, 'usage', localized('请给出 --add-bonus 或 --add-balance 其中一项（每次只改一项）。', 'Give one of --add-bonus or --add-balance (one change per command).')));
    }
    let value: 'bonus' | 'balance' = 'bonus';
    let delta: number;
    if (rawBalance !== undefined) {
      const fen = parseSignedYuan(rawBalance);
      if (!fen.ok) return io.fail('members update', failure(EXIT.usage, 'usage', localized(`--add-balance：${fen.message['zh-CN']}`, `--add-balance: ${fen.message.en}`)));
      value = 'balance';
      delta = fen.fen;
    } else if (raw === undefined || !/^-?\d+$/.test(raw.trim()) || Number(raw) === 0) {
      return io.fail('members update', failure(EXIT.usage, 'usage', localized('--add-bonus 须为非零整数，例如 --add-bonus 20 或 --add-bonus=-5（负数写在等号后）。', '--add-bonus must be a non-zero whole number, e.g. --add-bonus 20 or --add-bonus=-5 (a negative number after an equals sign).')));
    } else {
      delta = Number(raw);
    }
    const record = stringOption(args.values, 'record');
    if (record !== undefined && Buffer.byteLength(record, 'utf8') > 42) {
      return io.fail('members update', failure(EXIT.usage, 'usage', localized(`--record 最多 42 字节（14 个汉字），现在 ${Buffer.byteLength(record, 'utf8')} 字节：请缩短。`, `--record is at most 42 bytes (14 Chinese characters); it is ${Buffer.byteLength(record, 'utf8')}: shorten it.`)));
    }
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail('members update', session.error);
    try {
      const code = args.positionals[0] as string;
      const cardId = await resolveMemberCard(args, code, session.value.history, session.value.accountId, session.value.client);
      if (!cardId.ok) return io.fail('members update', cardId.error);
      const done = await session.value.members.change({ cardId: cardId.value, code, value, delta, ...(record ? { record } : {}) });
      if (!done.ok) return io.fail('members update', failure(done.error.code === 'pending' ? EXIT.unresolved : done.error.code === 'ledger' ? EXIT.busy : EXIT.weixin, memberErrorCode(done.error), done.error.message));
      const r = done.value;
      const shown = (n: number | undefined) => (n === undefined ? '?' : value === 'bonus' ? String(n) : `${(n / 100).toFixed(2)}`);
      const exitCode = r.outcome === 'unknown' ? EXIT.unresolved : r.outcome === 'superseded' ? EXIT.failed : EXIT.ok;
      const text = {
        applied: value === 'bonus' ? localized(`✓ 积分 ${r.before} → ${r.after}`, `✓ Points ${r.before} → ${r.after}`) : localized(`✓ 余额 ${shown(r.before)} → ${shown(r.after)} 元`, `✓ Balance ¥${shown(r.before)} → ¥${shown(r.after)}`),
        superseded: localized(`⚠ ${value === 'bonus' ? '积分' : '余额'}已被其他地方改为 ${shown(r.total)}，这次变更未发送，请核对后重新操作`, `⚠ The ${value === 'bonus' ? 'points were' : 'balance was'} changed elsewhere to ${shown(r.total)}; this change was not sent: check and try again`),
        unknown: localized('⚠ 结果仍待核对：稍后再次运行同一命令，不会重复加减', '⚠ Not confirmed yet: run the same command again later; nothing is applied twice'),
      }[r.outcome];
      io.out(io.t(text));
      io.document({ ok: exitCode === EXIT.ok, command: 'members update', exitCode, cardId: cardId.value, value, change: r });
      return exitCode;
    } finally {
      await session.value.close();
    }
  },
};

/** `members form set FILE`: the one-click activation form, checked first (`set` is the word after the group's two). */
export const membersFormSetCommand: Command = {
  name: 'members form',
  options: OPTIONS,
  positionals: { min: 2, max: 2 },
  summary: localized('设置一键激活的开卡字段', 'set the one-click activation form'),
  help: helpText(
    'members form set FILE --card CARD_ID [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized(`从 JSON 文件设置开卡字段（required_form / optional_form：common_field_id_list、custom_field_list、rich_field_list）。\n${ACTIVATION_ADVICE['zh-CN']}\n退出码 0 成功；1 文件有问题；2 用法错误；3 微信拒绝。`, `Sets the activation form from a JSON file (required_form / optional_form: common_field_id_list, custom_field_list, rich_field_list).\n${ACTIVATION_ADVICE.en}\nExit 0: set; 1: problems in the file; 2: usage; 3: refused by Weixin.`),
    COMMON,
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const cardId = stringOption(args.values, 'card');
    if (args.positionals[0] !== 'set') return io.fail('members form set', failure(EXIT.usage, 'usage', localized('用法：members form set FILE --card CARD_ID', 'Usage: members form set FILE --card CARD_ID')));
    if (cardId === undefined) return io.fail('members form set', needCard);
    const input = await readInput(ctx.host, args.positionals[1] as string);
    if (!input.ok) return io.fail('members form set', input.error);
    let form: unknown;
    try {
      form = JSON.parse(input.value.text);
    } catch {
      return io.fail('members form set', failure(EXIT.usage, 'json_invalid', localized('文件不是有效的 JSON。', 'The file is not valid JSON.')));
    }
    const problems = checkActivationForm(form);
    if (problems.length > 0) {
      for (const p of problems) io.out(`✗ ${p.path}: ${io.t(p.message)}`);
      io.document({ ok: false, command: 'members form set', exitCode: EXIT.failed, problems });
      return EXIT.failed;
    }
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail('members form set', session.error);
    try {
      const set = await session.value.client.setActivationForm({ ...(form as Record<string, unknown>), card_id: cardId });
      if (!set.ok) return io.fail('members form set', failure(EXIT.weixin, 'weixin', memberFailureMessage(set.error)));
      io.out(io.t(localized('✓ 开卡字段已设置。', '✓ The activation form is set.')));
      io.note(io.t(ACTIVATION_ADVICE));
      io.document({ ok: true, command: 'members form set', exitCode: EXIT.ok });
      return EXIT.ok;
    } finally {
      await session.value.close();
    }
  },
};
