import { ipcFail, ipcOk, type IpcFailure } from '../../common/ipc/envelope';
import type { draftsChannels } from '../../common/ipc/channels/drafts';
import type { HandlersFor } from '../ipc/define-handlers';
import { toStorageProblem } from '../storage/problems';
import { decodeImportFile } from './decode-import';
import { unknownAccount, type DraftsError } from './draft-errors';
import type { DraftsService } from './drafts-service';

/** Dependencies of {@link draftsHandlers}. */
export interface DraftsHandlerDeps {
  readonly drafts: DraftsService;
  /** Whether an account id exists (accounts service); a batch may only name a real account. */
  readonly accountExists: (accountId: string) => Promise<boolean>;
}

function fail(error: DraftsError): IpcFailure {
  return ipcFail(error.code, error.message, error.details);
}

/** The `drafts:*` handlers (the same type as `DomainHandlers<'drafts'>` once the domain is in the contract). */
export function draftsHandlers({ drafts, accountExists }: DraftsHandlerDeps): HandlersFor<typeof draftsChannels> {
  const checkAccount = async (accountId: string | null | undefined): Promise<IpcFailure | undefined> =>
    accountId === null || accountId === undefined || (await accountExists(accountId)) ? undefined : fail(unknownAccount());
  return {
    'drafts:list': async () => {
      const { batches, problems } = await drafts.list();
      return ipcOk({ batches, problems: problems.map(toStorageProblem) });
    },
    'drafts:get': async ({ batchId }) => {
      const batch = await drafts.get(batchId);
      return batch.ok ? ipcOk(batch.value) : fail(batch.error);
    },
    'drafts:create': async ({ name, accountId, cards }) => {
      const refused = await checkAccount(accountId);
      if (refused) return refused;
      const created = await drafts.create({ name, accountId, cards });
      return created.ok ? ipcOk(created.value) : fail(created.error);
    },
    'drafts:save': async ({ batch }) => {
      const saved = await drafts.save(batch);
      return saved.ok ? ipcOk(saved.value) : fail(saved.error);
    },
    'drafts:rename': async ({ batchId, name }) => {
      const renamed = await drafts.rename(batchId, name);
      return renamed.ok ? ipcOk(renamed.value) : fail(renamed.error);
    },
    'drafts:delete': async ({ batchId }) => {
      const removed = await drafts.remove(batchId);
      return removed.ok ? ipcOk(null) : fail(removed.error);
    },
    'drafts:duplicate': async ({ batchId, name }) => {
      const copy = await drafts.duplicate(batchId, name);
      return copy.ok ? ipcOk(copy.value) : fail(copy.error);
    },
    'drafts:cloneToAccount': async ({ batchId, accountId, name, substitutions }) => {
      const refused = await checkAccount(accountId);
      if (refused) return refused;
      const copy = await drafts.cloneToAccount(batchId, { accountId, name, substitutions });
      return copy.ok ? ipcOk(copy.value) : fail(copy.error);
    },
    'drafts:importJson': async ({ text, name, accountId, intoBatchId }) => {
      const refused = await checkAccount(accountId);
      if (refused) return refused;
      const imported = await drafts.importJson(text, { name, accountId, intoBatchId });
      return imported.ok ? ipcOk(imported.value) : fail(imported.error);
    },
    'drafts:decodeImportFile': async ({ fileName, base64, convert }) => {
      const decoded = decodeImportFile(fileName, Buffer.from(base64, 'base64'), convert === true);
      return decoded.ok ? ipcOk(decoded.value) : fail(decoded.error);
    },
    'drafts:exportJson': async ({ batchId, form }) => {
      const exported = await drafts.exportJson(batchId, form);
      return exported.ok ? ipcOk(exported.value) : fail(exported.error);
    },
  };
}
