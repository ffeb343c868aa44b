import type { AccountState } from './account-state';
import { err, ok, type Result } from '../../common/result';
import { memberBook, receiveMemberCard, type MemberChange, type MemberEvent } from './member-store';

/** What a test or the sandbox panel may do with members: hand out a card, read what happened. */
export interface MemberControl {
  /** A simulated user receives a member card (as by scanning its QR code); the code it got. */
  giveMemberCard(appid: string, cardId: string): Result<string, string>;
  /** Every accepted points/balance change and every member event, for display (no public URL, §1.6). */
  memberActivity(appid: string): Result<{ changes: MemberChange[]; events: MemberEvent[] }, string>;
}

/** The member controls of a running sandbox, over its accounts. */
export function memberControl(account: (appid: string) => AccountState | undefined, now: () => number): MemberControl {
  return {
    giveMemberCard(appid, cardId) {
      const target = account(appid);
      if (!target) return err(`unknown appid ${appid}`);
      const card = target.cards.get(cardId);
      if (!card || card.cardType !== 'MEMBER_CARD') return err(`no member card ${cardId}`);
      const node = card.card.member_card as Record<string, unknown>;
      return ok(receiveMemberCard(target, cardId, node.auto_activate === true, now()).code);
    },
    memberActivity(appid) {
      const target = account(appid);
      if (!target) return err(`unknown appid ${appid}`);
      const book = memberBook(target);
      return ok({ changes: structuredClone(book.changes), events: structuredClone(book.events) });
    },
  };
}
