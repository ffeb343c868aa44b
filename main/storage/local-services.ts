// Composition of the data-directory services (accounts, drafts, images) for the three hosts: the
// Electron app (electron-store + safeStorage vault), the web harness and the CLI (conf + memory or
// environment vault). One call gives every dependency the accounts/drafts/images handlers need.
import { systemClock, type Clock } from '../../common/clock';
import { draftBatchFileSchema } from '../../common/drafts/draft';
import { accountsDocumentSchema, secretPrefsSchema } from '../accounts/account-record';
import { createAccountService, type AccountService } from '../accounts/account-service';
import type { AccountsHandlerDeps } from '../accounts/ipc-handlers';
import { createSecretPrefsStore, type SecretPrefsStore } from '../accounts/secret-prefs';
import type { ProbeFactory } from '../accounts/test-connection';
import type { SecretVault } from '../accounts/vault';
import type { MerchantsHandlerDeps } from '../accounts/merchant-ipc-handlers';
import { MERCHANTS_DOCUMENT_NAME, merchantsDocumentSchema } from '../accounts/merchant-record';
import { vaultMerchantSecrets } from '../accounts/merchant-secrets';
import { createMerchantService, type MerchantService } from '../accounts/merchant-service';
import { SANDBOX_MERCHANT_ID } from '../busifavor/merchant-clients';
import { createDraftsService, type DraftsService } from '../drafts/drafts-service';
import type { DraftsHandlerDeps } from '../drafts/ipc-handlers';
import { createImageStore, type ImageStore } from '../images/image-store';
import type { ImagesHandlerDeps } from '../images/ipc-handlers';
import { createImageResolver, type ImageResolver } from '../images/resolve-refs';
import { historyUploadCache } from '../images/history-upload-cache';
import { openHistoryStore } from '../history/history-store';
import type { Logger } from '../log/logger';
import { createDocumentCollection } from './collection';
import type { DocumentOpener } from './document-store';
import { dataLayout, type DataLayout } from './layout';

/** What a host supplies. */
export interface LocalServicesOptions {
  readonly dataDir: string;
  /** confDocumentOpener() (Node, CLI, harness) or electronStoreDocumentOpener(Store) (the app). */
  readonly openDocument: DocumentOpener;
  /** Builds the vault; the safeStorage vault reads the basic_text opt-in from `prefs`. */
  readonly makeVault: (prefs: SecretPrefsStore, layout: DataLayout) => SecretVault;
  /** How "test connection" reaches Weixin (weixinProbeFactory in the hosts). */
  readonly openProbe: ProbeFactory;
  /** The embedded sandbox's address, for sandbox merchants' test connection. */
  readonly sandboxBaseUrl?: () => string | undefined;
  readonly clock?: Clock;
  readonly log?: Logger;
}

/** The services, plus exactly the handler dependencies of the three domains. */
export interface LocalServices {
  readonly layout: DataLayout;
  readonly accounts: AccountService;
  /** WeChat Pay merchant accounts (merchants.json; keys in the same vault as AppSecrets). */
  readonly merchantAccounts: MerchantService;
  readonly secretPrefs: SecretPrefsStore;
  readonly vault: SecretVault;
  readonly drafts: DraftsService;
  readonly images: ImageStore;
  /** For the batch engine: local-image refs → uploaded URLs, once per account. */
  readonly imageResolver: ImageResolver;
  readonly handlerDeps: AccountsHandlerDeps & MerchantsHandlerDeps & DraftsHandlerDeps & ImagesHandlerDeps;
}

/** Opens the services over a data directory. Nothing is read until first used. */
export function createLocalServices(options: LocalServicesOptions): LocalServices {
  const layout = dataLayout(options.dataDir);
  const clock = options.clock ?? systemClock;
  const log = options.log;
  const { openDocument } = options;
  const secretPrefs = createSecretPrefsStore(openDocument({ dir: layout.root, name: layout.secretPrefsName, schema: secretPrefsSchema }));
  const vault = options.makeVault(secretPrefs, layout);
  const accounts = createAccountService({
    store: openDocument({ dir: layout.root, name: layout.accountsName, schema: accountsDocumentSchema }),
    vault,
    clock,
    ...(log ? { log } : {}),
  });
  const merchantAccounts = createMerchantService({
    store: openDocument({ dir: layout.root, name: MERCHANTS_DOCUMENT_NAME, schema: merchantsDocumentSchema }),
    secrets: vaultMerchantSecrets(vault),
    clock,
  });
  const drafts = createDraftsService({
    collection: createDocumentCollection({ dir: layout.draftsDir, trashDir: layout.draftsTrashDir, schema: draftBatchFileSchema, openDocument, now: () => clock.now() }),
    clock,
    ...(log ? { log } : {}),
  });
  const images = createImageStore({ dir: layout.imagesDir });
  // In the history database since migration 9 (its first open imports images/uploads/*.json once).
  const cache = historyUploadCache(() => openHistoryStore({ dataDir: options.dataDir, clock, ...(log ? { log } : {}) }));
  const imageResolver = createImageResolver({ store: images, cache, ...(log ? { log } : {}) });
  const accountExists = async (accountId: string) => (await accounts.get(accountId)).ok;
  // The CLI's built-in sandbox merchant id always exists; others are saved merchant accounts.
  const merchantExists = async (accountId: string) => accountId === SANDBOX_MERCHANT_ID || (await merchantAccounts.get(accountId)).ok;
  return {
    layout,
    accounts,
    merchantAccounts,
    secretPrefs,
    vault,
    drafts,
    images,
    imageResolver,
    handlerDeps: {
      accounts,
      vault,
      secretPrefs,
      openProbe: options.openProbe,
      clock,
      drafts,
      accountExists,
      merchantExists,
      images,
      merchantAccounts,
      ...(options.sandboxBaseUrl ? { sandboxBaseUrl: options.sandboxBaseUrl } : {}),
    },
  };
}
