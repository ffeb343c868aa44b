import { systemClock, type Clock } from '../../common/clock';
import type { Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { WechatPayClient } from '../wechatpay/client';
import type { PayCredentials } from '../wechatpay/pay-call';
import type { PayFailure } from '../wechatpay/pay-failure';
import { explain, type MerchantCause, type MerchantStage } from './merchant-connection-messages';
import type { MerchantError, MerchantService } from './merchant-service';
import type { MerchantRecord } from './merchant-record';

/** What test connection found: connected, or where and why it stopped, in merchant words. */
export type MerchantConnectionReport =
  | {
      readonly status: 'connected';
      readonly verifiedAt: number;
      /** The key the answers were asked to be signed with (Wechatpay-Serial): the PUB_KEY_ID or a platform certificate serial. */
      readonly answeredBy: string;
      /** 'decrypted': the platform certificates opened with it; 'not-checkable': a public-key merchant has nothing to decrypt until a callback. */
      readonly apiv3Key: 'decrypted' | 'not-checkable';
      readonly platformCertificates: number;
    }
  | {
      readonly status: 'failed';
      readonly stage: MerchantStage;
      readonly cause: MerchantCause;
      readonly meaning: Localized;
      readonly fix: Localized;
      /** For the collapsed developer detail: WeChat Pay's code and message, the server's sign message. */
      readonly developer?: { readonly code: string; readonly message: string; readonly truncatedSignMessage?: string };
    };

/** Opens an APIv3 client for a merchant (the host picks the production host or the sandbox). */
export type PayClientFactory = (credentials: PayCredentials, record: MerchantRecord) => WechatPayClient;

const failed = (stage: MerchantStage, cause: MerchantCause, developer?: { code: string; message: string; truncatedSignMessage?: string }): MerchantConnectionReport => ({
  status: 'failed',
  stage,
  cause,
  ...explain(stage, cause),
  ...(developer ? { developer } : {}),
});

/** SIGN_ERROR's causes from its message (§2.7, §3.1); the simulator's texts are in its decisions table. */
function signCause(message: string): MerchantCause {
  if (/序列号/.test(message)) return 'wrong_serial';
  if (/时间/.test(message)) return 'clock';
  if (/商户号/.test(message)) return 'unknown_mchid';
  if (/签名/.test(message)) return 'key_not_matching';
  return 'other';
}

/** A failed call as a report. */
export function callFailureReport(failure: PayFailure): MerchantConnectionReport {
  switch (failure.kind) {
    case 'credentials':
      return failed('private_key', 'unreadable');
    case 'transport':
      return failed('network', 'other', { code: failure.code, message: failure.message });
    case 'unverified': {
      const kind = failure.reason.kind;
      const cause: MerchantCause = kind === 'unsigned' ? 'unsigned' : kind === 'unknown-serial' ? 'unknown_key_id' : kind === 'bad-signature' ? 'wrong_public_key' : kind === 'stale' ? 'answer_clock' : 'probe';
      return failed('verify', cause, { code: failure.code, message: failure.message });
    }
    case 'bad-answer':
      return failed('api', 'other', { code: failure.code, message: failure.message });
    case 'api': {
      const developer = { code: failure.code, message: failure.message, ...truncated(failure.detail) };
      if (failure.code === 'SIGN_ERROR') return failed('sign', signCause(failure.message), developer);
      if (failure.code === 'NO_AUTH') return failed('no_auth', 'other', developer);
      return failed('api', 'other', developer);
    }
  }
}

function truncated(detail: unknown): { truncatedSignMessage?: string } {
  const info = (detail as { sign_information?: { truncated_sign_message?: unknown } } | undefined)?.sign_information;
  return typeof info?.truncated_sign_message === 'string' ? { truncatedSignMessage: info.truncated_sign_message } : {};
}

/**
 * Test connection for a merchant (issue 9): sign → send → verify → decrypt. A merchant without a
 * public key downloads its platform certificates first (they verify their own download, §3.4); then
 * a signed read proves the request signature and the answer's; the APIv3 key is proven by
 * decrypting the certificates wherever WeChat Pay serves them (public-key merchants get 403).
 */
export async function testMerchantConnection(merchants: MerchantService, merchantId: string, openClient: PayClientFactory, clock: Clock = systemClock): Promise<Result<MerchantConnectionReport, MerchantError>> {
  const credentials = await merchants.credentials(merchantId);
  if (!credentials.ok) return err(credentials.error);
  const { record, pay } = credentials.value;
  if (!(await pay.privateKey())) return ok(failed('private_key', 'missing'));
  const apiv3Key = await credentials.value.apiv3Key();
  if (!apiv3Key) return ok(failed('apiv3_key', 'missing'));
  let current = record;
  let apiv3: 'decrypted' | 'not-checkable' = 'not-checkable';
  const download = await openClient(pay, current).downloadCertificates(apiv3Key);
  if (download.ok) {
    apiv3 = 'decrypted';
    const stored = await merchants.storePlatformCertificates(merchantId, download.value.map((c) => ({ serialNo: c.serialNo, pem: c.pem, effectiveTime: c.effectiveTime, expireTime: c.expireTime })));
    if (!stored.ok) return err(stored.error);
    current = stored.value;
  } else if (download.error.kind === 'decrypt') {
    return ok(failed('decrypt', download.error.reason === 'tag-mismatch' ? 'tag_mismatch' : 'other', { code: download.error.code, message: download.error.message }));
  } else if (!(download.error.kind === 'api' && download.error.code === 'NOT_ENOUGH' && current.publicKey)) {
    // NOT_ENOUGH is the normal answer for a public-key merchant (§3.3); anything else is the finding.
    return ok(callFailureReport(download.error));
  }
  const refreshed = await merchants.credentials(merchantId);
  if (!refreshed.ok) return err(refreshed.error);
  const probe = await openClient(refreshed.value.pay, current).getCallback(current.mchid);
  if (!probe.ok) return ok(callFailureReport(probe.error));
  const verifiedAt = clock.now();
  const marked = await merchants.markVerified(merchantId, verifiedAt);
  if (!marked.ok) return err(marked.error);
  return ok({
    status: 'connected',
    verifiedAt,
    answeredBy: refreshed.value.pay.preferredSerial() ?? '',
    apiv3Key: apiv3,
    platformCertificates: current.platformCertificates.length,
  });
}
