import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_ACCOUNT } from './accounts';
import { writeJson } from './envelope';
import type { MemberControl } from './member-control';

/** `POST` `{card_id, appid?}` here: a simulated user receives that member card; answers `{code}`. */
export const SANDBOX_GIVE_MEMBER_CARD_PATH = '/__sandbox/members/give';
/** `GET` here (`?appid=`): the changes and events Weixin would push for members (§1.6). */
export const SANDBOX_MEMBER_ACTIVITY_PATH = '/__sandbox/members/activity';

const MAX_BODY = 4096;

/** Answers and reports the route as served. */
function reply(res: ServerResponse, status: number, body: unknown): true {
  writeJson(res, status, body);
  return true;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) break;
  }
  return text;
}

/**
 * The sandbox's own member controls over HTTP (not Weixin paths: every one starts with `/__`), so a
 * person trying the CLI against `coupon-studio sandbox` can get a member code to work with. The
 * appid defaults to the demo account's. Errors are `{error}` with HTTP 400 / 404 / 405.
 */
export async function serveMemberRoute(control: MemberControl, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (url.pathname === SANDBOX_GIVE_MEMBER_CARD_PATH) {
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST {"card_id": "…", "appid"?: "…"}' });
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return reply(res, 400, { error: 'body is not JSON: POST {"card_id": "…", "appid"?: "…"}' });
    }
    const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    const appid = typeof fields.appid === 'string' ? fields.appid : DEMO_ACCOUNT.appid;
    if (typeof fields.card_id !== 'string') return reply(res, 400, { error: 'card_id (string) is required' });
    const given = control.giveMemberCard(appid, fields.card_id);
    return reply(res, given.ok ? 200 : 404, given.ok ? { appid, card_id: fields.card_id, code: given.value } : { error: given.error });
  }
  if (url.pathname === SANDBOX_MEMBER_ACTIVITY_PATH) {
    if (req.method !== 'GET') return reply(res, 405, { error: 'GET ?appid=…' });
    const activity = control.memberActivity(url.searchParams.get('appid') ?? DEMO_ACCOUNT.appid);
    return reply(res, activity.ok ? 200 : 404, activity.ok ? activity.value : { error: activity.error });
  }
  return false;
}
