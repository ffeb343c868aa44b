import { systemClock, type Clock } from '../../common/clock';
import { ipcOk } from '../../common/ipc/envelope';
import type { BatchServicesHandle } from '../batch/services';
import type { DraftsService } from '../drafts/drafts-service';
import type { DomainHandlers } from '../ipc/define-handlers';
import { createApiConsole } from './console-service';

/** Dependencies of {@link consoleHandlers}: what every host already supplies to the other domains. */
export interface ConsoleHandlerDeps {
  readonly batchServices: BatchServicesHandle;
  readonly drafts: Pick<DraftsService, 'create'>;
  readonly clock?: Clock;
}

/** `console:*`: every outcome, refusals included, is a result for the console to show, not an IPC error. */
export function consoleHandlers(deps: ConsoleHandlerDeps): DomainHandlers<'console'> {
  const apiConsole = createApiConsole({ batchServices: deps.batchServices, drafts: deps.drafts, clock: deps.clock ?? systemClock });
  return {
    'console:endpoints': () => ipcOk({ endpoints: apiConsole.endpoints() }),
    'console:send': async (request) => ipcOk(await apiConsole.send(request)),
  };
}
