import { randomUUID } from 'node:crypto';
import type { Clock } from '../../common/clock';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { MemberInfo, WeixinClient, WeixinFailure } from '../wechat';
import { createActivation } from './activation';
import { unsettled, type ChangeIntent, type LedgerIntent, type MemberLedger, type MemberValue } from './ledger';
import { memberFailureMessage } from './member-errors';

/**
 * At the counter (wechatpay-merchant-coupons-and-member-cards.md §1.5): look a member up, change points
 * or balance. The write-ahead protocol of main/batch/create-op.ts, for updateuser: read the total,
 * COMMIT the intent (before → after) to the ledger, send the absolute total with the delta, record
 * the outcome. An unknown outcome is reconciled with userinfo/get: the total equals `after` →
 * applied; equals `before` → it never landed, so the same absolute request is sent again (it cannot
 * add twice); anything else → someone else changed it, superseded, never resent.
 */

type Client = Pick<WeixinClient, 'getMember' | 'updateMember' | 'activateMember'>;

/** A change asked for at the counter. */
export interface MemberChangeRequest {
  readonly cardId: string;
  readonly code: string;
  readonly value: MemberValue;
  /** Points, or 分 for the balance; negative takes off. */
  readonly delta: number;
  /** The line the member sees (record_bonus / record_balance, ≤ 14 汉字). */
  readonly record?: string;
}

/** What a change came to. */
export interface MemberChangeResult {
  readonly id: string;
  readonly outcome: 'applied' | 'superseded' | 'unknown';
  readonly before: number;
  readonly after: number;
  /** The member's total as Weixin reports it last. */
  readonly total: number | undefined;
}

/** A failure the counter can act on. */
export interface MemberError {
  readonly code: 'weixin' | 'pending' | 'ledger';
  readonly message: Localized;
  readonly failure?: WeixinFailure;
}

/** Options of {@link createMemberService}. */
export interface MemberServiceOptions {
  readonly accountId: string;
  readonly client: Client;
  readonly ledger: MemberLedger;
  readonly clock: Clock;
  /** How many times an unknown outcome is checked (and, if it never landed, resent) before it is left pending. */
  readonly maxAttempts?: number;
}

const weixinError = (failure: WeixinFailure): MemberError => ({ code: 'weixin', failure, message: memberFailureMessage(failure) });

const totalOf = (info: MemberInfo, value: MemberValue) => (value === 'bonus' ? info.bonus : info.balance);

/** The member service of one account. */
export function createMemberService(options: MemberServiceOptions) {
  const { client, ledger, clock, accountId } = options;
  const maxAttempts = options.maxAttempts ?? 3;
  const outcome = (id: string, result: 'applied' | 'refused' | 'superseded' | 'unknown', errcode?: number) =>
    ledger.append({ kind: 'outcome', id, outcome: result, ...(errcode === undefined ? {} : { errcode }), at: clock.now() });
  const send = (i: ChangeIntent) =>
    client.updateMember({ cardId: i.cardId, code: i.code, [i.value]: { total: i.after, delta: i.delta, ...(i.record ? { record: i.record } : {}) } });

  /** Settles one unsettled intent: check, and resend the same absolute request only if it never landed. */
  async function reconcile(intent: ChangeIntent): Promise<Result<MemberChangeResult, MemberError>> {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const info = await client.getMember(intent.cardId, intent.code);
      if (!info.ok) continue;
      const total = totalOf(info.value, intent.value);
      const base = { id: intent.id, before: intent.before, after: intent.after, total };
      if (total === intent.after) {
        await outcome(intent.id, 'applied');
        return ok({ ...base, outcome: 'applied' });
      }
      if (total !== intent.before) {
        await outcome(intent.id, 'superseded');
        return ok({ ...base, outcome: 'superseded' });
      }
      const again = await send(intent);
      if (again.ok) {
        await outcome(intent.id, 'applied');
        return ok({ ...base, outcome: 'applied', total: intent.after });
      }
      if (again.error.kind === 'weixin') {
        await outcome(intent.id, 'refused', again.error.errcode);
        return err(weixinError(again.error));
      }
    }
    return ok({ id: intent.id, outcome: 'unknown', before: intent.before, after: intent.after, total: undefined });
  }

  const activation = createActivation({ accountId, client, ledger, clock, maxAttempts, describe: memberFailureMessage });
  /** Settles a change or an activation; `unknown` when it still cannot be told. */
  const settle = async (intent: LedgerIntent): Promise<{ ok: boolean; unknown: boolean; change?: MemberChangeResult }> => {
    if (intent.kind === 'activation') {
      const r = await activation.reconcile(intent);
      return { ok: r.ok, unknown: r.ok && r.value.outcome === 'unknown' };
    }
    const r = await reconcile(intent);
    return { ok: r.ok, unknown: r.ok && r.value.outcome === 'unknown', ...(r.ok ? { change: r.value } : {}) };
  };
  const pendingFor = (cardId: string, code: string) => unsettled(ledger.entries()).filter((i) => i.accountId === accountId && i.cardId === cardId && i.code === code);

  return {
    /** `userinfo/get`. */
    get: (cardId: string, code: string) => client.getMember(cardId, code),

    /** Changes points or balance once, whatever the network does. */
    async change(request: MemberChangeRequest): Promise<Result<MemberChangeResult, MemberError>> {
      // Never two changes of one member in flight: settle the earlier ones first.
      for (const earlier of pendingFor(request.cardId, request.code)) {
        if ((await settle(earlier)).unknown) {
          return err({ code: 'pending', message: localized('上一次变更的结果还未确认，请稍后再试（不会重复加减）', 'The previous change is not confirmed yet; try again later (nothing is applied twice)') });
        }
      }
      const info = await client.getMember(request.cardId, request.code);
      if (!info.ok) return err(weixinError(info.error));
      const before = totalOf(info.value, request.value);
      const intent: ChangeIntent = {
        kind: 'intent',
        id: randomUUID(),
        accountId,
        cardId: request.cardId,
        code: request.code,
        value: request.value,
        before,
        after: before + request.delta,
        delta: request.delta,
        record: request.record,
        at: clock.now(),
      };
      try {
        await ledger.append(intent);
      } catch {
        return err({ code: 'ledger', message: localized('无法写入本地记录，未发送这次变更', 'The local record could not be written, so nothing was sent') });
      }
      const sent = await send(intent);
      if (sent.ok) {
        await outcome(intent.id, 'applied');
        const reported = request.value === 'bonus' ? sent.value.resultBonus : sent.value.resultBalance;
        return ok({ id: intent.id, outcome: 'applied', before, after: intent.after, total: reported ?? intent.after });
      }
      // A definite errcode, or a config failure (nothing was sent): refused, nothing changed.
      if (sent.error.kind === 'weixin' || sent.error.kind === 'config') {
        await outcome(intent.id, 'refused', sent.error.kind === 'weixin' ? sent.error.errcode : undefined);
        return err(weixinError(sent.error));
      }
      await outcome(intent.id, 'unknown');
      return reconcile(intent);
    },

    /** Activates a member by interface once, committed first (activation.ts). Earlier changes of the code are settled first. */
    async activate(request: Parameters<typeof activation.activate>[0]) {
      for (const earlier of pendingFor(request.cardId, request.code)) {
        if ((await settle(earlier)).unknown) {
          return err({ code: 'pending' as const, message: localized('上一次操作的结果还未确认，请稍后再试（不会重复激活）', 'The previous operation is not confirmed yet; try again later (nothing is done twice)') });
        }
      }
      return activation.activate(request);
    },

    /** Settles every unsettled change and activation of this account (after a crash or a lost answer); the changes' results. */
    async reconcileAll(): Promise<MemberChangeResult[]> {
      const results: MemberChangeResult[] = [];
      for (const intent of unsettled(ledger.entries()).filter((i) => i.accountId === accountId)) {
        const r = await settle(intent);
        if (r.change) results.push(r.change);
      }
      return results;
    },
  };
}

/** The member service of one account. */
export type MemberService = ReturnType<typeof createMemberService>;
