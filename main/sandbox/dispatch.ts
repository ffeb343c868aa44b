import { fail, type HandlerContext, type Reply } from './handlers/context';
import type { Route } from './routes';
import { settleAll } from './state';

/**
 * Runs one API call against the state: reviews catch up with the clock, then the method (43002),
 * the access_token (41001 missing, 40014 never issued, 40001 superseded, 42001 expired; §2, §3),
 * the card permission (48001), the quota (45009 / 45011, §6) and finally the endpoint. Synchronous,
 * so an endpoint's commit is atomic with respect to other requests.
 */
export function dispatch(route: Route, ctx: HandlerContext): Reply {
  settleAll(ctx.state);
  if (!route.methods.includes(ctx.method)) return fail(43002);
  if (route.auth === 'self') return route.handle(ctx);
  const accessToken = ctx.query.get('access_token');
  if (!accessToken) return fail(41001, 'access_token');
  const resolved = ctx.state.tokens.resolve(accessToken);
  if (!resolved.ok) return fail(resolved.errcode, 'access_token');
  const account = ctx.state.accounts.get(resolved.appid);
  if (!account) return fail(40014, 'access_token');
  if (route.cardApi && !account.config.permissions.card) return fail(48001);
  const quota = ctx.state.quotas.consume(account.config.appid, route.path, account.config.quotas);
  if (quota !== 0) return fail(quota);
  return route.handle({ ...ctx, account });
}
