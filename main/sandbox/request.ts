import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from './dispatch';
import { errorEnvelope, writeBytes, writeJson } from './envelope';
import { runExchange } from './exchange';
import { wxError } from './errors';
import type { FaultOutcome } from './faults';
import { handleImageFile } from './handlers/media';
import type { HandlerContext, Reply } from './handlers/context';
import { parseImagePath } from './media-store';
import { ROUTES } from './routes';
import type { SandboxState } from './state';

/** The caller's address as Weixin reports it: IPv4 without the `::ffff:` mapping, or the presented IP. */
function clientIpOf(state: SandboxState, req: IncomingMessage): string {
  if (state.presentedClientIp) return state.presentedClientIp;
  const address = req.socket.remoteAddress ?? '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function send(res: ServerResponse, reply: Reply, now: number): void {
  if (reply.kind === 'json') writeJson(res, 200, reply.body);
  else if (reply.kind === 'error') writeJson(res, 200, errorEnvelope(reply.error, now));
  else if (reply.kind === 'bytes') writeBytes(res, 200, reply.contentType, reply.data);
  else writeBytes(res, 404, 'text/plain; charset=utf-8', Buffer.from('404 Not Found'));
}

function safeDispatch(state: SandboxState, ctx: HandlerContext): Reply {
  const route = ROUTES.get(ctx.path);
  // An unknown API: Weixin answers unknown and unopened APIs alike with 48001 "api unauthorized".
  if (!route) return { kind: 'error', error: wxError(48001) };
  try {
    return dispatch(route, ctx);
  } catch {
    return { kind: 'error', error: wxError(-1) };
  }
}

/** One card-API exchange under the shared fault flow (exchange.ts). */
export async function serveRequest(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const path = url.pathname;
  if (method === 'GET' && parseImagePath(path)) {
    // The CDN stand-in, not an API: no count, no faults, no token.
    req.resume();
    return send(res, handleImageFile(state, path), state.clock.now());
  }
  state.endpointCounts.set(path, (state.endpointCounts.get(path) ?? 0) + 1);
  const fault: FaultOutcome = ROUTES.has(path) ? state.faults.next(path) : { kind: 'none' };
  return runExchange(state, req, res, fault, {
    run: (read, now) =>
      safeDispatch(state, {
        state,
        now,
        method,
        path,
        query: url.searchParams,
        headers: req.headers,
        body: read.body,
        bodyTooLarge: read.tooLarge,
        clientIp: clientIpOf(state, req),
      }),
    send: (reply, now) => send(res, reply, now),
    sendInjectedError(injected, now) {
      // A WeChat Pay error kind on a card path is the card API's system error.
      const error = injected.kind === 'errcode' ? wxError(injected.errcode, undefined, injected.errmsg) : wxError(-1);
      writeJson(res, 200, errorEnvelope(error, now));
    },
  });
}
