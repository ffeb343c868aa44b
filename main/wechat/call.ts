import { err } from '../../common/result';
import type { EndpointInfo } from './endpoints';
import { execute, type ExecutorDeps, type TokenSource } from './executor';
import type { WeixinResult } from './failure';
import { configFailure } from './failures';
import type { Parsed } from './responses';
import { parseWith } from './responses';
import type { RequestBody } from './transport';
import type { z } from 'zod';

/** Per-call options every endpoint function takes. */
export interface CallOptions {
  /** Cancels the call. A cancelled non-repeatable call that was already sent is `outcome_unknown`. */
  readonly signal?: AbortSignal;
}

/** What the endpoint functions share: the executor, the token source, the account. */
export interface ApiContext {
  readonly deps: ExecutorDeps;
  readonly tokens: TokenSource;
  readonly appid: string;
}

/** A JSON object to send as a request body. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** JSON text of a body; JSON.stringify keeps CJK as UTF-8 (Weixin wants it unescaped). */
export function jsonBody(payload: unknown): RequestBody | undefined {
  try {
    const text = JSON.stringify(payload);
    return typeof text === 'string' ? { kind: 'json', text } : undefined;
  } catch {
    return undefined;
  }
}

/** Calls an authenticated endpoint with a JSON body (or none) and a success parser. */
export async function callJson<T>(
  ctx: ApiContext,
  endpoint: EndpointInfo,
  payload: unknown,
  parse: (json: unknown, accessToken: string | undefined) => Parsed<T>,
  options: CallOptions = {},
): Promise<WeixinResult<T>> {
  let body: RequestBody | undefined;
  if (payload !== undefined) {
    body = jsonBody(payload);
    if (!body) return err(configFailure(endpoint.path, 'invalid_request'));
  }
  return execute(ctx.deps, {
    endpoint,
    tokens: ctx.tokens,
    ...(body ? { body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    parse,
  });
}

/** A parser from a zod schema. */
export function schemaParser<S extends z.ZodType>(schema: S): (json: unknown) => Parsed<z.output<S>> {
  return (json) => parseWith(schema, json);
}
