import { localized } from '../../common/i18n';
import { ACTIVATION_ADVICE, checkActivationForm } from '../../common/members/activation-form';
import type { WeixinFailure } from '../../main/wechat';
import { stringOption } from '../args';
import { helpText, type Command, type HelpOption } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { readInput } from '../input';
import { openMemberSession } from '../member-session';
import { SANDBOX_OPTIONS } from '../sandbox-target';

/** At the counter with a member card (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5). */

const COMMON: readonly HelpOption[] = [
  ['--card CARD_ID', '会员卡的 card_id（必填）', "the member card's card_id (required)"],
  ['--account NAME|ID', '用这个账号（默认内置沙箱账号）', 'use this account (default: the built-in sandbox account)'],
  ['--sandbox-url URL', '沙箱账号连接这个正在运行的沙箱', 'sandbox accounts connect to this running sandbox'],
];
const OPTIONS = { card: { type: 'string' }, account: { type: 'string' }, ...SANDBOX_OPTIONS } as const;

const weixinMessage = (f: WeixinFailure) =>
  f.kind === 'weixin' ? localized(`微信拒绝（${f.errcode}）：${f.errmsg}`, `Weixin refused (${f.errcode}): ${f.errmsg}`) : localized('暂时无法连接微信，请稍后再试', 'Weixin cannot be reached; try again later');
const needCard = failure(EXIT.usage, 'usage', localized('请用 --card 指定会员卡的 card_id。', "Pass the member card's card_id with --card."));

/** `members get CODE`: the member behind a code (userinfo/get). */
export const membersGetCommand: Command = {
  name: 'members get',
  options: OPTIONS,
  positionals: { min: 1, max: 1 },
  summary: localized('按会员卡号查询会员（积分、余额、资料）', 'look a member up by code (points, balance, details)'),
  help: helpText(
    'members get CODE --card CARD_ID [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized('按会员出示的卡号查询积分、余额和开卡资料。退出码 0 成功；2 用法错误；3 微信拒绝或无法连接。', "Shows a member's points, balance and form details by the code they show. Exit 0: found; 2: usage; 3: refused by Weixin or unreachable."),
    COMMON,
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const cardId = stringOption(args.values, 'card');
    if (cardId === undefined) return io.fail('members get', needCard);
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail('members get', session.error);
    try {
      const info = await session.value.members.get(cardId, args.positionals[0] as string);
      if (!info.ok) return io.fail('members get', failure(EXIT.weixin, 'weixin', weixinMessage(info.error)));
      const m = info.value;
      io.out(io.t(localized(`会员 ${m.membershipNumber || m.openid}（${m.nickname}）：积分 ${m.bonus}，余额 ${(m.balance / 100).toFixed(2)} 元，${m.active ? '已激活' : '未激活'}`, `Member ${m.membershipNumber || m.openid} (${m.nickname}): ${m.bonus} points, balance ¥${(m.balance / 100).toFixed(2)}, ${m.active ? 'active' : 'not active'}`)));
      for (const f of m.fields) io.out(`  ${f.name}: ${f.value ?? ''}`);
      io.document({ ok: true, command: 'members get', exitCode: EXIT.ok, member: m });
      return EXIT.ok;
    } finally {
      await session.value.close();
    }
  },
};

/** `members update CODE --add-bonus N --record TEXT`: committed locally first, sent as the absolute total with the delta. */
export const membersUpdateCommand: Command = {
  name: 'members update',
  options: { ...OPTIONS, 'add-bonus': { type: 'string' }, record: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('增减会员积分（先记入本地，绝不重复加减）', "add or take off a member's points (recorded locally first, never applied twice)"),
  help: helpText(
    'members update CODE --card CARD_ID --add-bonus N [--record TEXT] [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized(
      '增加（负数为扣减）会员积分。变更先写入本地记录再发送；发送的是变更后的总积分和本次增减，网络中断后重发也不会重复加减；结果不明时先向微信核对再决定。退出码 0 成功；2 用法错误；3 微信拒绝；4 结果仍待核对（再次运行同一命令即可，不会重复加）。',
      'Adds points (negative takes off). The change is written to the local record before it is sent; what is sent is the new total with the delta, so a resend after a network failure cannot apply it twice; an unknown outcome is checked with Weixin first. Exit 0: done; 2: usage; 3: refused by Weixin; 4: still being confirmed (run again; nothing is added twice).',
    ),
    [...COMMON, ['--add-bonus N', '增加的积分（负数扣减）', 'points to add (negative takes off)'], ['--record TEXT', '会员看到的变更说明（最多 14 个汉字）', 'the line the member sees (at most 14 Chinese characters)']],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const cardId = stringOption(args.values, 'card');
    const raw = stringOption(args.values, 'add-bonus');
    if (cardId === undefined) return io.fail('members update', needCard);
    if (raw === undefined || !/^-?\d+$/.test(raw.trim()) || Number(raw) === 0) {
      return io.fail('members update', failure(EXIT.usage, 'usage', localized('--add-bonus 须为非零整数，例如 --add-bonus 20 或 --add-bonus -5。', '--add-bonus must be a non-zero whole number, e.g. --add-bonus 20 or --add-bonus -5.')));
    }
    const record = stringOption(args.values, 'record');
    if (record !== undefined && Buffer.byteLength(record, 'utf8') > 42) {
      return io.fail('members update', failure(EXIT.usage, 'usage', localized(`--record 最多 42 字节（14 个汉字），现在 ${Buffer.byteLength(record, 'utf8')} 字节：请缩短。`, `--record is at most 42 bytes (14 Chinese characters); it is ${Buffer.byteLength(record, 'utf8')}: shorten it.`)));
    }
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail('members update', session.error);
    try {
      const done = await session.value.members.change({ cardId, code: args.positionals[0] as string, value: 'bonus', delta: Number(raw), ...(record ? { record } : {}) });
      if (!done.ok) return io.fail('members update', failure(done.error.code === 'pending' ? EXIT.unresolved : done.error.code === 'ledger' ? EXIT.busy : EXIT.weixin, done.error.code, done.error.message));
      const r = done.value;
      const exitCode = r.outcome === 'unknown' ? EXIT.unresolved : r.outcome === 'superseded' ? EXIT.failed : EXIT.ok;
      const text = {
        applied: localized(`✓ 积分 ${r.before} → ${r.after}`, `✓ Points ${r.before} → ${r.after}`),
        superseded: localized(`⚠ 积分已被其他地方改为 ${r.total ?? '?'}，这次变更未发送，请核对后重新操作`, `⚠ The points were changed elsewhere to ${r.total ?? '?'}; this change was not sent: check and try again`),
        unknown: localized('⚠ 结果仍待核对：稍后再次运行同一命令，不会重复加减', '⚠ Not confirmed yet: run the same command again later; nothing is applied twice'),
      }[r.outcome];
      io.out(io.t(text));
      io.document({ ok: exitCode === EXIT.ok, command: 'members update', exitCode, change: r });
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
      if (!set.ok) return io.fail('members form set', failure(EXIT.weixin, 'weixin', weixinMessage(set.error)));
      io.out(io.t(localized('✓ 开卡字段已设置。', '✓ The activation form is set.')));
      io.note(io.t(ACTIVATION_ADVICE));
      io.document({ ok: true, command: 'members form set', exitCode: EXIT.ok });
      return EXIT.ok;
    } finally {
      await session.value.close();
    }
  },
};
