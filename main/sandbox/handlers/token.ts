import type { AccountState } from '../account-state';
import type { TokenCallRecord } from '../state';
import { bare, fail, readJsonObject, type HandlerContext, type Reply } from './context';

type Credentials = { appid: unknown; secret: unknown; grantType: unknown };

/**
 * Checks shared by both token endpoints (§1.2, §3.8): appid, grant_type, then the IP whitelist —
 * checked before the secret, as observed — then the secret and the daily/minute quota.
 */
function authenticate(ctx: HandlerContext, creds: Credentials): { ok: true; account: AccountState } | { ok: false; reply: Reply } {
  const { appid, secret, grantType } = creds;
  if (typeof appid !== 'string' || appid === '') return { ok: false, reply: fail(41002, 'appid') };
  if (grantType !== 'client_credential') return { ok: false, reply: fail(40002, 'grant_type') };
  const account = ctx.state.accounts.get(appid);
  if (!account) return { ok: false, reply: fail(40013, 'appid') };
  const whitelist = account.config.ipWhitelist;
  if (whitelist && !whitelist.includes(ctx.clientIp)) {
    // §2 [OBS]: "invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist".
    const errmsg = `invalid ip ${ctx.clientIp} ipv6 ::ffff:${ctx.clientIp}, not in whitelist`;
    return { ok: false, reply: fail(40164, 'ip', errmsg) };
  }
  if (typeof secret !== 'string' || secret === '') return { ok: false, reply: fail(41004, 'secret') };
  if (secret !== account.config.secret) return { ok: false, reply: fail(40125, 'secret') };
  const quota = ctx.state.quotas.consume(appid, ctx.path, account.config.quotas);
  if (quota !== 0) return { ok: false, reply: fail(quota) };
  return { ok: true, account };
}

function record(ctx: HandlerContext, entry: Omit<TokenCallRecord, 'at' | 'endpoint'>): void {
  const endpoint = ctx.path === '/cgi-bin/stable_token' ? '/cgi-bin/stable_token' : '/cgi-bin/token';
  ctx.state.tokenCalls.push({ at: ctx.now, endpoint, ...entry });
}

function errcodeOf(reply: Reply): number {
  return reply.kind === 'error' ? reply.error.errcode : 0;
}

/** `GET /cgi-bin/token`: a new token every call; the previous one keeps 300 s of grace (§3.2). */
export function handleToken(ctx: HandlerContext): Reply {
  const appid = ctx.query.get('appid') ?? undefined;
  const auth = authenticate(ctx, { appid, secret: ctx.query.get('secret') ?? undefined, grantType: ctx.query.get('grant_type') ?? undefined });
  if (!auth.ok) {
    record(ctx, { appid, forceRefresh: false, errcode: errcodeOf(auth.reply), issued: false, forceIgnored: false });
    return auth.reply;
  }
  const issued = ctx.state.tokens.issueClassic(auth.account.config.appid);
  record(ctx, { appid, forceRefresh: false, errcode: 0, issued: true, forceIgnored: false });
  return bare({ access_token: issued.access_token, expires_in: issued.expires_in });
}

/** `POST /cgi-bin/stable_token` (JSON only): its own token slot, normal or force mode (§3.5). */
export function handleStableToken(ctx: HandlerContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) {
    record(ctx, { appid: undefined, forceRefresh: false, errcode: errcodeOf(body.reply), issued: false, forceIgnored: false });
    return body.reply;
  }
  const { appid, secret, grant_type: grantType, force_refresh: force } = body.value;
  const appidText = typeof appid === 'string' ? appid : undefined;
  if (force !== undefined && typeof force !== 'boolean') {
    record(ctx, { appid: appidText, forceRefresh: false, errcode: 47001, issued: false, forceIgnored: false });
    return fail(47001, 'force_refresh');
  }
  const forceRefresh = force === true;
  const auth = authenticate(ctx, { appid, secret, grantType });
  if (!auth.ok) {
    record(ctx, { appid: appidText, forceRefresh, errcode: errcodeOf(auth.reply), issued: false, forceIgnored: false });
    return auth.reply;
  }
  const outcome = ctx.state.tokens.issueStable(auth.account.config.appid, forceRefresh);
  record(ctx, { appid: appidText, forceRefresh, errcode: 0, issued: outcome.issued, forceIgnored: outcome.forceIgnored });
  return bare({ access_token: outcome.access_token, expires_in: outcome.expires_in });
}
