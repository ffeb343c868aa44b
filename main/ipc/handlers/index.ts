import { defineHandlers, type HandlersFor } from '../define-handlers';
import type { AppChannels } from '../../../common/ipc/contract';
import { accountsHandlers, type AccountsHandlerDeps } from '../../accounts/ipc-handlers';
import { batchHandlers, type BatchHandlerDeps } from '../../batch/ipc-handlers';
import { consoleHandlers, type ConsoleHandlerDeps } from '../../console/ipc-handlers';
import { counterHandlers, type CounterHandlerDeps } from '../../busifavor/counter-ipc-handlers';
import { draftsHandlers, type DraftsHandlerDeps } from '../../drafts/ipc-handlers';
import { historyHandlers, type HistoryHandlerDeps } from '../../history/ipc-handlers';
import { imagesHandlers, type ImagesHandlerDeps } from '../../images/ipc-handlers';
import { membersHandlers, type MembersHandlerDeps } from '../../members/ipc-handlers';
import { merchantsHandlers, type MerchantsHandlerDeps } from '../../accounts/merchant-ipc-handlers';
import { sandboxHandlers, type SandboxHandlerDeps } from '../../sandbox-control/ipc-handlers';
import { appHandlers, type AppHandlerDeps } from './app';
import { settingsHandlers, type SettingsHandlerDeps } from './settings';

/** Everything the app's handlers need; each host (Electron, web harness, tests) builds one. */
export type HandlerDeps = AppHandlerDeps &
  SettingsHandlerDeps &
  AccountsHandlerDeps &
  DraftsHandlerDeps &
  ImagesHandlerDeps &
  SandboxHandlerDeps &
  BatchHandlerDeps &
  HistoryHandlerDeps &
  ConsoleHandlerDeps &
  MembersHandlerDeps &
  CounterHandlerDeps &
  MerchantsHandlerDeps;

/** Every domain's handlers in one map; adding a domain = one more spread (and its deps above). */
export function createHandlers(deps: HandlerDeps): HandlersFor<AppChannels> {
  return defineHandlers({
    ...appHandlers(deps),
    ...settingsHandlers(deps),
    ...accountsHandlers(deps),
    ...draftsHandlers(deps),
    ...imagesHandlers(deps),
    ...sandboxHandlers(deps),
    ...batchHandlers(deps),
    ...historyHandlers(deps),
    ...consoleHandlers(deps),
    ...membersHandlers(deps),
    ...counterHandlers(deps),
    ...merchantsHandlers(deps),
  });
}
