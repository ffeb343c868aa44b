import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from './dispatch';
import { errorEnvelope, write502, writeBytes, writeJson } from './envelope';
import { wxError } from './errors';
import type { FaultOutcome } from './faults';
import { handleImageFile } from './handlers/media';
import type { HandlerContext, Reply } from './handlers/context';
import { parseImagePath } from './media-store';
import { ROUTES } from './routes';
import type { SandboxState } from './state';

/** Bodies beyond this are not kept (uploadimg answers 40009; others fail to parse, 47001). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

interface ReadBody {
  readonly body: Buffer;
  readonly tooLarge: boolean;
  readonly aborted: boolean;
}

function readBody(req: IncomingMessage): Promise<ReadBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else tooLarge = true;
    });
    req.on('end', () => resolve({ body: Buffer.concat(chunks), tooLarge, aborted: false }));
    req.on('error', () => resolve({ body: Buffer.alloc(0), tooLarge, aborted: true }));
    req.on('close', () => {
      if (!req.complete) resolve({ body: Buffer.alloc(0), tooLarge, aborted: true });
    });
  });
}

/** The caller's address as Weixin reports it: IPv4 without the `::ffff:` mapping, or the presented IP. */
function clientIpOf(state: SandboxState, req: IncomingMessage): string {
  if (state.presentedClientIp) return state.presentedClientIp;
  const address = req.socket.remoteAddress ?? '127.0.0.1';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function gone(req: IncomingMessage, res: ServerResponse): boolean {
  return req.socket.destroyed || res.destroyed || res.writableEnded;
}

/** Aborts when the connection closes before the answer is sent (the client gave up). */
function closeSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => controller.abort());
  return controller.signal;
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

/**
 * One HTTP exchange: the injected fault's before-commit part, the API call, then its after-commit
 * part (security-reliability.md §7.1). Every wait is cut short by stop().
 */
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
  if (fault.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  const read = await readBody(req);
  if (read.aborted || gone(req, res)) return;
  if (fault.kind === 'http502') return write502(res);
  if (fault.kind === 'errcode') {
    return writeJson(res, 200, errorEnvelope(wxError(fault.errcode, undefined, fault.errmsg), state.clock.now()));
  }
  if (fault.kind === 'latency') {
    // Before commit: a client that gave up during the wait finds nothing created.
    const elapsed = await state.timers.sleep(fault.ms, closeSignal(res));
    if (!elapsed || gone(req, res)) return void req.socket.destroy();
  }
  if (fault.kind === 'slow-commit') {
    // The commit lands after the delay whether or not the client is still there.
    const elapsed = await state.timers.sleep(fault.delayMs);
    if (!elapsed) return void req.socket.destroy();
  }
  const ctx: HandlerContext = {
    state,
    now: state.clock.now(),
    method,
    path,
    query: url.searchParams,
    headers: req.headers,
    body: read.body,
    bodyTooLarge: read.tooLarge,
    clientIp: clientIpOf(state, req),
  };
  const reply = safeDispatch(state, ctx);
  if (fault.kind === 'reset-after-commit') return void req.socket.destroy();
  if (fault.kind === '502-after-commit') return gone(req, res) ? undefined : write502(res);
  if (fault.kind === 'timeout-after-commit') {
    const elapsed = await state.timers.sleep(fault.holdMs, closeSignal(res));
    if (!elapsed) return void req.socket.destroy();
  }
  if (gone(req, res)) return;
  send(res, reply, ctx.now);
}
