import { localized } from '../../common/i18n';
import { memberFailureMessage } from '../../main/members/member-errors';
import type { JsonObject } from '../../main/wechat/call';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { readInput } from '../input';
import { openMemberSession } from '../member-session';
import { MEMBER_COMMON, MEMBER_OPTIONS } from './members';

const NAME = 'members card update';

/** The re-review rule (wechat-card-api.md §1.7 rule 1; sandbox README "Member cards"), for the help and the result. */
export const RE_REVIEW_RULE = localized(
  '改动卡面图（background_pic_url）、特权说明（prerogative）或 base_info 中审核员看的字段（logo_url、title、sub_title、color、notice、description、入口名称和链接等）后，会员卡重新进入审核（微信回答 send_check: true），审核期间会员看到的仍是旧内容，审核不通过则改动不生效。积分和储值规则、顶部栏位、激活方式、折扣和库存等改动立即生效，不重新审核。只需写要改的字段；写 "" 清空可选字段。积分和储值一旦开启不能关闭。',
  "Changing the card face (background_pic_url), the privileges text (prerogative) or a base_info field the reviewer reads (logo_url, title, sub_title, color, notice, description, entry names and links…) sends the member card back to review (Weixin answers send_check: true): members keep seeing the old content meanwhile, and a rejection drops the change. Points and stored-value rules, header cells, the activation mode, the discount and stock take effect at once, without review. Write only the fields to change; \"\" clears an optional field. Points and stored value cannot be turned off once on.",
);

/**
 * `members card update FILE --card CARD_ID`: card/update for a member card (§1.7). The file holds
 * the `member_card` fields to change (or `{member_card: {...}}`); the sandbox and Weixin check them.
 * card/update is overwrite-style, so sending it twice sets the same fields: no ledger is needed.
 */
export const membersCardUpdateCommand: Command = {
  name: 'members card',
  options: MEMBER_OPTIONS,
  positionals: { min: 2, max: 2 },
  summary: localized('修改会员卡（card/update；部分字段需重新审核）', 'change a member card (card/update; some fields need review again)'),
  help: helpText(
    `${NAME} FILE --card CARD_ID [--account NAME|ID] [--sandbox-url URL] [--json]`,
    localized(`从 JSON 文件修改会员卡：文件写 member_card 中要改的字段，例如 {"prerogative": "会员八五折"} 或 {"base_info": {"notice": "…"}}。\n${RE_REVIEW_RULE['zh-CN']}\n退出码 0 成功；1 文件有问题；2 用法错误；3 微信拒绝。`, `Changes a member card from a JSON file holding the member_card fields to change, e.g. {"prerogative": "15% off for members"} or {"base_info": {"notice": "…"}}.\n${RE_REVIEW_RULE.en}\nExit 0: changed; 1: problems in the file; 2: usage; 3: refused by Weixin.`),
    [['--card CARD_ID', '会员卡的 card_id（必填）', "the member card's card_id (required)"], ...MEMBER_COMMON.slice(1)],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    if (args.positionals[0] !== 'update') return io.fail(NAME, failure(EXIT.usage, 'usage', localized(`用法：${NAME} FILE --card CARD_ID`, `Usage: ${NAME} FILE --card CARD_ID`)));
    const cardId = stringOption(args.values, 'card');
    if (cardId === undefined) return io.fail(NAME, failure(EXIT.usage, 'usage', localized('请用 --card 指定要修改的会员卡的 card_id。', "Pass the card_id of the member card to change with --card.")));
    const input = await readInput(ctx.host, args.positionals[1] as string);
    if (!input.ok) return io.fail(NAME, input.error);
    let parsed: unknown;
    try {
      parsed = JSON.parse(input.value.text);
    } catch {
      return io.fail(NAME, failure(EXIT.failed, 'json_invalid', localized('文件不是有效的 JSON。', 'The file is not valid JSON.')));
    }
    const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
    const fields = isObject(parsed) && isObject(parsed.member_card) ? parsed.member_card : parsed;
    if (!isObject(fields) || Object.keys(fields).length === 0) {
      return io.fail(NAME, failure(EXIT.failed, 'update_empty', localized('文件应是一个 JSON 对象，写出 member_card 中要改的字段，例如 {"prerogative": "会员八五折"}。', 'The file must be a JSON object of the member_card fields to change, e.g. {"prerogative": "15% off for members"}.')));
    }
    const session = await openMemberSession(ctx, args);
    if (!session.ok) return io.fail(NAME, session.error);
    try {
      const updated = await session.value.client.updateCard(cardId, 'MEMBER_CARD', fields);
      if (!updated.ok) return io.fail(NAME, failure(EXIT.weixin, 'weixin', memberFailureMessage(updated.error)));
      const review = updated.value.sendCheck === true;
      io.out(
        io.t(
          review
            ? localized('✓ 已修改；会员卡重新进入审核，通过后会员才看到新内容（history refresh 查看审核结果）。', '✓ Changed; the member card is back in review, and members see the new content once it passes (history refresh shows the result).')
            : localized('✓ 已修改，立即生效（无需重新审核）。', '✓ Changed, in effect at once (no new review).'),
        ),
      );
      io.document({ ok: true, command: NAME, exitCode: EXIT.ok, cardId, sendCheck: review });
      return EXIT.ok;
    } finally {
      await session.value.close();
    }
  },
};
