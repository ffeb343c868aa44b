import type { HistoryError } from '../../common/ipc/channels/history';

/** Error kinds that say nothing about the draft: the network, a timeout, a busy Weixin. */
const TRANSIENT_KINDS: ReadonlySet<string> = new Set(['network', 'timeout', 'http', 'outcome_unknown', 'invalid_response', 'attempts_exhausted', 'reconcile_pending', 'recovered']);

/**
 * Whether a draft that failed with this error may simply be tried again later: the failure came
 * from the way there, not from the draft (§2: -1 "system busy", 45011 the minute quota; §6).
 * A refusal of the draft itself (4xxxx), an image or a validation problem is not.
 */
export function isTransient(error: HistoryError | null): boolean {
  if (!error) return false;
  if (TRANSIENT_KINDS.has(error.kind)) return true;
  return error.kind === 'weixin' && (error.errcode === -1 || error.errcode === 45011);
}
