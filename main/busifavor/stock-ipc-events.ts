import { z } from 'zod';
import type { SendEventView } from '../../common/ipc/channels/stocks';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { decryptResource, verifySigned } from '../wechatpay';
import type { MerchantLookup } from './merchant-clients';

/** The sandbox's control path for the callbacks it recorded (main/sandbox/wechatpay/pay-control-routes.ts). */
const CALLBACKS_PATH = '/__sandbox/pay/callbacks';

const recorded = z.object({
  mchid: z.string(),
  callbacks: z.array(z.object({ notify_url: z.string().nullable(), headers: z.record(z.string(), z.string()), body: z.string() })),
});

// The COUPON.SEND envelope and its decrypted resource (§2.6); loose, as WeChat Pay adds fields.
const envelope = z.looseObject({
  id: z.string(),
  create_time: z.string(),
  event_type: z.string(),
  resource: z.looseObject({ algorithm: z.string(), ciphertext: z.string(), nonce: z.string(), associated_data: z.string().optional() }),
});
const sent = z.looseObject({ coupon_code: z.string(), stock_id: z.string(), send_time: z.string(), openid: z.string().default(''), send_channel: z.string().default('') });

/** What reading the events needs: the merchant's keys and the sandbox's address. */
export interface SendEventsDeps {
  readonly merchants: MerchantLookup;
  readonly sandboxBaseUrl: () => string | undefined;
  readonly fetch?: typeof fetch;
}

const sandboxOnly = localized(
  '领券通知（COUPON.SEND）只能从内置沙箱读取：微信支付把通知发到商户的 HTTPS 通知地址，桌面程序没有公网地址，收不到正式环境的通知。',
  'Claim notices (COUPON.SEND) can only be read from the built-in sandbox: WeChat Pay posts them to the merchant’s HTTPS notify URL, and a desktop app has no public address to receive live ones.',
);

/**
 * The COUPON.SEND callbacks of one stock, as the sandbox recorded them (§2.6, §6.2): each one's
 * signature checked with the merchant's WeChat Pay key and its resource decrypted with the APIv3
 * key, here in main; neither key leaves it. Only sandbox merchants have them.
 */
export async function readSendEvents(deps: SendEventsDeps, accountId: string, stockId: string): Promise<Result<{ events: SendEventView[]; unreadable: number }, { code: string; message: Localized }>> {
  const found = await deps.merchants.credentials(accountId);
  if (!found.ok) return err({ code: 'account_unavailable', message: found.error.message });
  const { record, pay, apiv3Key } = found.value;
  const baseUrl = deps.sandboxBaseUrl();
  if (record.environment !== 'sandbox' || !baseUrl) return err({ code: 'events_sandbox_only', message: sandboxOnly });
  const key = await apiv3Key();
  if (!key) return err({ code: 'no_apiv3_key', message: localized('没有这个商户的 APIv3 密钥，无法解密领券通知：请在商户账号中填写 APIv3 密钥。', 'No APIv3 key for this merchant, so claim notices cannot be decrypted: enter the APIv3 key in the merchant account.') });
  let body: unknown;
  try {
    const answer = await (deps.fetch ?? fetch)(`${baseUrl}${CALLBACKS_PATH}?mchid=${encodeURIComponent(record.mchid)}`);
    body = await answer.json();
  } catch (error) {
    return err({ code: 'sandbox_unreachable', message: localized(`无法连接内置沙箱读取领券通知（${String(error)}）：请重新打开程序。`, `Cannot reach the built-in sandbox to read claim notices (${String(error)}): restart the app.`) });
  }
  const parsed = recorded.safeParse(body);
  if (!parsed.success) return err({ code: 'sandbox_unreachable', message: localized('沙箱返回的领券通知格式不对。', 'The sandbox answered claim notices in an unexpected shape.') });
  const keys = pay.verifierKeys();
  const events: SendEventView[] = [];
  // Notices that would not decrypt (a wrong APIv3 key) are counted, never silently dropped.
  let unreadable = 0;
  for (const callback of parsed.data.callbacks) {
    const headers = Object.fromEntries(Object.entries(callback.headers).map(([k, v]) => [k.toLowerCase(), v]));
    // Read after the fact: the timestamp window guards a live delivery against replay, not a stored one.
    const signedAt = Number(headers['wechatpay-timestamp'] ?? 0) * 1000;
    const verified = verifySigned(headers, callback.body, keys, signedAt).ok;
    const notice = envelope.safeParse(safeJson(callback.body));
    if (!notice.success || notice.data.event_type !== 'COUPON.SEND') continue;
    const plain = decryptResource(notice.data.resource, key);
    if (!plain.ok) {
      unreadable++;
      continue;
    }
    const coupon = sent.safeParse(safeJson(plain.value.toString('utf8')));
    if (!coupon.success || coupon.data.stock_id !== stockId) continue;
    events.push({
      id: notice.data.id,
      createTime: notice.data.create_time,
      couponCode: coupon.data.coupon_code,
      openid: coupon.data.openid,
      sendTime: coupon.data.send_time,
      channel: coupon.data.send_channel,
      notifyUrl: callback.notify_url,
      verified,
    });
  }
  // Duplicates are possible (§2.6): one per notice id, newest first.
  const byId = new Map(events.map((e) => [e.id, e]));
  return ok({ events: [...byId.values()].reverse(), unreadable });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
