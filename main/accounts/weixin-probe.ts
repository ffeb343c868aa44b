import { systemClock, type Clock } from '../../common/clock';
import { err, ok } from '../../common/result';
import type { Logger } from '../log/logger';
import { createWeixinClient, type WeixinClient, type WeixinFailure } from '../wechat';
import type { AccountCredentials } from './account-service';
import type { ConnectionProbe, ProbeFactory } from './test-connection';

/** The client calls "test connection" uses. */
export type ProbeClient = Pick<WeixinClient, 'refreshToken' | 'getPoiList' | 'batchGetCards'>;

/** A {@link ConnectionProbe} over main/wechat's client (stable_token or cgi-bin/token per the account). */
export function probeFromClient(client: ProbeClient, clock: Clock = systemClock): ConnectionProbe {
  return {
    async fetchToken() {
      const fetched = await client.refreshToken();
      return fetched.ok ? ok({ expiresIn: Math.max(0, Math.round((fetched.value.expiresAt - clock.now()) / 1000)) }) : fetched;
    },
    async getPoiList(page) {
      const listed = await client.getPoiList(page);
      return listed.ok ? ok({ total: listed.value.totalCount, stores: listed.value.stores }) : listed;
    },
    checkCardApi: () => client.batchGetCards({ offset: 0, count: 1 }),
  };
}

/** A probe whose every call answers the same failure (the client could not even be built). */
function failingProbe(failure: WeixinFailure): ConnectionProbe {
  return { fetchToken: async () => err(failure), getPoiList: async () => err(failure), checkCardApi: async () => err(failure) };
}

/** What the hosts pass to build probes. */
export interface WeixinProbeOptions {
  /** The embedded sandbox's base URL, for accounts whose environment is `sandbox`. */
  readonly sandboxBaseUrl: () => string;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** The {@link ProbeFactory} the app uses: one short-lived Weixin client per test. */
export function weixinProbeFactory(options: WeixinProbeOptions): ProbeFactory {
  return (credentials: AccountCredentials) => {
    const client = createWeixinClient({
      appid: credentials.appid,
      secret: async () => credentials.secret,
      tokenMode: credentials.tokenMode,
      ...(credentials.environment === 'sandbox' ? { baseUrl: options.sandboxBaseUrl() } : {}),
      ...(credentials.settings.proxy === null ? {} : { proxy: credentials.settings.proxy }),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    return client.ok ? probeFromClient(client.value, options.clock) : failingProbe(client.error);
  };
}
