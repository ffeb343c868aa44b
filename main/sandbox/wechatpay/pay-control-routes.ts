import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeJson } from '../envelope';
import type { SandboxState } from '../state';
import { DEMO_MERCHANT } from './merchants';
import { receiveCoupon } from './receipt';

/** `GET` here (`?mchid=`): the COUPON.SEND callbacks the sandbox would have posted, still encrypted and signed (§2.6). */
export const SANDBOX_PAY_CALLBACKS_PATH = '/__sandbox/pay/callbacks';
/** `POST` `{stock_id, mchid?, openid?, coupon_code?}` here: a simulated user receives a coupon (支付有礼, §6.2). */
export const SANDBOX_PAY_RECEIVE_PATH = '/__sandbox/pay/receive';

const MAX_BODY = 4096;

function reply(res: ServerResponse, status: number, body: unknown): true {
  writeJson(res, status, body);
  return true;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > MAX_BODY) return undefined;
  }
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sandbox's own WeChat Pay controls over HTTP (not WeChat Pay paths: they start with `/__`). A
 * desktop app has no public notify URL, so the callbacks a real merchant would receive are read
 * here — exactly as signed and encrypted, so the app's verify and decrypt code does the real work —
 * and a person trying the CLI or the app can hand a coupon to a simulated user. The mchid defaults
 * to the demo merchant's. Errors are `{error}` with HTTP 400 / 404 / 405.
 */
export async function servePayControlRoute(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (url.pathname === SANDBOX_PAY_CALLBACKS_PATH) {
    if (req.method !== 'GET') return reply(res, 405, { error: 'GET ?mchid=…' });
    const mchid = url.searchParams.get('mchid') ?? DEMO_MERCHANT.mchid;
    const merchant = state.pay.merchants.get(mchid);
    if (!merchant) return reply(res, 404, { error: `unknown mchid ${mchid}` });
    return reply(res, 200, { mchid, callbacks: merchant.callbacks.map((c) => ({ notify_url: c.notifyUrl ?? null, headers: c.headers, body: c.body })) });
  }
  if (url.pathname === SANDBOX_PAY_RECEIVE_PATH) {
    if (req.method !== 'POST') return reply(res, 405, { error: 'POST {"stock_id": "…", "mchid"?: "…", "openid"?: "…"}' });
    const body = await readJson(req);
    if (!body || typeof body.stock_id !== 'string') return reply(res, 400, { error: 'POST a JSON object with stock_id (string)' });
    const mchid = typeof body.mchid === 'string' ? body.mchid : DEMO_MERCHANT.mchid;
    const merchant = state.pay.merchants.get(mchid);
    if (!merchant) return reply(res, 404, { error: `unknown mchid ${mchid}` });
    const received = receiveCoupon(
      merchant,
      {
        stockId: body.stock_id,
        ...(typeof body.openid === 'string' ? { openid: body.openid } : {}),
        ...(typeof body.coupon_code === 'string' ? { couponCode: body.coupon_code } : {}),
      },
      state.clock.now(),
    );
    return reply(res, received.ok ? 200 : 400, received.ok ? { mchid, stock_id: body.stock_id, coupon_code: received.value.couponCode, openid: received.value.openid } : { error: received.error });
  }
  return false;
}
