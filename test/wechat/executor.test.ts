import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../common/clock';
import { ok } from '../../common/result';
import { SILENT_LOGGER } from '../../main/wechat/options';
import { backoffDelay, delayToNextMinute } from '../../main/wechat/backoff';
import { ENDPOINTS, type EndpointInfo } from '../../main/wechat/endpoints';
import { execute, type ExecutorDeps } from '../../main/wechat/executor';
import { DEFAULT_RETRY, DEFAULT_TIMEOUTS } from '../../main/wechat';
import { parseProxyUrl, parseBaseUrl } from '../../main/wechat/proxy';
import type { HttpOutcome, HttpRequest } from '../../main/wechat/transport';

/** A transport that plays a script of outcomes and records what it was asked to send. */
function scripted(outcomes: HttpOutcome[]) {
  const sent: HttpRequest[] = [];
  return {
    sent,
    transport: {
      send: async (request: HttpRequest): Promise<HttpOutcome> => {
        sent.push(request);
        return outcomes.shift() ?? { kind: 'response', status: 200, text: '{"errcode":0,"errmsg":"ok"}' };
      },
    },
  };
}

const refused: HttpOutcome = { kind: 'error', code: 'ECONNREFUSED', sent: 'no', timedOut: false, cancelled: false };
const okBody: HttpOutcome = { kind: 'response', status: 200, text: '{"errcode":0,"errmsg":"ok","card_id":"pAAAAA0000000000000000000000"}' };

function deps(transport: ExecutorDeps['transport'], sleeps: number[] = []): ExecutorDeps {
  return {
    transport,
    timeouts: DEFAULT_TIMEOUTS,
    retry: DEFAULT_RETRY,
    sleep: async (ms) => void sleeps.push(ms),
    clock: fixedClock(0),
    random: () => 0.999,
    logger: SILENT_LOGGER,
  };
}

const tokens = { current: async () => ok('TOKEN'), invalidate: () => undefined };
const plan = (endpoint: EndpointInfo) => ({ endpoint, tokens, body: { kind: 'json' as const, text: '{}' }, parse: (json: unknown) => ({ ok: true as const, value: json }) });

describe('"certainly not sent" versus "maybe sent"', () => {
  it('card/create whose connection was refused is retried: nothing reached Weixin', async () => {
    const { transport, sent } = scripted([refused, refused, okBody]);
    const result = await execute(deps(transport), plan(ENDPOINTS.createCard));
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(3);
  });

  it('refused three times: a network failure with requestSent false, never outcome_unknown', async () => {
    const { transport } = scripted([refused, refused, refused]);
    const result = await execute(deps(transport), plan(ENDPOINTS.createCard));
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', code: 'ECONNREFUSED', requestSent: false } });
  });

  it('a TLS failure counts as not sent; a reset does not', async () => {
    const tls: HttpOutcome = { kind: 'error', code: 'CERT_HAS_EXPIRED', sent: 'no', timedOut: false, cancelled: false };
    const reset: HttpOutcome = { kind: 'error', code: 'ECONNRESET', sent: 'maybe', timedOut: false, cancelled: false };
    const first = scripted([tls, reset]);
    const result = await execute(deps(first.transport), plan(ENDPOINTS.createCard));
    expect(result).toMatchObject({ ok: false, error: { kind: 'outcome_unknown', cause: { kind: 'network', code: 'ECONNRESET' } } });
    expect(first.sent).toHaveLength(2);
  });

  it('attaches the token as ?access_token= and never puts it anywhere else', async () => {
    const { transport, sent } = scripted([okBody]);
    await execute(deps(transport), plan(ENDPOINTS.createCard));
    expect(sent[0]?.query).toEqual({ access_token: 'TOKEN' });
    expect(sent[0]?.path).toBe('/card/create');
    expect(sent[0]?.timeoutMs).toBe(15_000);
  });
});

describe('backoff arithmetic', () => {
  it('full jitter under a doubling ceiling, capped', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, DEFAULT_RETRY, () => 0.999_999_9))).toEqual([499, 999, 1999, 3999, 7999, 7999]);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it('the next minute is measured from the injected clock', () => {
    expect(delayToNextMinute(60_000 * 10 + 59_900, () => 0)).toBe(100 + 250);
    expect(delayToNextMinute(60_000 * 10, () => 0.5)).toBe(60_000 + 250 + 500);
  });
});

describe('URL checks', () => {
  it('parses per-account proxies, keeping credentials out of the display form', () => {
    expect(parseProxyUrl('http://user:p%40ss@proxy.corp:3128')).toEqual({
      config: { protocol: 'http', host: 'proxy.corp', port: 3128, auth: { username: 'user', password: 'p@ss' } },
      display: 'proxy.corp:3128',
    });
    expect(parseProxyUrl('https://[::1]')?.config).toEqual({ protocol: 'https', host: '::1', port: 443 });
    expect(parseProxyUrl('proxy.corp:3128')).toBeUndefined();
  });

  it('allows plain http only on loopback', () => {
    expect(parseBaseUrl('http://127.0.0.1:8080')?.origin).toBe('http://127.0.0.1:8080');
    expect(parseBaseUrl('http://localhost:1')).toBeDefined();
    expect(parseBaseUrl('http://10.0.0.1')).toBeUndefined();
    expect(parseBaseUrl('https://api.weixin.qq.com/')?.origin).toBe('https://api.weixin.qq.com');
  });
});
