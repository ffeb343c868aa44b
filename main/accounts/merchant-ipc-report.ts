import { localized, type Localized } from '../../common/i18n';
import type { MerchantConnectionReportView, MerchantTestStep } from '../../common/ipc/channels/merchants';
import type { MerchantCause, MerchantStage } from './merchant-connection-messages';
import type { MerchantConnectionReport } from './merchant-test-connection';

type Field = NonNullable<Extract<MerchantConnectionReportView, { status: 'failed' }>['field']>;

/**
 * Where each failure sits in the four steps the screen shows (sign → send → verify → decrypt),
 * which form field fixes it and where in 商户平台 (wechatpay-merchant-coupons-and-member-cards.md
 * §2.1, §3.3: 账户中心 → API安全 holds the certificate, the APIv3 key and the WeChat Pay public key).
 */
interface Placement {
  readonly step: MerchantTestStep;
  readonly field?: Field;
  readonly menuPath?: Localized;
}

const path = (zh: string, en: string): Localized => localized(`商户平台 → ${zh}`, `Merchant platform (商户平台) → ${en}`);
const API_SECURITY = path('账户中心 → API安全', '账户中心 (Account) → API安全 (API security)');
const CERTIFICATES = path('账户中心 → API安全 → 管理证书', '账户中心 (Account) → API安全 (API security) → 管理证书 (certificates)');
const APIV3_KEY = path('账户中心 → API安全 → 设置APIv3密钥', '账户中心 (Account) → API安全 (API security) → 设置APIv3密钥 (set the APIv3 key)');
const PUBLIC_KEY = path('账户中心 → API安全 → 微信支付公钥', '账户中心 (Account) → API安全 (API security) → 微信支付公钥 (WeChat Pay public key)');
const MERCHANT_INFO = path('账户中心 → 商户信息', '账户中心 (Account) → 商户信息 (merchant details)');
const PRODUCTS = path('产品中心', '产品中心 (products)');

const BY_STAGE: Readonly<Record<MerchantStage, Placement>> = {
  private_key: { step: 'sign', field: 'privateKey', menuPath: CERTIFICATES },
  apiv3_key: { step: 'decrypt', field: 'apiv3Key', menuPath: APIV3_KEY },
  network: { step: 'send' },
  sign: { step: 'sign', menuPath: API_SECURITY },
  verify: { step: 'verify', field: 'publicKey', menuPath: PUBLIC_KEY },
  no_auth: { step: 'send', menuPath: PRODUCTS },
  api: { step: 'send' },
  decrypt: { step: 'decrypt', field: 'apiv3Key', menuPath: APIV3_KEY },
};

const BY_CAUSE: Partial<Record<`${MerchantStage}:${MerchantCause}`, Placement>> = {
  'sign:wrong_serial': { step: 'sign', field: 'serialNo', menuPath: CERTIFICATES },
  'sign:key_not_matching': { step: 'sign', field: 'privateKey', menuPath: CERTIFICATES },
  // Fixed in the computer's settings, not on the platform.
  'sign:clock': { step: 'sign' },
  'sign:unknown_mchid': { step: 'sign', field: 'mchid', menuPath: MERCHANT_INFO },
  'verify:answer_clock': { step: 'verify' },
  'verify:probe': { step: 'verify' },
  'verify:unsigned': { step: 'verify' },
};

/** The report as it crosses IPC: the explanation plus the step, the field and the menu path. */
export function toMerchantReportView(report: MerchantConnectionReport): MerchantConnectionReportView {
  if (report.status === 'connected') return { ...report };
  const placement = BY_CAUSE[`${report.stage}:${report.cause}`] ?? BY_STAGE[report.stage];
  return {
    status: 'failed',
    step: placement.step,
    stage: report.stage,
    cause: report.cause,
    meaning: report.meaning,
    fix: report.fix,
    ...(placement.menuPath ? { menuPath: placement.menuPath } : {}),
    ...(placement.field ? { field: placement.field } : {}),
    ...(report.developer ? { developer: report.developer } : {}),
  };
}
