// Shared helpers for the sandbox tests: real HTTP over loopback with Node's fetch, no client library.
import { DEMO_ACCOUNT, demoCouponBody, startSandbox, type SandboxHandle, type StartSandboxOptions } from '../../main/sandbox';

/** 2026-01-15 12:00 China time: a fixed virtual start so every date rule is reproducible. */
export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** The rid suffix every error errmsg carries (§0). */
export const RID = / rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/;

/** Weixin's Content-Type. */
export const WX_CONTENT_TYPE = 'application/json; encoding=utf-8';

/** Starts a sandbox on a frozen clock at T0 unless the options say otherwise. */
export function start(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  return startSandbox({ clock: { startAt: T0, frozen: true }, ...options });
}

/** A parsed answer. */
export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly json: Record<string, unknown>;
}

async function toAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), json: JSON.parse(text) as Record<string, unknown> };
}

/** GET a path (query included). */
export async function get(sandbox: SandboxHandle, pathAndQuery: string): Promise<Answer> {
  return toAnswer(await fetch(`${sandbox.baseUrl}${pathAndQuery}`));
}

/** POST a JSON value (or a raw string) to an API path with `?access_token=`. */
export async function post(sandbox: SandboxHandle, path: string, token: string | undefined, body: unknown): Promise<Answer> {
  const query = token === undefined ? '' : `?access_token=${encodeURIComponent(token)}`;
  const response = await fetch(`${sandbox.baseUrl}${path}${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return toAnswer(response);
}

/** A classic token for an account (the demo account by default). */
export async function classicToken(sandbox: SandboxHandle, appid: string = DEMO_ACCOUNT.appid, secret: string = DEMO_ACCOUNT.secret): Promise<string> {
  const answer = await get(sandbox, `/cgi-bin/token?grant_type=client_credential&appid=${appid}&secret=${secret}`);
  const token = answer.json.access_token;
  if (typeof token !== 'string') throw new Error(`no token: ${JSON.stringify(answer.json)}`);
  return token;
}

/** stable_token for an account. */
export async function stableToken(sandbox: SandboxHandle, forceRefresh = false, appid: string = DEMO_ACCOUNT.appid, secret: string = DEMO_ACCOUNT.secret): Promise<Answer> {
  return post(sandbox, '/cgi-bin/stable_token', undefined, { grant_type: 'client_credential', appid, secret, force_refresh: forceRefresh });
}

/** A valid GROUPON body at the sandbox's current virtual time. */
export function validBody(sandbox: SandboxHandle): { card: Record<string, unknown> } {
  return demoCouponBody(sandbox.clock.now());
}

/** Deep-copies `body` and applies `edit` to the type node of its card. */
export function withNode(body: { card: Record<string, unknown> }, edit: (node: Record<string, unknown>, card: Record<string, unknown>) => void): { card: Record<string, unknown> } {
  const copy = structuredClone(body);
  const key = String(copy.card.card_type).toLowerCase();
  edit(copy.card[key] as Record<string, unknown>, copy.card);
  return copy;
}

/** Deep-copies `body` and applies `edit` to its base_info. */
export function withBase(body: { card: Record<string, unknown> }, edit: (base: Record<string, unknown>) => void): { card: Record<string, unknown> } {
  return withNode(body, (node) => edit(node.base_info as Record<string, unknown>));
}

/** Creates the valid demo card and returns its card_id. */
export async function createCard(sandbox: SandboxHandle, token: string, body: unknown = validBody(sandbox)): Promise<string> {
  const answer = await post(sandbox, '/card/create', token, body);
  const cardId = answer.json.card_id;
  if (typeof cardId !== 'string') throw new Error(`create failed: ${JSON.stringify(answer.json)}`);
  return cardId;
}

/** The errcode of an answer (0 for a bare success). */
export function errcodeOf(answer: Answer): number {
  return typeof answer.json.errcode === 'number' ? answer.json.errcode : 0;
}
