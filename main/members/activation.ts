import { randomUUID } from 'node:crypto';
import type { Clock } from '../../common/clock';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { WeixinClient, WeixinFailure } from '../wechat';
import type { ActivationIntent, MemberLedger } from './ledger';

/**
 * Interface activation (card/membercard/activate, wechatpay-merchant-coupons-and-member-cards.md §1.4)
 * under the write-ahead protocol of member changes: read the member, COMMIT the activation, send it,
 * record the outcome. An unknown outcome is settled by reading the member again: active with our
 * membership number → applied; still inactive → it never landed, sent again (Weixin activates a code
 * once only, so a resend of one that did land is refused, 40078, never applied twice); active with
 * another number → someone else activated it, superseded.
 */

type Client = Pick<WeixinClient, 'getMember' | 'activateMember'>;

/** An activation asked for at the counter. */
export interface ActivationRequest {
  readonly cardId: string;
  readonly code: string;
  /** Shown to the member as the card number; the code when not given. */
  readonly membershipNumber?: string;
  readonly initBonus?: number;
  /** 分. */
  readonly initBalance?: number;
}

/** What an activation came to. */
export interface ActivationResult {
  readonly id: string;
  readonly outcome: 'applied' | 'superseded' | 'unknown';
  readonly membershipNumber: string;
}

/** A failure the counter can act on (`active`: the member was active already, nothing was sent). */
export interface ActivationError {
  readonly code: 'weixin' | 'ledger' | 'active';
  readonly message: Localized;
  readonly failure?: WeixinFailure;
}

/** Turns a refusal into the counter's words (43010 names the stored-value permission). */
export type DescribeFailure = (failure: WeixinFailure) => Localized;

/** Options of {@link createActivation}. */
export interface ActivationOptions {
  readonly accountId: string;
  readonly client: Client;
  readonly ledger: MemberLedger;
  readonly clock: Clock;
  readonly maxAttempts: number;
  readonly describe: DescribeFailure;
}

const ALREADY_ACTIVE = 40078;

/** The activation half of the member service. */
export function createActivation(options: ActivationOptions) {
  const { client, ledger, clock, accountId, maxAttempts, describe } = options;
  const outcome = (id: string, result: 'applied' | 'refused' | 'superseded' | 'unknown', errcode?: number) =>
    ledger.append({ kind: 'outcome', id, outcome: result, ...(errcode === undefined ? {} : { errcode }), at: clock.now() });
  const send = (i: ActivationIntent) =>
    client.activateMember({
      card_id: i.cardId,
      code: i.code,
      membership_number: i.membershipNumber,
      ...(i.initBonus === undefined ? {} : { init_bonus: i.initBonus }),
      ...(i.initBalance === undefined ? {} : { init_balance: i.initBalance }),
    });
  const failed = (failure: WeixinFailure): ActivationError => ({ code: 'weixin', failure, message: describe(failure) });

  /** Settles one unsettled activation by reading the member; resends only one that never landed. */
  async function reconcile(intent: ActivationIntent): Promise<Result<ActivationResult, ActivationError>> {
    const base = { id: intent.id, membershipNumber: intent.membershipNumber };
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const info = await client.getMember(intent.cardId, intent.code);
      if (!info.ok) continue;
      if (info.value.active) {
        const ours = info.value.membershipNumber === intent.membershipNumber;
        await outcome(intent.id, ours ? 'applied' : 'superseded');
        return ok({ ...base, outcome: ours ? 'applied' : 'superseded' });
      }
      const again = await send(intent);
      if (again.ok) {
        await outcome(intent.id, 'applied');
        return ok({ ...base, outcome: 'applied' });
      }
      // 40078 here: it landed after the read; the next read tells whose it is.
      if (again.error.kind === 'weixin' && again.error.errcode !== ALREADY_ACTIVE) {
        await outcome(intent.id, 'refused', again.error.errcode);
        return err(failed(again.error));
      }
    }
    return ok({ ...base, outcome: 'unknown' });
  }

  /** Activates a member once, whatever the network does. */
  async function activate(request: ActivationRequest): Promise<Result<ActivationResult, ActivationError>> {
    const info = await client.getMember(request.cardId, request.code);
    if (!info.ok) return err(failed(info.error));
    if (info.value.active) {
      return err({
        code: 'active',
        message: localized(`这位会员已激活（会员号 ${info.value.membershipNumber || request.code}），未重复激活。`, `This member is active already (membership number ${info.value.membershipNumber || request.code}); nothing was sent.`),
      });
    }
    const intent: ActivationIntent = {
      kind: 'activation',
      id: randomUUID(),
      accountId,
      cardId: request.cardId,
      code: request.code,
      membershipNumber: request.membershipNumber ?? request.code,
      initBonus: request.initBonus,
      initBalance: request.initBalance,
      at: clock.now(),
    };
    try {
      await ledger.append(intent);
    } catch {
      return err({ code: 'ledger', message: localized('无法写入本地记录，未发送这次激活', 'The local record could not be written, so the activation was not sent') });
    }
    const sent = await send(intent);
    if (sent.ok) {
      await outcome(intent.id, 'applied');
      return ok({ id: intent.id, outcome: 'applied', membershipNumber: intent.membershipNumber });
    }
    if (sent.error.kind === 'weixin' || sent.error.kind === 'config') {
      await outcome(intent.id, 'refused', sent.error.kind === 'weixin' ? sent.error.errcode : undefined);
      return err(failed(sent.error));
    }
    await outcome(intent.id, 'unknown');
    return reconcile(intent);
  }

  return { activate, reconcile };
}
