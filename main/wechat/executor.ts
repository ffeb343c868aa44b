import type { Clock } from '../../common/clock';
import { err, ok } from '../../common/result';
import type { Logger } from '../log/logger';
import { backoffDelay, delayToNextMinute } from './backoff';
import type { EndpointInfo } from './endpoints';
import type { AmbiguousCause, WeixinFailure, WeixinResult } from './failure';
import { cancelled, httpFailure, invalidResponse, networkFailure, outcomeUnknown, timeoutFailure, tokenRefused, weixinFailure } from './failures';
import type { RetryPolicy, WeixinTimeouts } from './options';
import type { Parsed } from './responses';
import type { RequestBody, Transport } from './transport';
import { judge, type Verdict } from './verdict';

/** Where business calls get their token, and how they report a rejected one. */
export interface TokenSource {
  current(signal?: AbortSignal): Promise<WeixinResult<string>>;
  /** Compare-and-invalidate (security-reliability.md §5.3): only clears if `token` is still cached. */
  invalidate(token: string): void;
}

/** What the executor runs on. */
export interface ExecutorDeps {
  readonly transport: Transport;
  readonly timeouts: WeixinTimeouts;
  readonly retry: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  readonly clock: Clock;
  readonly random: () => number;
  readonly logger: Logger;
}

/** One call to plan. */
export interface CallPlan<T> {
  readonly endpoint: EndpointInfo;
  /** A token source for business endpoints; undefined for the token endpoints themselves. */
  readonly tokens: TokenSource | undefined;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  /** Overrides the class timeout (uploads are scaled by size). */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Parses a success body; gets the access_token used, so the raw console can scrub it. */
  readonly parse: (json: unknown, accessToken: string | undefined) => Parsed<T>;
}

/** §2, §3.3, §5.3: errcodes that mean "this token is no good", cured by one refresh and one retry. */
const TOKEN_ERRCODES: ReadonlySet<number> = new Set([40001, 40014, 42001]);

type Step<T> = { readonly kind: 'done'; readonly result: WeixinResult<T> } | { readonly kind: 'again'; readonly delayMs: number; readonly why: string };

/**
 * Runs one API call with the client's whole policy (§8, security-reliability.md §5.3, §6.2):
 * - 40001/40014/42001 from a business endpoint → invalidate that token, fetch one, retry exactly once
 *   (safe even for card/create: a rejected token means nothing was executed);
 * - 45011 → wait for the next minute and retry, for every call (not executed either);
 * - -1, 5xx, network errors and timeouts → full-jitter backoff for repeatable calls; for card/create
 *   and other non-repeatable calls, once the request may have been sent, `outcome_unknown`;
 * - a connection that never opened (refused, DNS, TLS) → retried for every call: nothing was sent;
 * - everything else (45009, 40164, 48001, input errors…) → returned at once, never retried.
 */
export async function execute<T>(deps: ExecutorDeps, plan: CallPlan<T>): Promise<WeixinResult<T>> {
  const state = { refreshed: false, retries: 0, minuteWaits: 0 };
  const timeoutMs = plan.timeoutMs ?? classTimeout(deps.timeouts, plan.endpoint);
  for (let attempt = 1; ; attempt++) {
    let token: string | undefined;
    if (plan.tokens) {
      const current = await plan.tokens.current(plan.signal);
      if (!current.ok) return current;
      token = current.value;
    }
    const query = token === undefined ? plan.query : { ...plan.query, access_token: token };
    const outcome = await deps.transport.send({
      method: plan.endpoint.method,
      path: plan.endpoint.path,
      ...(query ? { query } : {}),
      ...(plan.body ? { body: plan.body } : {}),
      timeoutMs,
      ...(plan.signal ? { signal: plan.signal } : {}),
    });
    const verdict = judge(outcome, (json) => plan.parse(json, token));
    const step = decide(deps, plan, verdict, state, timeoutMs, token);
    logAttempt(deps.logger, plan.endpoint.path, attempt, verdict, step);
    if (step.kind === 'done') {
      if (!step.result.ok) deps.logger.warn('weixin call failed', summary(step.result.error));
      return step.result;
    }
    if (step.delayMs > 0) await sleepUnlessAborted(deps.sleep, step.delayMs, plan.signal);
  }
}

/** Waits, but wakes at once when the caller aborts (a 45011 wait can last a minute). */
function sleepUnlessAborted(sleep: (ms: number) => Promise<void>, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return sleep(ms);
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    sleep(ms).then(done, done);
  });
}

/** The timeout of an endpoint's class (uploads pass their size-scaled one in the plan). */
export function classTimeout(t: WeixinTimeouts, endpoint: EndpointInfo): number {
  switch (endpoint.timeout) {
    case 'token':
      return t.tokenMs;
    case 'read':
      return t.readMs;
    case 'write':
      return t.writeMs;
    case 'create':
      return t.createMs;
    case 'upload':
      return t.uploadBaseMs;
  }
}

function decide<T>(deps: ExecutorDeps, plan: CallPlan<T>, verdict: Verdict<T>, state: { refreshed: boolean; retries: number; minuteWaits: number }, timeoutMs: number, token: string | undefined): Step<T> {
  const path = plan.endpoint.path;
  const { repeatable } = plan.endpoint;
  const done = (failure: WeixinFailure): Step<T> => ({ kind: 'done', result: err(failure) });
  const backoff = (why: string): Step<T> | undefined => {
    if (state.retries + 1 >= deps.retry.maxAttempts) return undefined;
    state.retries += 1;
    return { kind: 'again', delayMs: backoffDelay(state.retries, deps.retry, deps.random), why };
  };
  /** After a maybe-sent failure: retry a repeatable call, never a non-repeatable one. */
  const ambiguous = (cause: AmbiguousCause, why: string): Step<T> => (repeatable ? (backoff(why) ?? done(cause)) : done(outcomeUnknown(cause)));

  switch (verdict.kind) {
    case 'success':
      return { kind: 'done', result: ok(verdict.value) };
    case 'errcode': {
      const { errcode, errmsg } = verdict;
      if (TOKEN_ERRCODES.has(errcode) && plan.tokens && token !== undefined && !state.refreshed) {
        state.refreshed = true;
        plan.tokens.invalidate(token);
        return { kind: 'again', delayMs: 0, why: `token rejected (${errcode})` };
      }
      if (errcode === 45011 && state.minuteWaits < deps.retry.maxMinuteWaits) {
        state.minuteWaits += 1;
        return { kind: 'again', delayMs: delayToNextMinute(deps.clock.now(), deps.random), why: 'minute quota (45011)' };
      }
      if (errcode === -1) return ambiguous(weixinFailure(path, -1, errmsg), 'system error (-1)');
      // §5.3: on the token endpoint every other errcode is a configuration error (40001 = wrong secret).
      if (!plan.tokens && errcode !== 45011) return done(tokenRefused(path, errcode, errmsg));
      return done(weixinFailure(path, errcode, errmsg));
    }
    case 'http':
      if (verdict.status >= 500) return ambiguous(httpFailure(path, verdict.status), `HTTP ${verdict.status}`);
      return done(httpFailure(path, verdict.status));
    case 'transport': {
      if (verdict.cancelled) {
        const failure = cancelled(path, verdict.sent === 'maybe');
        return done(verdict.sent === 'maybe' && !repeatable ? outcomeUnknown(failure) : failure);
      }
      if (verdict.sent === 'no') return backoff(`not connected (${verdict.code})`) ?? done(networkFailure(path, verdict.code, false));
      const cause = verdict.timedOut ? timeoutFailure(path, timeoutMs) : networkFailure(path, verdict.code, true);
      return ambiguous(cause, verdict.timedOut ? 'timeout' : `connection (${verdict.code})`);
    }
    case 'invalid': {
      const failure = invalidResponse(path, verdict.status, verdict.issues);
      return done(repeatable ? failure : outcomeUnknown(failure));
    }
  }
}

function logAttempt<T>(logger: Logger, endpoint: string, attempt: number, verdict: Verdict<T>, step: Step<T>): void {
  const detail: Record<string, unknown> = { endpoint, attempt, verdict: verdict.kind };
  if (verdict.kind === 'errcode') detail.errcode = verdict.errcode;
  if (verdict.kind === 'http') detail.status = verdict.status;
  if (verdict.kind === 'transport') detail.code = verdict.code;
  if (step.kind === 'again') {
    detail.retryInMs = step.delayMs;
    detail.because = step.why;
  }
  logger.debug('weixin attempt', detail);
}

/** What a failure log line says: kind, path, code — never messages with values, never the cause's URL. */
export function summary(failure: WeixinFailure): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: failure.kind, endpoint: failure.endpoint };
  if (failure.kind === 'weixin' || failure.kind === 'config') {
    if (failure.errcode !== undefined) out.errcode = failure.errcode;
    if (failure.rid !== undefined) out.rid = failure.rid;
  }
  if (failure.kind === 'config') out.reason = failure.reason;
  if (failure.kind === 'network') out.code = failure.code;
  if (failure.kind === 'http') out.status = failure.status;
  if (failure.kind === 'outcome_unknown') out.cause = summary(failure.cause);
  return out;
}
