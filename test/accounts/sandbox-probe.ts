// A test-only "test connection" probe talking to the embedded sandbox with Node's fetch: main/wechat
// (the real client) is being written by another helper; this proves the port against real HTTP.
import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { ConnectionProbe, ProbeFactory, ProbeFailure } from '../../main/accounts/test-connection';

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return (await response.json()) as Record<string, unknown>;
}

function weixinFailure(endpoint: string, json: Record<string, unknown>): ProbeFailure {
  return { kind: 'weixin', endpoint, errcode: Number(json.errcode), errmsg: String(json.errmsg ?? ''), message: localized('微信返回错误', 'Weixin refused'), fix: localized('', '') };
}

/** A probe for the sandbox at `baseUrl`, using stable_token. */
export function sandboxProbe(baseUrl: string): ProbeFactory {
  return (credentials): ConnectionProbe => {
    let token = '';
    const call = async <T>(endpoint: string, body: unknown, pick: (json: Record<string, unknown>) => T): Promise<Result<T, ProbeFailure>> => {
      const json = await post(`${baseUrl}${endpoint}?access_token=${encodeURIComponent(token)}`, body);
      return typeof json.errcode === 'number' && json.errcode !== 0 ? err(weixinFailure(endpoint, json)) : ok(pick(json));
    };
    return {
      async fetchToken() {
        const json = await post(`${baseUrl}/cgi-bin/stable_token`, { grant_type: 'client_credential', appid: credentials.appid, secret: credentials.secret, force_refresh: false });
        if (typeof json.access_token !== 'string') return err(weixinFailure('/cgi-bin/stable_token', json));
        token = json.access_token;
        return ok({ expiresIn: Number(json.expires_in) });
      },
      getPoiList: (page) =>
        call('/cgi-bin/poi/getpoilist', page, (json) => ({
          total: Number(json.total_count),
          stores: (json.business_list as { base_info: { available_state: number } }[]).map((b) => ({ availableState: b.base_info.available_state })),
        })),
      checkCardApi: () => call('/card/batchget', { offset: 0, count: 1 }, () => undefined),
    };
  };
}
