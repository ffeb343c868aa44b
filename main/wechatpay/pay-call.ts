import type { KeyObject } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../../common/clock';
import { parseWith } from '../wechat/responses';
import { describeVerifyFailure, pointerOf, type PayResult } from './pay-failure';
import type { PayHttpRequest, PayTransport } from './pay-transport';
import { authorizationHeader, makeNonce } from './sign';
import { verifySigned, type VerifierKeys } from './verify';

/** Who the client signs as and which keys it trusts (§2.1, §3.3). */
export interface PayCredentials {
  readonly mchid: string;
  /** The merchant API certificate's serial. */
  readonly serialNo: string;
  /** Read from the vault at the moment of signing; never kept by the client. */
  readonly privateKey: () => Promise<KeyObject | undefined>;
  /** Verification keys by serial: the PUB_KEY_ID and/or platform certificate serials. */
  readonly verifierKeys: () => VerifierKeys;
  /** Sent as `Wechatpay-Serial` so WeChat Pay answers with this key (§3.1): the PUB_KEY_ID when there is one. */
  readonly preferredSerial: () => string | undefined;
}

/** Everything a call needs from outside. */
export interface PayCallContext {
  readonly credentials: PayCredentials;
  readonly transport: PayTransport;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly userAgent: string;
}

/** One request to make. */
export interface PayCallSpec {
  readonly method: PayHttpRequest['method'];
  readonly pathWithQuery: string;
  /** The JSON body, serialised once: these bytes are signed and sent (§3.1). */
  readonly json?: unknown;
  /** An upload: the signed meta text and the multipart bytes (§2.5). */
  readonly multipart?: { readonly meta: string; readonly data: Buffer; readonly boundary: string };
  readonly signal?: AbortSignal;
  /** Extra trusted keys for this answer only (a certificate download verifies with what it brought, §3.4). */
  readonly extraKeys?: (body: Buffer) => VerifierKeys;
}

/** A verified 2xx answer: status, raw body and its JSON (undefined for 204). */
export interface VerifiedAnswer {
  readonly status: number;
  readonly body: Buffer;
  readonly json: unknown;
  readonly serial: string;
}

/** Signs, sends, and verifies one call; every outcome is a value. */
export async function payCall(ctx: PayCallContext, spec: PayCallSpec): Promise<PayResult<VerifiedAnswer>> {
  const key = await ctx.credentials.privateKey();
  if (!key) return { ok: false, error: { kind: 'credentials', code: 'NO_SIGNING_KEY', message: 'the merchant private key is not in the vault' } };
  const jsonText = spec.json === undefined ? undefined : JSON.stringify(spec.json);
  const signedBody = spec.multipart ? spec.multipart.meta : (jsonText ?? '');
  const timestamp = Math.floor(ctx.clock.now() / 1000);
  const authorization = authorizationHeader(
    { mchid: ctx.credentials.mchid, serialNo: ctx.credentials.serialNo, privateKey: key },
    { method: spec.method, pathWithQuery: spec.pathWithQuery, timestamp, nonce: makeNonce(), body: signedBody },
  );
  const preferred = ctx.credentials.preferredSerial();
  const headers: Record<string, string> = {
    Authorization: authorization,
    Accept: 'application/json',
    'User-Agent': ctx.userAgent,
    ...(preferred ? { 'Wechatpay-Serial': preferred } : {}),
    ...(jsonText !== undefined ? { 'Content-Type': 'application/json' } : {}),
    ...(spec.multipart ? { 'Content-Type': `multipart/form-data; boundary=${spec.multipart.boundary}` } : {}),
  };
  const body = spec.multipart ? spec.multipart.data : jsonText !== undefined ? Buffer.from(jsonText, 'utf8') : undefined;
  const outcome = await ctx.transport.send({ method: spec.method, pathWithQuery: spec.pathWithQuery, headers, ...(body ? { body } : {}), timeoutMs: ctx.timeoutMs, ...(spec.signal ? { signal: spec.signal } : {}) });
  if (outcome.kind === 'error') {
    const message = outcome.sent === 'no' ? 'the request never left this computer' : 'no answer arrived; the request may have been processed';
    return { ok: false, error: { kind: 'transport', code: outcome.code, message, sent: outcome.sent, timedOut: outcome.timedOut, cancelled: outcome.cancelled } };
  }
  const json = parseJson(outcome.body);
  if (outcome.status < 200 || outcome.status >= 300) return { ok: false, error: apiError(outcome.status, json) };
  const keys = spec.extraKeys ? new Map([...ctx.credentials.verifierKeys(), ...spec.extraKeys(outcome.body)]) : ctx.credentials.verifierKeys();
  const verified = verifySigned(outcome.headers, outcome.body, keys, ctx.clock.now());
  if (!verified.ok) return { ok: false, error: { kind: 'unverified', code: 'UNVERIFIED_ANSWER', message: describeVerifyFailure(verified.error), reason: verified.error } };
  return { ok: true, value: { status: outcome.status, body: outcome.body, json, serial: verified.value.serial } };
}

/** Parses a verified answer with its schema. */
export function parseAnswer<S extends z.ZodType>(answer: PayResult<VerifiedAnswer>, schema: S): PayResult<z.output<S>> {
  if (!answer.ok) return answer;
  const parsed = parseWith(schema, answer.value.json);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, error: { kind: 'bad-answer', code: 'BAD_ANSWER', message: 'the answer does not have the documented shape', status: answer.value.status, issues: parsed.issues } };
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** The `{code, message, detail}` envelope of a non-2xx answer (§2.7); a gateway page keeps the status. */
function apiError(status: number, json: unknown) {
  const envelope = typeof json === 'object' && json !== null ? (json as { code?: unknown; message?: unknown; detail?: unknown }) : {};
  const code = typeof envelope.code === 'string' ? envelope.code : `HTTP_${status}`;
  const message = typeof envelope.message === 'string' ? envelope.message : `HTTP ${status}`;
  const pointer = pointerOf(message, envelope.detail);
  return { kind: 'api' as const, status, code, message, ...(pointer ? { pointer } : {}), ...(envelope.detail === undefined ? {} : { detail: envelope.detail }) };
}
