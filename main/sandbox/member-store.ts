import type { AccountState } from './account-state';
import { randomIntBetween } from './random';

/**
 * The sandbox's members (wechatpay-merchant-coupons-and-member-cards.md §1.4, §1.5): one per code a
 * simulated user received, with bonus, balance and every change as Weixin would push it
 * (`update_member_card`, §1.6). Kept beside the account state, keyed by it, so the account record
 * stays as it is.
 */
export interface SandboxMember {
  readonly cardId: string;
  readonly code: string;
  readonly openid: string;
  readonly nickname: string;
  membershipNumber: string | undefined;
  active: boolean;
  bonus: number;
  balance: number;
  customValues: [string, string, string];
  backgroundPicUrl: string | undefined;
  userInfo: { common_field_list: { name: string; value: string }[]; custom_field_list: { name: string; value: string }[] };
}

/** One accepted change, what `update_member_card` would carry, for display and for tests. */
export interface MemberChange {
  readonly cardId: string;
  readonly code: string;
  readonly modifyBonus: number;
  readonly modifyBalance: number;
  readonly recordBonus: string | undefined;
  readonly recordBalance: string | undefined;
  readonly at: number;
}

/** A member-card event the sandbox emits for display (a desktop app has no public URL to receive it, §1.6). */
export interface MemberEvent {
  readonly event: 'user_get_card' | 'submit_membercard_user_info' | 'update_member_card';
  readonly cardId: string;
  readonly code: string;
  readonly at: number;
  readonly modifyBonus?: number;
  readonly modifyBalance?: number;
}

/** The activation form set for a card (§1.4). */
export type ActivationForm = Record<string, unknown>;

/** Per-account member data. */
export interface MemberBook {
  readonly members: Map<string, SandboxMember>;
  readonly changes: MemberChange[];
  readonly events: MemberEvent[];
  readonly forms: Map<string, ActivationForm>;
}

const books = new WeakMap<AccountState, MemberBook>();

/** The member data of an account, created on first use. */
export function memberBook(account: AccountState): MemberBook {
  let book = books.get(account);
  if (!book) {
    book = { members: new Map(), changes: [], events: [], forms: new Map() };
    books.set(account, book);
  }
  return book;
}

/** A simulated user receives a member card: a fresh 12-digit code (active at once with auto_activate). */
export function receiveMemberCard(account: AccountState, cardId: string, autoActivate: boolean, now: number): SandboxMember {
  const book = memberBook(account);
  let code: string;
  do code = String(randomIntBetween(100_000_000_000, 999_999_999_999));
  while (book.members.has(code));
  const member: SandboxMember = {
    cardId,
    code,
    openid: `o${account.config.prefix}${code.slice(-6)}${'x'.repeat(16)}`.slice(0, 28),
    nickname: `会员${code.slice(-4)}`,
    membershipNumber: autoActivate ? code : undefined,
    active: autoActivate,
    bonus: 0,
    balance: 0,
    customValues: ['', '', ''],
    backgroundPicUrl: undefined,
    userInfo: { common_field_list: [], custom_field_list: [] },
  };
  book.members.set(code, member);
  book.events.push({ event: 'user_get_card', cardId, code, at: now });
  return member;
}
