import { wxError, type WxError } from '../errors';
import { isAbsent, isInt, objectAt, own } from './access';
import { nodePath, type CardHead, type CheckOptions } from './context';
import { dateKind } from './date-kind';
import { MAX_TIMESTAMP } from './spec';

/**
 * date_info (§4.3, decisions table): type and timestamps → 40079 (seconds, not milliseconds, and
 * before 2038); FIX_TIME_RANGE end in the future (40079) and after begin (40100); FIX_TERM
 * fixed_term ≥ 1, fixed_begin_term ≥ 0, optional end in the future (40079).
 */
export function checkDates(head: CardHead, options: CheckOptions): WxError | undefined {
  const at = `${nodePath(head)}.base_info.date_info`;
  const dateInfo = objectAt(objectAt(head.node, 'base_info'), 'date_info');
  if (!dateInfo) return undefined;
  const kind = dateKind(own(dateInfo, 'type'), head.cardType === 'MEMBER_CARD');
  if (!kind) return wxError(40079, `${at}.type`);
  for (const field of ['begin_timestamp', 'end_timestamp']) {
    const value = own(dateInfo, field);
    if (!isAbsent(value) && !isTimestamp(value)) return wxError(40079, `${at}.${field}`);
  }
  const begin = own(dateInfo, 'begin_timestamp');
  const end = own(dateInfo, 'end_timestamp');
  const endPassed = isInt(end) && options.requireFutureEnd && end * 1000 <= options.nowMs;
  if (kind === 'range') {
    if (endPassed) return wxError(40079, `${at}.end_timestamp`);
    if (isInt(begin) && isInt(end) && begin >= end) return wxError(40100, `${at}.begin_timestamp`);
    return undefined;
  }
  if (kind === 'permanent') return endPassed ? wxError(40079, `${at}.end_timestamp`) : undefined;
  const fixedTerm = own(dateInfo, 'fixed_term');
  // §4.3: the current doc says fixed_term "不支持填写0".
  if (isInt(fixedTerm) && fixedTerm < 1) return wxError(40079, `${at}.fixed_term`);
  const fixedBegin = own(dateInfo, 'fixed_begin_term');
  if (isInt(fixedBegin) && fixedBegin < 0) return wxError(40079, `${at}.fixed_begin_term`);
  if (endPassed) return wxError(40079, `${at}.end_timestamp`);
  return undefined;
}

/** Unsigned seconds: an integer ≥ 0, below 10^11 (so not milliseconds, §4.3) and before 2038-01-19 China time. */
function isTimestamp(value: unknown): value is number {
  return isInt(value) && value >= 0 && value < 1e11 && value <= MAX_TIMESTAMP;
}
