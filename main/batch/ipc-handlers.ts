import { BATCH_ERROR_CODES } from '../../common/ipc/channels/batch';
import { ipcFail, ipcOk, type IpcFailure } from '../../common/ipc/envelope';
import type { Result } from '../../common/result';
import type { DomainHandlers } from '../ipc/define-handlers';
import { batchError, type BatchError } from './batch-errors';
import type { BatchEngine } from './engine';
import type { BatchServices, BatchServicesHandle } from './services';

/** Dependencies of the batch and history handlers: the services the host opened at start-up. */
export interface BatchHandlerDeps {
  /** Every host runs it; while the history cannot be opened the channels answer `batch_unavailable`. */
  readonly batchServices: BatchServicesHandle;
}

/** The services, or the envelope to answer when they are not there. */
export async function servicesOr(deps: BatchHandlerDeps, code: string): Promise<{ ok: true; services: BatchServices } | { ok: false; failure: IpcFailure }> {
  const opened = await deps.batchServices.get();
  if (opened?.ok) return { ok: true, services: opened.value };
  const message = opened && !opened.ok ? opened.error.message : batchError(BATCH_ERROR_CODES.unavailable).message;
  return { ok: false, failure: ipcFail(code, message) };
}

const answer = <T>(result: Result<T, BatchError>) => (result.ok ? ipcOk(result.value) : ipcFail(result.error.code, result.error.message));

/** `batch:*`: start a run of a saved batch, pause, resume, cancel, status. Progress is pushed as `batch:progress`. */
export function batchHandlers(deps: BatchHandlerDeps): DomainHandlers<'batch'> {
  /** The engine of the batch's back end: Card API batches and 商家券 stocks run on their own engines. */
  const withEngine = async <T>(route: (routes: BatchServices['routes']) => Promise<BatchEngine>, act: (engine: BatchEngine) => Promise<Result<T, BatchError>>) => {
    const got = await servicesOr(deps, BATCH_ERROR_CODES.unavailable);
    return got.ok ? answer(await act(await route(got.services.routes))) : got.failure;
  };
  const byBatch = (batchId: string) => (routes: BatchServices['routes']) => routes.forBatch(batchId);
  const byRun = (runId: string) => (routes: BatchServices['routes']) => routes.forRun(runId);
  return {
    'batch:start': ({ batchId, allowDuplicates }) => withEngine(byBatch(batchId), (e) => e.start(batchId, allowDuplicates === true ? { allowDuplicates } : {})),
    'batch:preflight': ({ batchId }) => withEngine(byBatch(batchId), (e) => e.preflight(batchId)),
    'batch:pause': ({ runId }) => withEngine(byRun(runId), (e) => e.pause(runId)),
    'batch:resume': ({ runId }) => withEngine(byRun(runId), (e) => e.resume(runId)),
    'batch:cancel': ({ runId }) => withEngine(byRun(runId), (e) => e.cancel(runId)),
    'batch:status': async (request) => {
      const got = await servicesOr(deps, BATCH_ERROR_CODES.unavailable);
      if (!got.ok) return got.failure;
      const { routes } = got.services;
      const runs = (await routes.runs()).filter((run) => (request?.runId === undefined || run.runId === request.runId) && (request?.batchId === undefined || run.batchId === request.batchId));
      return ipcOk({ runs, recovering: routes.recovering });
    },
  };
}
