import { CARD_TYPES } from '../../common/coupon/card-types';
import { exampleCoupon } from '../../common/coupon/examples';
import { localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import { formatChinaDateTime } from '../../common/units/china-time';
import { helpText, type Command } from '../command';
import { runCreate } from '../create-flow';
import { EXIT } from '../exit-codes';
import { failure } from '../io';

/** `demo`: a sample batch of every coupon type against the embedded sandbox, with no set-up. */
export const demoCommand: Command = {
  name: 'demo',
  options: {},
  positionals: { min: 0, max: 0 },
  summary: localized('无需任何设置：用内嵌沙箱创建一批示例券（五种券型各一张）', 'no set-up: create a sample batch (one of each coupon type) in the embedded sandbox'),
  help: helpText(
    'demo [--json]',
    localized(
      '用内置的“示例商户（沙箱）”账号和本进程内嵌的沙箱，创建一批示例券（团购券、代金券、折扣券、兑换券、优惠券各一张）。草稿批次和卡券历史写入与桌面应用相同的数据目录，所以应用里能看到它们；沙箱随本进程结束而关闭。',
      'Creates a sample batch (one group-buy, cash, discount, gift and general coupon) with the built-in "Demo merchant (sandbox)" account in a sandbox embedded in this process. The draft batch and the card history go to the data directory the desktop app uses, so the app shows them; the sandbox stops when this process ends.',
    ),
    [],
  ),
  async run(ctx) {
    const now = Date.now();
    const name = `示例批次 ${formatChinaDateTime(Math.floor(now / 1000)).slice(0, 16)}`;
    ctx.io.note(`${ctx.io.t(localized('数据目录', 'Data directory'))}: ${ctx.dataDir.path}`);
    return runCreate(ctx, {
      command: 'demo',
      account: undefined,
      sandbox: { kind: 'embedded' },
      concurrency: undefined,
      async save(local, accountId) {
        const cards = CARD_TYPES.map((type) => exampleCoupon(type, now) as unknown as Record<string, unknown>);
        const created = await local.drafts.create({ name, accountId, cards });
        if (!created.ok) return err(failure(EXIT.busy, created.error.code, created.error.message));
        return ok({ id: created.value.id, name: created.value.name, drafts: created.value.drafts.length, form: 'bodies' });
      },
    });
  },
};
