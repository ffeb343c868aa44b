import { needsMerchantAccount, type BatchBackEndName } from '../../common/drafts/draft';
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
  /** Whether an Official Account id exists (accounts service); a card batch may only name a real one. */
  readonly accountExists: (accountId: string) => Promise<boolean>;
  /** Whether a WeChat Pay merchant account id exists (the built-in sandbox merchant included); a 商家券 batch names one. */
  readonly merchantExists: (accountId: string) => Promise<boolean>;
}

function fail(error: DraftsError): IpcFailure {
  return ipcFail(error.code, error.message, error.details);
}

/** The `drafts:*` handlers (the same type as `DomainHandlers<'drafts'>` once the domain is in the contract). */
export function draftsHandlers({ drafts, accountExists, merchantExists }: DraftsHandlerDeps): HandlersFor<typeof draftsChannels> {
  /** The account must exist and be of the kind the back end creates with (undefined: either kind). */
  const checkAccount = async (accountId: string | null | undefined, backEnd: BatchBackEndName | undefined): Promise<IpcFailure | undefined> => {
    if (accountId === null || accountId === undefined) return undefined;
    const known =
      backEnd === undefined ? (await accountExists(accountId)) || (await merchantExists(accountId)) : needsMerchantAccount(backEnd) ? await merchantExists(accountId) : await accountExists(accountId);
    return known ? undefined : fail(unknownAccount(backEnd));
  };
  return {
    'drafts:list': async () => {
      const { batches, problems } = await drafts.list();
      return ipcOk({ batches, problems: problems.map(toStorageProblem) });
    },
    'drafts:get': async ({ batchId }) => {
      const batch = await drafts.get(batchId);
      return batch.ok ? ipcOk(batch.value) : fail(batch.error);
    },
    'drafts:create': async ({ name, backEnd, accountId, cards }) => {
      const refused = await checkAccount(accountId, backEnd ?? 'weixin_card');
      if (refused) return refused;
      const created = await drafts.create({ name, backEnd, accountId, cards });
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
      const source = await drafts.get(batchId);
      if (!source.ok) return fail(source.error);
      const refused = await checkAccount(accountId, source.value.backEnd);
      if (refused) return refused;
      const copy = await drafts.cloneToAccount(batchId, { accountId, name, substitutions });
      return copy.ok ? ipcOk(copy.value) : fail(copy.error);
    },
    'drafts:importJson': async ({ text, name, backEnd, accountId, intoBatchId }) => {
      const refused = await checkAccount(accountId, backEnd);
      if (refused) return refused;
      const imported = await drafts.importJson(text, { name, backEnd, accountId, intoBatchId });
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
