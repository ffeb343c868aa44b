import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { localized } from '../../common/i18n';
import type { EventMap } from '../../common/ipc/define';
import { IPC_ERROR_CODES, ipcFail, type IpcResult } from '../../common/ipc/envelope';
import { bundleHeaders, contentTypeFor, resolveBundlePath } from '../electron/app-protocol';
import { HARNESS_CSP } from '../electron/csp';
import type { Logger } from '../log/logger';
import { forbiddenError } from '../ipc/errors';
import type { Router } from '../ipc/router';
import { prepareHarnessHtml } from './html';
import { checkHarnessOrigin, checkHarnessRequest, type HarnessIdentity } from './request-guard';
import { buildShimScript } from './shim-bundle';
import { EVENTS_PATH, IPC_PATH, SHIM_PATH, TOKEN_QUERY } from './wire';

/** The router's sender in the harness: only requests that passed the token and origin checks get one. */
export interface WebHarnessSender {
  readonly transport: 'web-harness';
  readonly verified: true;
}

/** The harness's `isTrustedSender`. */
export function isWebHarnessSender(sender: WebHarnessSender): boolean {
  return sender?.transport === 'web-harness' && sender.verified === true;
}

/** Options of {@link startWebHarness}. */
export interface WebHarnessOptions<Ev extends EventMap> {
  readonly router: Router<Ev, WebHarnessSender>;
  /** The built renderer (index.html + assets). */
  readonly rendererDir: string;
  /** 0 or omitted: a free port. */
  readonly port?: number;
  readonly log?: Logger;
}

/** A running harness. `url` carries the token for the shim; `stop()` closes streams and the server. */
export interface WebHarness {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

const VERIFIED: WebHarnessSender = Object.freeze({ transport: 'web-harness', verified: true });

function sendJson(res: ServerResponse, status: number, body: IpcResult<unknown>): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(JSON.stringify(body));
}

function badRequest(channel: string, en: string, zh: string): IpcResult<never> {
  return ipcFail(IPC_ERROR_CODES.invalidRequest, localized(`“${channel}”的请求无效：${zh}`, `Invalid request to "${channel}": ${en}`));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer and the router over HTTP on 127.0.0.1 (architecture.md "Why a web
 * harness"). Static files need the right Host; `/ipc/*` and `/events` also need the per-run token
 * header and, from a browser, a same-origin Origin / Sec-Fetch-Site. Everything is sent with the
 * app's CSP except `connect-src 'self'`, which the shim's fetch needs.
 */
export async function startWebHarness<Ev extends EventMap>(options: WebHarnessOptions<Ev>): Promise<WebHarness> {
  const { router, rendererDir, log } = options;
  const token = randomBytes(24).toString('base64url');
  const prepared = prepareHarnessHtml(await readFile(join(rendererDir, 'index.html'), 'utf8'));
  if (!prepared.ok) throw new Error(`web harness: ${prepared.error}`);
  const indexHtml = prepared.value;
  const shim = await buildShimScript();
  const streams = new Set<ServerResponse>();
  let identity: HarnessIdentity = { token, host: '', origin: '' };

  const unsubscribe = router.subscribe((event, payload) => {
    const block = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(block);
  });

  async function handleIpc(req: IncomingMessage, res: ServerResponse, channel: string): Promise<void> {
    if (req.method !== 'POST') return sendJson(res, 405, badRequest(channel, 'use POST', '请使用 POST'));
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, badRequest(channel, 'the body must be application/json', '请求体必须是 application/json'));
    }
    const text = await readBody(req);
    if (text === null) return sendJson(res, 413, badRequest(channel, 'the body is over 16 MB', '请求体超过 16 MB'));
    let body: unknown;
    try {
      body = text === '' ? {} : JSON.parse(text);
    } catch {
      return sendJson(res, 400, badRequest(channel, 'the body is not JSON', '请求体不是 JSON'));
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return sendJson(res, 400, badRequest(channel, 'the body must be {"payload": …}', '请求体必须是 {"payload": …}'));
    }
    sendJson(res, 200, await router.dispatch(channel, (body as { payload?: unknown }).payload, VERIFIED));
  }

  function handleEvents(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.write(': connected\n\n');
    streams.add(res);
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      streams.delete(res);
    });
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, bundleHeaders('text/plain; charset=utf-8', HARNESS_CSP)).end();
      return;
    }
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, bundleHeaders(type, HARNESS_CSP));
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (pathname === '/' || pathname === '/index.html') return send('text/html; charset=utf-8', indexHtml);
    if (pathname === SHIM_PATH) return send('text/javascript; charset=utf-8', shim);
    // Browsers ask for a favicon the bundle does not have (Electron never does); answer quietly.
    if (pathname === '/favicon.ico') {
      res.writeHead(204, bundleHeaders('image/x-icon', HARNESS_CSP)).end();
      return;
    }
    const file = await resolveBundlePath(rendererDir, pathname);
    if (!file.ok) {
      res.writeHead(file.error === 'not_found' ? 404 : 400, bundleHeaders('text/plain; charset=utf-8', HARNESS_CSP)).end();
      return;
    }
    send(contentTypeFor(file.value), await readFile(file.value));
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', identity.origin || 'http://127.0.0.1');
      const isApi = url.pathname.startsWith(IPC_PATH) || url.pathname === EVENTS_PATH;
      const checked = isApi ? checkHarnessRequest(req.headers, identity) : checkHarnessOrigin(req.headers, identity);
      if (!checked.ok) {
        log?.warn('web harness: refused a request', { path: url.pathname, reason: checked.error });
        return sendJson(res, 403, forbiddenError(url.pathname.slice(0, 80), { reason: checked.error }));
      }
      if (url.pathname === EVENTS_PATH) return handleEvents(req, res);
      if (url.pathname.startsWith(IPC_PATH)) {
        let channel: string;
        try {
          channel = decodeURIComponent(url.pathname.slice(IPC_PATH.length));
        } catch {
          channel = url.pathname.slice(IPC_PATH.length);
        }
        return handleIpc(req, res, channel);
      }
      return handleStatic(req, res, url.pathname);
    })().catch((error: unknown) => {
      log?.error('web harness: request failed', { error });
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  identity = { token, host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` };

  return {
    url: `${identity.origin}/?${TOKEN_QUERY}=${token}`,
    origin: identity.origin,
    token,
    async stop() {
      unsubscribe();
      for (const stream of streams) stream.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
