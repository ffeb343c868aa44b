import type { IncomingMessage, ServerResponse } from 'node:http';
import { write502 } from './envelope';
import type { FaultOutcome } from './faults';
import type { SandboxState } from './state';

/** Bodies beyond this are not kept (uploadimg answers 40009; others fail to parse, 47001). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A request body as read. */
export interface ReadBody {
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

function gone(req: IncomingMessage, res: ServerResponse): boolean {
  return req.socket.destroyed || res.destroyed || res.writableEnded;
}

/** Aborts when the connection closes before the answer is sent (the client gave up). */
function closeSignal(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => controller.abort());
  return controller.signal;
}

/** What differs between the card API and WeChat Pay around the shared fault flow. */
export interface Exchange<R> {
  /** Runs the endpoint: the commit. Synchronous, so it is atomic with respect to other requests. */
  run(read: ReadBody, now: number): R;
  /** Writes the endpoint's answer; the fault is passed on for faults that shape the answer itself. */
  send(reply: R, now: number, fault: FaultOutcome): void;
  /** Answers a before-commit error fault (errcode, pay-error) in this API's own envelope. */
  sendInjectedError(fault: Extract<FaultOutcome, { kind: 'errcode' | 'pay-error' }>, now: number): void;
}

/**
 * One HTTP exchange: the injected fault's before-commit part, the API call, then its after-commit
 * part (security-reliability.md §7.1). Every wait is cut short by stop().
 */
export async function runExchange<R>(state: SandboxState, req: IncomingMessage, res: ServerResponse, fault: FaultOutcome, exchange: Exchange<R>): Promise<void> {
  if (fault.kind === 'reset') {
    req.socket.destroy();
    return;
  }
  const read = await readBody(req);
  if (read.aborted || gone(req, res)) return;
  if (fault.kind === 'http502') return write502(res);
  if (fault.kind === 'errcode' || fault.kind === 'pay-error') return exchange.sendInjectedError(fault, state.clock.now());
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
  const now = state.clock.now();
  const reply = exchange.run(read, now);
  if (fault.kind === 'reset-after-commit') return void req.socket.destroy();
  if (fault.kind === '502-after-commit') return gone(req, res) ? undefined : write502(res);
  if (fault.kind === 'timeout-after-commit') {
    const elapsed = await state.timers.sleep(fault.holdMs, closeSignal(res));
    if (!elapsed) return void req.socket.destroy();
  }
  if (gone(req, res)) return;
  exchange.send(reply, now, fault);
}
