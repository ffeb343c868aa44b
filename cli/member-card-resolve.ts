import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import type { HistoryStore } from '../main/history/history-store';
import type { WeixinClient } from '../main/wechat';
import { stringOption, type ParsedArgs } from './args';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/**
 * The member card a code belongs to, when `--card` is left out. userinfo/get, updateuser and activate
 * all take `{card_id, code}` (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5; card_id is
 * required), and the Card API's code/get that could name the card is not part of the member surface
 * (sandbox README "left out on purpose"). So the candidates are the member cards this account
 * created in the local history: one → it; several → each is asked for the code (one read per card)
 * and the one that knows it is taken; none or more than one that knows it → say so and ask for --card.
 */
export async function resolveMemberCard(
  args: ParsedArgs,
  code: string,
  history: HistoryStore,
  accountId: string,
  client: Pick<WeixinClient, 'getMember'>,
): Promise<Result<string, CliFailure>> {
  const given = stringOption(args.values, 'card');
  if (given !== undefined) return ok(given);
  const cards = [...new Set([...history.matching({ accountId }, 'newest')].filter((r) => r.cardType === 'MEMBER_CARD' && r.cardId).map((r) => r.cardId as string))];
  if (cards.length === 0) {
    return err(
      failure(
        EXIT.usage,
        'member_card_unknown',
        localized('卡券历史中没有这个账号创建的会员卡：请用 --card 指定会员卡的 card_id。', 'The card history has no member card created by this account: pass the card_id with --card.'),
      ),
    );
  }
  if (cards.length === 1) return ok(cards[0] as string);
  const knowing: string[] = [];
  for (const cardId of cards) {
    const info = await client.getMember(cardId, code);
    if (info.ok) knowing.push(cardId);
  }
  if (knowing.length === 1) return ok(knowing[0] as string);
  const list = cards.join(', ');
  return err(
    failure(
      EXIT.usage,
      knowing.length === 0 ? 'member_card_unknown' : 'member_card_ambiguous',
      knowing.length === 0
        ? localized(`这个账号的 ${cards.length} 张会员卡（${list}）都查不到卡号 ${code}：请核对卡号，或用 --card 指定 card_id。`, `None of this account's ${cards.length} member cards (${list}) knows code ${code}: check the code, or pass the card_id with --card.`)
        : localized(`卡号 ${code} 同时属于 ${knowing.join(', ')}（自定义卡号可能重复）：请用 --card 指定是哪一张。`, `Code ${code} belongs to ${knowing.join(', ')} (custom codes can repeat): pass the card_id with --card.`),
      { candidates: knowing.length === 0 ? cards : knowing },
    ),
  );
}
