// A second back end for the engine, in the tests only: a remote side whose create takes a request
// key and answers a replay of that key with its first result (as WeChat Pay's out_request_no
// does), and which cannot list what it holds. It proves the write-ahead protocol does not depend
// on the card path: the same engine, the same journal, a different way to settle an unknown.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localized } from '../../../common/i18n';
import type { HistoryRecord } from '../../../common/ipc/channels/history';
import { ok } from '../../../common/result';
import type { DraftsService } from '../../../main/drafts/drafts-service';
import { localError } from '../../../main/history/errors';
import type { BatchBackEnd, SendOutcome } from '../../../main/batch/back-end';
import { replayPass } from '../../../main/batch/replay-pass';
import type { JsonObject } from '../../../main/wechat';

/** What the server does to the first send of a key after committing it. */
export type ReplayFault = 'reset-after-commit' | 'timeout-after-commit' | '502-after-commit';

/** One object the server holds. */
export interface StoredObject {
  readonly id: string;
  readonly requestKey: string;
  readonly body: string;
}

/** A tiny replay-idempotent server on 127.0.0.1. */
export interface ReplayServer {
  readonly baseUrl: string;
  readonly objects: Map<string, StoredObject>;
  /** Sends per key (first sends and replays). */
  readonly sends: Map<string, number>;
  readonly faults: Record<ReplayFault, number>;
  stop(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POST /objects `{ request_key, body }` → 200 `{ id }`. A key it has seen answers the first
 * result, whatever the body; a new key is committed first, then — for every `faultEvery`-th new
 * key — the answer is lost in one of the after-commit ways, in turn.
 */
export async function startReplayServer(options: { readonly faultEvery: number; readonly holdMs: number }): Promise<ReplayServer> {
  const objects = new Map<string, StoredObject>();
  const sends = new Map<string, number>();
  const faults: Record<ReplayFault, number> = { 'reset-after-commit': 0, 'timeout-after-commit': 0, '502-after-commit': 0 };
  const kinds: ReplayFault[] = ['reset-after-commit', 'timeout-after-commit', '502-after-commit'];
  let fresh = 0;
  const held = new Set<ReturnType<typeof setTimeout>>();
  const server: Server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const parsed = JSON.parse(text) as { request_key?: unknown; body?: unknown };
      if (request.url !== '/objects' || typeof parsed.request_key !== 'string' || typeof parsed.body !== 'object') {
        response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'PARAM_ERROR' }));
        return;
      }
      const key = parsed.request_key;
      sends.set(key, (sends.get(key) ?? 0) + 1);
      const known = objects.get(key);
      const answer = (stored: StoredObject) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: stored.id }));
      if (known) return answer(known);
      const stored: StoredObject = { id: `obj${String(objects.size + 1).padStart(6, '0')}`, requestKey: key, body: JSON.stringify(parsed.body) };
      objects.set(key, stored);
      if (++fresh % options.faultEvery !== 0) return answer(stored);
      const kind = kinds[Math.floor(fresh / options.faultEvery) % kinds.length] as ReplayFault;
      faults[kind]++;
      if (kind === 'reset-after-commit') request.socket.destroy();
      else if (kind === '502-after-commit') response.writeHead(502, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>');
      else {
        const timer = setTimeout(() => {
          held.delete(timer);
          answer(stored);
        }, options.holdMs);
        held.add(timer);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    objects,
    sends,
    faults,
    async stop() {
      for (const timer of held) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The request key of an operation: from what its record committed before the first send (id and fingerprint). */
export function requestKeyOf(record: Pick<HistoryRecord, 'id' | 'fingerprint'>): string {
  return createHash('sha256').update(`${record.id}\u0000${record.fingerprint ?? ''}`).digest('hex').slice(0, 32);
}

const fingerprintOf = (body: unknown): string => `rp:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;

function titleOf(body: unknown): string | null {
  const title = (body as { card?: { cash?: { base_info?: { title?: unknown } } } }).card?.cash?.base_info?.title;
  return typeof title === 'string' ? title : null;
}

/**
 * The back end over {@link startReplayServer}. The body is the draft's JSON as it is; a replay
 * rebuilds it from the saved draft (the history keeps no bodies), as the WeChat Pay back end will.
 */
export function replayBackEnd(server: Pick<ReplayServer, 'baseUrl'>, drafts: Pick<DraftsService, 'get'>, timeoutMs: number): BatchBackEnd {
  const post = async (key: string, body: unknown, at: () => number, signal?: AbortSignal): Promise<SendOutcome> => {
    const unknown = (kind: string, why: string): SendOutcome => ({
      kind: 'ambiguous',
      error: localError(kind, localized(`结果未知：${why}`, `Outcome unknown: ${why}`), at()),
      message: localized(`结果未知：${why}`, `Outcome unknown: ${why}`),
      cancelled: signal?.aborted === true,
    });
    let response: Response;
    try {
      response = await fetch(`${server.baseUrl}/objects`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ request_key: key, body }),
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      return unknown(error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'network', String(error));
    }
    const text = await response.text().catch(() => '');
    if (response.status >= 500) return unknown('http', `HTTP ${response.status}`);
    if (response.status !== 200) return { kind: 'refused', effect: 'draft', error: localError('http', localized(`被拒绝：${text}`, `Refused: ${text}`), at()) };
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' ? { kind: 'created', remoteId: id } : unknown('invalid_response', text);
  };

  const bodyOf = async (record: HistoryRecord): Promise<unknown> => {
    if (!record.batchId || !record.draftId) return undefined;
    const batch = await drafts.get(record.batchId);
    return batch.ok ? batch.value.drafts.find((d) => d.id === record.draftId)?.card : undefined;
  };

  return {
    // Its records are ordinary card-typed drafts of the test batch: everything in this history is its own.
    owns: () => true,
    describe: (draft) => ({ title: titleOf(draft.card), cardType: 'REPLAY_TEST' }),
    async prepare(_ctx, _scope, draft) {
      return { kind: 'create', body: draft.card as JsonObject, fingerprint: fingerprintOf(draft.card) };
    },
    send: (ctx, scope, request, committed) => post(requestKeyOf(committed), request.body, () => ctx.clock.now(), scope.signal),
    /** No list-all: every open operation of the account is replayed with its own key. */
    reconcile: (ctx, target) =>
      replayPass(ctx, target, async (record) => {
        const body = await bodyOf(record);
        return body === undefined ? undefined : post(requestKeyOf(record), body, () => ctx.clock.now());
      }),
    prepareAccount: async () => ok(undefined),
    createdFields: () => ({}),
  };
}
