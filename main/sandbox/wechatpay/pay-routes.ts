import { handleCertificates } from './certificates';
import { handleDeleteCode, handleGetCode, handleListCodes, handleUploadCodes } from './code-handlers';
import { handleDeactivate, handleGetCallback, handleSendByApi, handleSetCallback, handleUseCoupon } from './coupon-handlers';
import { handleImageUpload } from './media-handler';
import type { PayContext } from './pay-context';
import type { PayReply } from './pay-envelope';
import { handleBudget, handleCreateStock, handleModifyStock, handleQueryStock } from './stock-handlers';

/** One WeChat Pay endpoint: a method and a path pattern with `{name}` segments (§2.3). */
export interface PayRoute {
  readonly method: string;
  /** Also the key faults are configured under, e.g. `/v3/marketing/busifavor/stocks/{stock_id}`. */
  readonly pattern: string;
  readonly handle: (ctx: PayContext) => PayReply;
  /** The upload's signature covers the meta part, not the body (§2.5). */
  readonly multipart?: boolean;
}

const STOCKS = '/v3/marketing/busifavor/stocks';
const STOCK = `${STOCKS}/{stock_id}`;

/** Every WeChat Pay path the simulator answers. */
export const PAY_ROUTES: readonly PayRoute[] = [
  { method: 'POST', pattern: STOCKS, handle: handleCreateStock },
  { method: 'GET', pattern: STOCK, handle: handleQueryStock },
  { method: 'PATCH', pattern: STOCK, handle: handleModifyStock },
  { method: 'PATCH', pattern: `${STOCK}/budget`, handle: handleBudget },
  { method: 'POST', pattern: `${STOCK}/couponcodes`, handle: handleUploadCodes },
  { method: 'GET', pattern: `${STOCK}/couponcodes`, handle: handleListCodes },
  { method: 'GET', pattern: `${STOCK}/couponcodes/{coupon_code}`, handle: handleGetCode },
  { method: 'DELETE', pattern: `${STOCK}/couponcodes/{coupon_code}`, handle: handleDeleteCode },
  { method: 'POST', pattern: '/v3/marketing/busifavor/coupons/use', handle: handleUseCoupon },
  { method: 'POST', pattern: '/v3/marketing/busifavor/coupons/deactivate', handle: handleDeactivate },
  { method: 'POST', pattern: '/v3/marketing/busifavor/coupons/send', handle: handleSendByApi },
  { method: 'POST', pattern: '/v3/marketing/busifavor/callbacks', handle: handleSetCallback },
  { method: 'GET', pattern: '/v3/marketing/busifavor/callbacks', handle: handleGetCallback },
  { method: 'POST', pattern: '/v3/marketing/favor/media/image-upload', handle: handleImageUpload, multipart: true },
  { method: 'GET', pattern: '/v3/certificates', handle: handleCertificates },
];

/** The route and its parameters for a method and a decoded-per-segment path. */
export function matchPayRoute(method: string, path: string): { route: PayRoute; params: Record<string, string> } | undefined {
  const segments = path.split('/');
  for (const route of PAY_ROUTES) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? '';
      if (!part.startsWith('{')) return part === segment;
      if (segment === '') return false;
      params[part.slice(1, -1)] = safeDecode(segment);
      return true;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
