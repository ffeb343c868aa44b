import type { Clock } from '../../common/clock';
import type { ConsoleEndpoint, ConsoleResult } from '../../common/ipc/channels/console';
import { describeWeixinError } from '../../common/errors/describe';
import { localized, type Localized } from '../../common/i18n';
import { parseJsonLocated } from '../../common/import/json-locate';
import { formatChinaDateTime } from '../../common/units/china-time';
import type { BatchServices, BatchServicesHandle } from '../batch/services';
import { opIdOf } from '../batch/ids';
import type { DraftsService } from '../drafts/drafts-service';
import type { WeixinFailure } from '../wechat';
import { consoleEndpoints, TOKEN_PATHS } from './endpoints';

/** What the console needs. */
export interface ConsoleDeps {
  readonly batchServices: BatchServicesHandle;
  readonly drafts: Pick<DraftsService, 'create'>;
  readonly clock: Clock;
}

/** A request as typed in the console. */
export interface ConsoleRequest {
  readonly accountId: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body: string;
}

/** The API console (like Weixin's own debugging tool; architecture.md, issue 5). */
export interface ApiConsole {
  endpoints(): ConsoleEndpoint[];
  send(request: ConsoleRequest): Promise<ConsoleResult>;
}

const pretty = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * Sends any JSON to a chosen endpoint with the account's token attached in main. card/create is the
 * one exception to "raw": it goes through the batch engine as a one-coupon batch, so the card_id is
 * journaled before and after sending and reconciled on a lost answer — a card made here is in the
 * history like every other (security-reliability.md §4.3).
 */
export function createApiConsole(deps: ConsoleDeps): ApiConsole {
  const started = deps.clock.now();
  const result = (partial: Partial<ConsoleResult> & Pick<ConsoleResult, 'outcome' | 'message'>): ConsoleResult => ({
    durationMs: Math.max(0, deps.clock.now() - started),
    response: null,
    errcode: null,
    fix: null,
    cardId: null,
    historyRecordId: null,
    position: null,
    findings: [],
    ...partial,
  });

  return {
    endpoints: () => consoleEndpoints(deps.clock.now()),
    async send(request) {
      const begin = deps.clock.now();
      const timed = (r: ConsoleResult): ConsoleResult => ({ ...r, durationMs: Math.max(0, deps.clock.now() - begin) });
      const path = request.path.trim();
      if (TOKEN_PATHS.has(path.toLowerCase())) {
        return timed(result({ outcome: 'refused', message: localized('控制台会自动附上 access_token，这里不能调用获取 token 的接口。', 'The console attaches the access_token itself; token endpoints cannot be called here.') }));
      }
      let json: unknown;
      if (request.method === 'POST' && request.body.trim() !== '') {
        const parsed = parseJsonLocated(request.body);
        if (!parsed.ok) {
          const { line, column, message } = parsed.error;
          // The parser's message already names the line and column.
          return timed(result({ outcome: 'refused', message, position: { line, column } }));
        }
        json = parsed.value;
      }
      const opened = await deps.batchServices.get();
      if (!opened.ok) return timed(result({ outcome: 'failed', message: opened.error.message }));
      const services = opened.value;
      if (path === '/card/create' && request.method === 'POST') return timed(await createThroughEngine(deps, services, request.accountId, json, result));
      const account = await services.clients.clientFor(request.accountId);
      if (!account.ok) return timed(result({ outcome: 'failed', message: account.error.message }));
      const answer = await account.value.client.raw(request.method, path, json);
      if (answer.ok) return timed(result({ outcome: 'answered', errcode: 0, response: pretty(answer.value.body), message: localized('微信返回成功。', 'Weixin answered OK.') }));
      return timed(failureResult(answer.error, result));
    },
  };
}

type Make = (partial: Partial<ConsoleResult> & Pick<ConsoleResult, 'outcome' | 'message'>) => ConsoleResult;

/** A Weixin answer with an errcode is still an answer: shown as Weixin sent it, with the catalog's reading. */
function failureResult(failure: WeixinFailure, make: Make): ConsoleResult {
  if (failure.kind === 'weixin') {
    return make({ outcome: 'answered', errcode: failure.errcode, response: pretty({ errcode: failure.errcode, errmsg: failure.errmsg }), message: failure.message, fix: failure.fix });
  }
  const errcode = 'errcode' in failure && typeof failure.errcode === 'number' ? failure.errcode : null;
  return make({ outcome: 'failed', errcode, message: failure.message, fix: failure.fix });
}

async function createThroughEngine(
  deps: ConsoleDeps,
  services: BatchServices,
  accountId: string,
  json: unknown,
  make: Make,
): Promise<ConsoleResult> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return make({ outcome: 'refused', message: localized('创建卡券的请求内容须为 JSON 对象 {"card": {…}}。', 'A card/create body must be a JSON object {"card": {…}}.') });
  }
  const name = `API 调试 ${formatChinaDateTime(Math.floor(deps.clock.now() / 1000))}`;
  const batch = await deps.drafts.create({ name, accountId, cards: [json as Record<string, unknown>] });
  if (!batch.ok) return make({ outcome: 'failed', message: batch.error.message });
  const draft = batch.value.drafts[0];
  const run = await services.engine.start(batch.value.id);
  if (!run.ok || !draft) return make({ outcome: 'failed', message: run.ok ? notQueued : run.error.message });
  await services.engine.settled(run.value.runId);
  const recordId = opIdOf(accountId, batch.value.id, draft.id);
  const record = services.history.get(recordId);
  if (record?.state === 'created' && record.cardId) {
    return make({
      outcome: 'answered',
      errcode: 0,
      cardId: record.cardId,
      historyRecordId: recordId,
      response: pretty({ errcode: 0, errmsg: 'ok', card_id: record.cardId }),
      message: localized(`已创建，card_id 已记入创建记录（批次“${name}”）。`, `Created; the card_id is in the history (batch "${name}").`),
    });
  }
  const error = record?.error;
  if (error?.kind === 'validation') {
    return make({
      outcome: 'precheck',
      historyRecordId: recordId,
      message: localized('发送前检查发现问题，未调用 card/create；微信会拒绝这份内容。', 'The pre-flight check found problems, so card/create was not called; Weixin would refuse this body.'),
      findings: (record?.findings ?? []).map((f) => ({ path: f.path, message: f.message })),
    });
  }
  if (error && error.errcode !== null) {
    const described = describeWeixinError({ errcode: error.errcode, errmsg: error.errmsg ?? '', endpoint: '/card/create' });
    return make({ outcome: 'answered', errcode: error.errcode, historyRecordId: recordId, response: pretty({ errcode: error.errcode, errmsg: error.errmsg ?? '' }), message: described.meaning, fix: described.fix });
  }
  return make({ outcome: 'failed', historyRecordId: recordId, message: error?.message ?? notQueued });
}

const notQueued: Localized = localized('这张券没有发出：请到创建记录查看它的状态。', 'The coupon was not sent: see its state in the history.');
