import { localized, type Localized } from '../../../common/i18n';
import { MERCHANT_CERT_A, MERCHANT_CERT_B, PLATFORM_CERT_A, WECHATPAY_KEY_A, WECHATPAY_KEY_B, type CertificateFixture, type KeyPairFixture } from './fixture-keys';

/** Which key signs the simulator's answers (wechatpay-merchant-coupons-and-member-cards.md §3.3, §6.2). */
export type VerificationMode = 'public-key' | 'certificate' | 'migrating';

/** A platform certificate and the window it is served and used in (virtual ms). */
export interface PlatformCertificate {
  readonly certificate: CertificateFixture;
  readonly effectiveAt: number;
  readonly expireAt: number;
}

/** One simulated WeChat Pay merchant. Everything but mchid and apiv3Key has a default. */
export interface SandboxMerchantConfig {
  readonly mchid: string;
  /** 32 characters (§2.1). */
  readonly apiv3Key: string;
  readonly name?: Localized;
  /** The merchant API certificate whose key signs requests; the simulator only uses its public half. */
  readonly merchantCertificate?: CertificateFixture;
  readonly wechatpayPublicKeyId?: string;
  readonly wechatpayKey?: KeyPairFixture;
  readonly platformCertificates?: readonly PlatformCertificate[];
  /** Default 'public-key', like every merchant opened since late 2024 (§3.3). */
  readonly mode?: VerificationMode;
  /** The AppID bound to the mchid (redemption `appid`, entrances; §2.1). */
  readonly appid?: string;
  /** `coupons/send` is refused with NO_AUTH unless true, as ordinary merchants see (§2.3). */
  readonly canSendByApi?: boolean;
  /** Request timestamps further than this from the virtual clock get SIGN_ERROR (§6.2 [UNCONFIRMED]; default 300). */
  readonly requestSkewSeconds?: number;
  /** A new stock stays UNAUDIT this many virtual seconds, then RUNNING (§2.2 [UNCONFIRMED]; default 60, 0 skips it). */
  readonly auditSeconds?: number;
  /** A repeated out_request_no with another body: INVALID_REQUEST (default) or the original answer (§2.7 [UNCONFIRMED]). */
  readonly replayWithOtherBody?: 'invalid-request' | 'original-answer';
  /** `background_color` compared exactly (default) or ignoring case (§2.2 [UNCONFIRMED], COLOR030 seen). */
  readonly colorCase?: 'exact' | 'insensitive';
}

/** A merchant with every default filled in. */
export interface ResolvedMerchant {
  mchid: string;
  apiv3Key: string;
  name: Localized;
  merchantCertificate: CertificateFixture;
  wechatpayPublicKeyId: string;
  wechatpayKey: KeyPairFixture;
  platformCertificates: PlatformCertificate[];
  mode: VerificationMode;
  appid: string | undefined;
  canSendByApi: boolean;
  requestSkewSeconds: number;
  auditSeconds: number;
  replayWithOtherBody: 'invalid-request' | 'original-answer';
  colorCase: 'exact' | 'insensitive';
}

const FIVE_YEARS_MS = 5 * 365 * 86_400_000;

/** The demo merchant every sandbox has, as it has the demo Official Account. */
export const DEMO_MERCHANT = {
  mchid: '1900009231',
  apiv3Key: 'Sandbox0APIv3Key0DemoMerchant001',
  name: localized('示例商户', 'Demo merchant'),
  merchantCertificate: MERCHANT_CERT_A,
  wechatpayPublicKeyId: 'PUB_KEY_ID_0119000092312026120300000000000001',
  wechatpayKey: WECHATPAY_KEY_A,
  appid: 'wx8d3f5a7c1e9b2046',
} as const satisfies SandboxMerchantConfig;

/** Fills in the defaults: other merchants get the second fixture key set and one platform certificate valid from `now`. */
export function resolveMerchant(config: SandboxMerchantConfig, now: number): ResolvedMerchant {
  return {
    mchid: config.mchid,
    apiv3Key: config.apiv3Key,
    name: config.name ?? localized(`沙盒商户 ${config.mchid}`, `Sandbox merchant ${config.mchid}`),
    merchantCertificate: config.merchantCertificate ?? MERCHANT_CERT_B,
    wechatpayPublicKeyId: config.wechatpayPublicKeyId ?? `PUB_KEY_ID_01${config.mchid.padEnd(10, '0')}000000000000000000001`,
    wechatpayKey: config.wechatpayKey ?? WECHATPAY_KEY_B,
    platformCertificates: [...(config.platformCertificates ?? [{ certificate: PLATFORM_CERT_A, effectiveAt: now - 86_400_000, expireAt: now + FIVE_YEARS_MS }])],
    mode: config.mode ?? 'public-key',
    appid: config.appid,
    canSendByApi: config.canSendByApi ?? false,
    requestSkewSeconds: config.requestSkewSeconds ?? 300,
    auditSeconds: config.auditSeconds ?? 60,
    replayWithOtherBody: config.replayWithOtherBody ?? 'invalid-request',
    colorCase: config.colorCase ?? 'exact',
  };
}
