import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient, type TokenMode, type WeixinClientOptions } from '../../main/wechat';
import { failure, sandboxClient, startFrozen, value } from './support';

/**
 * security-reliability.md §6.3: axios < 1.16.1 sent HTTPS requests — AppSecret included — in
 * cleartext to an HTTP proxy. This proxy only listens: it records the first line of every request
 * and every byte it receives, answers CONNECT with 502 (or hangs up), and never connects anywhere.
 */
interface LoggingProxy {
  readonly url: string;
  readonly lines: string[];
  readonly bytes: () => string;
  close(): Promise<void>;
}

async function startLoggingProxy(mode: 'refuse' | 'hang-up'): Promise<LoggingProxy> {
  const lines: string[] = [];
  const received: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    let answered = false;
    socket.on('data', (chunk: Buffer) => {
      received.push(chunk);
      if (answered) return;
      head += chunk.toString('latin1');
      const end = head.indexOf('\r\n');
      if (end < 0) return;
      answered = true;
      lines.push(head.slice(0, end));
      if (mode === 'refuse') socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      else socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    bytes: () => Buffer.concat(received).toString('latin1'),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const PROXY_VARS = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];
let savedEnv: Record<string, string | undefined> = {};
const proxies: LoggingProxy[] = [];
let sandbox: SandboxHandle | undefined;

beforeEach(() => {
  savedEnv = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
  for (const k of PROXY_VARS) delete process.env[k];
});
afterEach(async () => {
  for (const k of PROXY_VARS) {
    const v = savedEnv[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await Promise.all(proxies.splice(0).map((p) => p.close()));
  await sandbox?.stop();
  sandbox = undefined;
});

async function proxy(mode: 'refuse' | 'hang-up' = 'refuse'): Promise<LoggingProxy> {
  const started = await startLoggingProxy(mode);
  proxies.push(started);
  return started;
}

const CANARY = 'CANARY_APPSECRET_7f3a9c';

/** A client of the real host with a canary secret; waits cost nothing. */
function realHostClient(tokenMode: TokenMode, extra: Partial<WeixinClientOptions> = {}) {
  const built = createWeixinClient({
    appid: 'wx00000000canary0',
    secret: async () => CANARY,
    tokenMode,
    sleep: async () => undefined,
    timeouts: { tokenMs: 1_500 },
    ...extra,
  });
  if (!built.ok) throw new Error('no client');
  return built.value;
}

function expectTunnelOnly(p: LoggingProxy): void {
  expect(p.lines.length).toBeGreaterThan(0);
  for (const line of p.lines) expect(line).toBe('CONNECT api.weixin.qq.com:443 HTTP/1.1');
  expect(p.bytes().split(CANARY).length - 1).toBe(0);
}

describe('HTTPS through an HTTP proxy is tunnelled: the proxy sees CONNECT only, never the secret', () => {
  it.each<TokenMode>(['stable', 'classic'])('HTTPS_PROXY, %s token call', async (mode) => {
    const p = await proxy();
    process.env.HTTPS_PROXY = p.url;
    const error = failure(await realHostClient(mode).refreshToken());
    expect(error).toMatchObject({ kind: 'http', status: 502, endpoint: mode === 'stable' ? '/cgi-bin/stable_token' : '/cgi-bin/token' });
    expectTunnelOnly(p);
    expect(p.lines).toHaveLength(3); // 3 tries on the token endpoint
    expect(JSON.stringify(error)).not.toContain(CANARY);
  });

  it.each<TokenMode>(['stable', 'classic'])('the per-account proxy option, %s token call', async (mode) => {
    const p = await proxy();
    const error = failure(await realHostClient(mode, { proxy: p.url }).refreshToken());
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expectTunnelOnly(p);
  });

  it('a proxy that hangs up on CONNECT: still only CONNECT lines, and a timeout', async () => {
    const p = await proxy('hang-up');
    process.env.HTTPS_PROXY = p.url;
    const error = failure(await realHostClient('classic', { timeouts: { tokenMs: 300 } }).refreshToken());
    expect(error.kind).toBe('timeout');
    expectTunnelOnly(p);
  });

  it('the per-account proxy overrides HTTPS_PROXY', async () => {
    const fromEnv = await proxy();
    const perAccount = await proxy();
    process.env.HTTPS_PROXY = fromEnv.url;
    failure(await realHostClient('stable', { proxy: perAccount.url }).refreshToken());
    expect(fromEnv.lines).toEqual([]);
    expectTunnelOnly(perAccount);
  });
});

describe('the loopback sandbox and the proxy', () => {
  it('NO_PROXY=127.0.0.1 bypasses HTTP_PROXY for the sandbox', async () => {
    const p = await proxy();
    sandbox = await startFrozen();
    process.env.HTTP_PROXY = p.url;
    process.env.NO_PROXY = '127.0.0.1';
    const { client } = sandboxClient(sandbox);
    value(await client.getColors());
    expect(p.lines).toEqual([]);
  });

  it('even without NO_PROXY, HTTP_PROXY is never used for the loopback sandbox (no proxy can reach it)', async () => {
    const p = await proxy();
    sandbox = await startFrozen();
    process.env.HTTP_PROXY = p.url;
    process.env.HTTPS_PROXY = p.url;
    const { client } = sandboxClient(sandbox);
    value(await client.getColors());
    expect(p.lines).toEqual([]);
  });

  it('a per-account proxy is not used for the loopback sandbox', async () => {
    const p = await proxy();
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox, { proxy: p.url });
    value(await client.getColors());
    expect(p.lines).toEqual([]);
    expect(sandbox.dump().tokenCalls.map((c) => c.appid)).toEqual([DEMO_ACCOUNT.appid]);
  });
});
