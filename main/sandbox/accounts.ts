import { localized, type Localized } from '../../common/i18n';
import { hashString } from './random';

/** A store (POI) as `cgi-bin/poi/getpoilist` lists it (§1.16). */
export interface SeedStore {
  readonly sid: string;
  /** Empty unless `available_state` is 3 (§1.16: for 1, 2 and 4 the poi_id is empty). */
  readonly poi_id: string;
  readonly business_name: string;
  readonly branch_name: string;
  readonly address: string;
  /** 1 系统错误, 2 审核中, 3 审核通过, 4 审核驳回. Only 3 is usable in location_id_list. */
  readonly available_state: 1 | 2 | 3 | 4;
}

/** How the simulated review (§1.4: a new card starts in CARD_STATUS_NOT_VERIFY) ends. */
export type ReviewPolicy =
  | { readonly mode: 'approve'; readonly afterSeconds: number }
  | { readonly mode: 'reject'; readonly afterSeconds: number; readonly reason: string }
  | { readonly mode: 'manual' };

/** Per-endpoint limits; see quotas.ts. */
export interface QuotaLimit {
  readonly daily?: number;
  readonly perMinute?: number;
}

/** Limits keyed by API path, e.g. `'/card/create'`. */
export type QuotaConfig = Readonly<Record<string, QuotaLimit>>;

/** One simulated Official Account. Everything but appid and secret has a default. */
export interface SandboxAccountConfig {
  readonly appid: string;
  readonly secret: string;
  readonly name?: Localized;
  /** The 5 characters after `p` in card_ids and after `o` in openids (§4.7). Derived from appid if omitted. */
  readonly prefix?: string;
  /** Seeded stores; a deterministic set derived from the appid if omitted. */
  readonly stores?: readonly SeedStore[];
  /** `card`: the card API permission (else 48001); `pay`: WeChat Pay for paycell (else 43008). */
  readonly permissions?: { readonly card?: boolean; readonly pay?: boolean };
  /** When set, token calls from other IPs get 40164 (§3.8). */
  readonly ipWhitelist?: readonly string[];
  /** 'blocked' simulates the 2021-04-01 shutdown of coupon creation (product-landscape.md §0). */
  readonly couponCreation?: 'allowed' | 'blocked';
  /**
   * Member cards (wechatpay-merchant-coupons-and-member-cards.md §1.1): `category` false is an account
   * outside the member-card business categories (45160 on create); `balance` is the extra 储值
   * permission (43010 without it). Defaults: category true, balance false.
   */
  readonly memberCards?: { readonly category?: boolean; readonly balance?: boolean };
  readonly review?: ReviewPolicy;
  /** Per-account overrides of the endpoint limits. */
  readonly quotas?: QuotaConfig;
}

/** An account with every default filled in. */
export interface ResolvedAccount {
  appid: string;
  secret: string;
  name: Localized;
  prefix: string;
  stores: SeedStore[];
  permissions: { card: boolean; pay: boolean };
  ipWhitelist: string[] | undefined;
  couponCreation: 'allowed' | 'blocked';
  memberCards: { category: boolean; balance: boolean };
  review: ReviewPolicy;
  quotas: QuotaConfig;
}

/** The review policy of an account that does not say: approve after 60 virtual seconds. */
export const DEFAULT_REVIEW: ReviewPolicy = { mode: 'approve', afterSeconds: 60 };

/** The demo account's usable store ids; generators put these in location_id_list. */
export const DEMO_USABLE_POI_IDS: readonly number[] = [287640011, 287640012, 287640013];

const DEMO_STORES: readonly SeedStore[] = [
  { sid: '101', poi_id: '287640011', business_name: '示例咖啡', branch_name: '南京西路店', address: '上海市静安区南京西路1266号', available_state: 3 },
  { sid: '102', poi_id: '287640012', business_name: '示例咖啡', branch_name: '人民广场店', address: '上海市黄浦区西藏中路268号', available_state: 3 },
  { sid: '103', poi_id: '287640013', business_name: '示例咖啡', branch_name: '徐家汇店', address: '上海市徐汇区虹桥路1号', available_state: 3 },
  { sid: '104', poi_id: '', business_name: '示例咖啡', branch_name: '陆家嘴店', address: '上海市浦东新区世纪大道8号', available_state: 2 },
  { sid: '105', poi_id: '', business_name: '示例咖啡', branch_name: '五角场店', address: '上海市杨浦区邯郸路600号', available_state: 4 },
];

/** The account every sandbox has unless told otherwise: 示例商户 / Demo merchant. */
export const DEMO_ACCOUNT = {
  appid: 'wx8d3f5a7c1e9b2046',
  secret: '5f0c9e2a7b4d81c36e2f9a0b1d7c4e58',
  name: localized('示例商户', 'Demo merchant'),
  prefix: 'Dm7qZ',
  stores: DEMO_STORES,
} as const satisfies SandboxAccountConfig;

const PREFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A stable 5-character prefix for an appid, so an account's card_ids look alike across runs. */
export function prefixFor(appid: string): string {
  let h = hashString(appid);
  let out = '';
  for (let i = 0; i < 5; i++) {
    out += PREFIX_CHARS[h & 63];
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return out;
}

/** Three usable stores, one in review and one rejected, with poi_ids derived from the appid. */
export function defaultStoresFor(appid: string): SeedStore[] {
  const base = 300_000_000 + (hashString(appid) % 600_000_000);
  const branches = ['一号店', '二号店', '三号店', '四号店', '五号店'];
  return branches.map((branch, i) => {
    const state = i < 3 ? 3 : i === 3 ? 2 : 4;
    return {
      sid: String(200 + i),
      poi_id: state === 3 ? String(base + i) : '',
      business_name: '沙盒门店',
      branch_name: branch,
      address: `沙盒路${i + 1}号`,
      available_state: state,
    };
  });
}

/** Fills in the defaults of an account configuration. */
export function resolveAccount(config: SandboxAccountConfig, defaultReview: ReviewPolicy): ResolvedAccount {
  return {
    appid: config.appid,
    secret: config.secret,
    name: config.name ?? localized(`沙盒账号 ${config.appid}`, `Sandbox account ${config.appid}`),
    prefix: config.prefix ?? prefixFor(config.appid),
    stores: [...(config.stores ?? defaultStoresFor(config.appid))],
    permissions: { card: config.permissions?.card ?? true, pay: config.permissions?.pay ?? true },
    ipWhitelist: config.ipWhitelist ? [...config.ipWhitelist] : undefined,
    couponCreation: config.couponCreation ?? 'allowed',
    memberCards: { category: config.memberCards?.category ?? true, balance: config.memberCards?.balance ?? false },
    review: config.review ?? defaultReview,
    quotas: config.quotas ?? {},
  };
}

/** The poi_ids an account may put in location_id_list (available_state 3 only, §1.16). */
export function usablePoiIds(account: ResolvedAccount): Set<number> {
  return new Set(account.stores.filter((s) => s.available_state === 3 && s.poi_id !== '').map((s) => Number(s.poi_id)));
}
