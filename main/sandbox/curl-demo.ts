import { DEMO_ACCOUNT } from './accounts';
import { demoCouponBody } from './demo-coupon';

/** Markers around the curl sequence, so tests (and people) can copy exactly those lines. */
export const CURL_BEGIN = '# ---- curl: begin ----';
export const CURL_END = '# ---- curl: end ----';

/** The lines to paste into a POSIX shell: fetch a demo-account token, then create the demo coupon. */
export function curlSequence(baseUrl: string, nowMs: number): string[] {
  const body = JSON.stringify(demoCouponBody(nowMs));
  return [
    CURL_BEGIN,
    `BASE='${baseUrl}'`,
    `TOKEN=$(curl -s "$BASE/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${DEMO_ACCOUNT.secret}" | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
    `curl -s -X POST "$BASE/card/create?access_token=$TOKEN" -H 'Content-Type: application/json' --data-binary '${body}'`,
    CURL_END,
  ];
}
