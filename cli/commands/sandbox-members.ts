import { localized } from '../../common/i18n';
import { DEMO_ACCOUNT, SANDBOX_GIVE_MEMBER_CARD_PATH } from '../../main/sandbox';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { readSandboxChoice, SANDBOX_OPTIONS } from '../sandbox-target';

/**
 * `sandbox give-member-card CARD_ID --sandbox-url URL`: in a running `coupon-studio sandbox`, a
 * simulated user receives the member card (as by scanning its QR code), so `members get` / `update`
 * / `activate` have a member code to work with. Sandbox only: a real member comes from WeChat.
 */
export const sandboxGiveMemberCardCommand: Command = {
  name: 'sandbox give-member-card',
  options: { ...SANDBOX_OPTIONS, appid: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('（沙箱）模拟一位用户领取会员卡，得到会员卡号', '(sandbox) a simulated user receives a member card; prints its code'),
  help: helpText(
    'sandbox give-member-card CARD_ID --sandbox-url URL [--appid APPID] [--json]',
    localized(
      `在正在运行的沙箱（coupon-studio sandbox）中，模拟一位用户领取这张会员卡，打印他得到的卡号（code），供 members get / update / activate 使用。开启了自动激活的卡领取后即已激活；否则先用 members activate 激活。仅限沙箱：真实会员由微信用户自己领取。\n开发者：POST ${SANDBOX_GIVE_MEMBER_CARD_PATH}。退出码 0 成功；2 用法错误；3 沙箱拒绝或无法连接。`,
      `In a running sandbox (coupon-studio sandbox), a simulated user receives this member card; prints the code they got, for members get / update / activate. A card with auto activation is active at once; otherwise activate it with members activate. Sandbox only: real members receive cards in WeChat themselves.\nDevelopers: POST ${SANDBOX_GIVE_MEMBER_CARD_PATH}. Exit 0: done; 2: usage; 3: refused by the sandbox or unreachable.`,
    ),
    [
      ['--sandbox-url URL', '正在运行的沙箱地址（必填）', "the running sandbox's address (required)"],
      ['--appid APPID', `沙箱中的公众号（默认示例账号 ${DEMO_ACCOUNT.appid}）`, `the Official Account in the sandbox (default: the demo account ${DEMO_ACCOUNT.appid})`],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const name = 'sandbox give-member-card';
    const choice = readSandboxChoice(args.values);
    if (!choice.ok) return io.fail(name, choice.error);
    if (choice.value.kind !== 'url') {
      return io.fail(name, failure(EXIT.usage, 'sandbox_required', localized('请用 --sandbox-url 指定正在运行的沙箱（先运行 coupon-studio sandbox）。', 'Pass --sandbox-url with the running sandbox (start it with coupon-studio sandbox).')));
    }
    const cardId = args.positionals[0] as string;
    const appid = stringOption(args.values, 'appid') ?? DEMO_ACCOUNT.appid;
    let answer: { status: number; body: { code?: string; error?: string } };
    try {
      const res = await fetch(`${choice.value.url}${SANDBOX_GIVE_MEMBER_CARD_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ appid, card_id: cardId }) });
      answer = { status: res.status, body: (await res.json()) as { code?: string; error?: string } };
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return io.fail(name, failure(EXIT.weixin, 'sandbox_unreachable', localized(`无法连接沙箱 ${choice.value.url}：${why}`, `The sandbox at ${choice.value.url} cannot be reached: ${why}`)));
    }
    if (answer.status !== 200 || typeof answer.body.code !== 'string') {
      const why = answer.body.error ?? `HTTP ${answer.status}`;
      return io.fail(name, failure(EXIT.weixin, 'sandbox_refused', localized(`沙箱中没有这张会员卡（${why}）：请先用 create 在这个沙箱中创建会员卡，并核对 card_id。`, `The sandbox has no such member card (${why}): create the member card in this sandbox first and check the card_id.`)));
    }
    io.out(io.t(localized(`✓ 用户已领取会员卡，卡号 ${answer.body.code}`, `✓ A user received the member card; code ${answer.body.code}`)));
    io.document({ ok: true, command: name, exitCode: EXIT.ok, appid, cardId, code: answer.body.code });
    return EXIT.ok;
  },
};
