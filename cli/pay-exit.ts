import { localized } from '../common/i18n';
import { verdictOf, payMessage } from '../main/busifavor/pay-outcome';
import type { PayFailure } from '../main/wechatpay';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/**
 * A failed WeChat Pay call as a CLI failure: the merchant refused as a whole (signature, no
 * permission) is 3 like a Weixin account refusal; a request WeChat Pay refused is 1; no answer
 * (the outcome unknown) is 4. WeChat Pay's own code is kept in the details for developers.
 */
export function payCliFailure(failure_: PayFailure): CliFailure {
  const verdict = verdictOf(failure_);
  const exit = verdict === 'account' ? EXIT.weixin : verdict === 'not-done' ? EXIT.failed : EXIT.unresolved;
  const details = failure_.kind === 'api' ? { status: failure_.status, wechatpayCode: failure_.code, wechatpayMessage: failure_.message, ...(failure_.pointer ? { pointer: failure_.pointer } : {}) } : { kind: failure_.kind };
  return failure(exit, failure_.kind === 'api' ? failure_.code : failure_.code, payMessage(failure_), details);
}

/** The note printed when a read of a stock found nothing this merchant owns. */
export const NOT_THIS_MERCHANT = localized('这个商户下没有这个批次号：请核对批次号和 --merchant。', 'This merchant has no stock with that id: check the stock id and --merchant.');
