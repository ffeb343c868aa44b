import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { buildDump } from './dump';
import { writeJson } from './envelope';
import { createHandle, type SandboxHandle } from './handle';
import type { StartSandboxOptions } from './options';
import { serveRequest } from './request';
import { memberControl } from './member-control';
import { serveMemberRoute } from './member-routes';
import { createState } from './state';
import { servePayControlRoute } from './wechatpay/pay-control-routes';
import { PAY_PREFIX, servePayRequest } from './wechatpay/serve-pay';

/** `GET` this path for the sandbox's state dump as JSON. */
export const SANDBOX_STATE_PATH = '/__sandbox/state';

/**
 * Starts the Weixin API simulator on 127.0.0.1 (a free port unless `options.port` is given). It
 * answers like api.weixin.qq.com: envelopes, errcodes, token rules and card rules of
 * wechat-card-api.md, on a virtual clock, with optional fault injection.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  const state = createState(options);
  const sockets = new Set<Socket>();
  const members = memberControl((appid) => state.accounts.get(appid), () => state.clock.now());
  const server = createServer((req, res) => {
    // Not a Weixin path: the simulator's own state (cards as received, token calls, faults; never a
    // secret), so a script can see what the sandbox did (README "sandbox decisions").
    if (req.method === 'GET' && req.url === SANDBOX_STATE_PATH) return writeJson(res, 200, buildDump(state));
    if (req.url?.startsWith('/__sandbox/members/')) {
      serveMemberRoute(members, req, res).then((served) => served || writeJson(res, 404, { error: 'unknown sandbox route' }), () => req.socket.destroy());
      return;
    }
    if (req.url?.startsWith('/__sandbox/pay/')) {
      servePayControlRoute(state, req, res).then((served) => served || writeJson(res, 404, { error: 'unknown sandbox route' }), () => req.socket.destroy());
      return;
    }
    // WeChat Pay APIv3 lives under /v3/ on the same server (wechatpay-merchant-coupons-and-member-cards.md §6.2).
    const serve = req.url?.startsWith(PAY_PREFIX) ? servePayRequest : serveRequest;
    serve(state, req, res).catch(() => req.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return createHandle(state, server, sockets, port);
}
