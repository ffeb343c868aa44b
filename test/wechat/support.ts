// Shared helpers for the Weixin client tests: a frozen sandbox and a client whose waits advance its clock.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryLogger } from '../../main/log/logger';
import { DEMO_ACCOUNT, demoCouponBody, startSandbox, type SandboxHandle, type StartSandboxOptions } from '../../main/sandbox';
import { createWeixinClient, type WeixinClient, type WeixinClientOptions, type WeixinResult } from '../../main/wechat';

/** 2026-01-15 12:00:00 China time, on a minute boundary. */
export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** A sandbox on a frozen virtual clock at T0. */
export function startFrozen(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  return startSandbox({ clock: { startAt: T0, frozen: true }, ...options });
}

/** A client and what it did: the waits it asked for and its (redacted, in-memory) log. */
export interface TestClient {
  readonly client: WeixinClient;
  readonly sleeps: number[];
  readonly logger: ReturnType<typeof createMemoryLogger>;
}

/**
 * A client of the demo account on the sandbox. Its sleep advances the sandbox's virtual clock
 * instead of waiting (so "next minute" costs nothing), its random is fixed at 0.5, and its
 * timeouts are short but generous enough for a loaded machine.
 */
export function sandboxClient(sandbox: SandboxHandle, overrides: Partial<WeixinClientOptions> = {}): TestClient {
  const sleeps: number[] = [];
  const logger = createMemoryLogger();
  const created = createWeixinClient({
    appid: DEMO_ACCOUNT.appid,
    secret: async () => DEMO_ACCOUNT.secret,
    baseUrl: sandbox.baseUrl,
    clock: sandbox.clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      sandbox.clock.advance(ms);
    },
    random: () => 0.5,
    logger,
    timeouts: { tokenMs: 5_000, readMs: 5_000, writeMs: 5_000, createMs: 5_000, uploadBaseMs: 5_000 },
    ...overrides,
  });
  if (!created.ok) throw new Error(`client not created: ${created.error.kind}`);
  return { client: created.value, sleeps, logger };
}

/** The value of an ok result, or a test failure naming what came back instead. */
export function value<T>(result: WeixinResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The failure of a result, or a test failure. */
export function failure<T>(result: WeixinResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A valid card/create body at the sandbox's virtual now. */
export function couponBody(sandbox: SandboxHandle): { card: Record<string, unknown> } {
  return demoCouponBody(sandbox.clock.now());
}

/** The demo account's part of the dump. */
export function demoDump(sandbox: SandboxHandle) {
  const account = sandbox.dump().accounts[DEMO_ACCOUNT.appid];
  if (!account) throw new Error('no demo account');
  return account;
}

/** A tiny valid PNG header (the sandbox checks magic bytes only). */
export const PNG_BYTES = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** A loopback HTTP server answering every request with `answer`; records path and body of each. */
export async function fakeServer(answer: (path: string, body: string) => { status: number; body: string; contentType?: string }): Promise<{
  readonly baseUrl: string;
  readonly requests: { path: string; body: string }[];
  close(): Promise<void>;
}> {
  const requests: { path: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ path, body });
      const out = answer(path, body);
      res.writeHead(out.status, { 'Content-Type': out.contentType ?? 'application/json; encoding=utf-8' });
      res.end(out.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
