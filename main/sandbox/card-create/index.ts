import type { WxError } from '../errors';
import { checkCardHead } from './check-card-type';
import { checkCardBody } from './pipeline';

/**
 * The card/create verdict on a parsed body without HTTP: undefined when accepted, else the error
 * (errcode and field path). Same rules as the endpoint, minus the account's creation flag; for
 * fast differential tests against the client validator.
 */
export function checkCardCreate(body: unknown, options: { nowMs: number; usablePoiIds: ReadonlySet<number> }): WxError | undefined {
  const head = checkCardHead(body);
  if (!head.ok) return head.error;
  return checkCardBody(head.head, { ...options, requireFutureEnd: true });
}
