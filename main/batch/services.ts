import { systemClock, type Clock } from '../../common/clock';
import type { BatchProgress } from '../../common/ipc/channels/batch';
import { err, ok, type Result } from '../../common/result';
import type { AccountService } from '../accounts/account-service';
import type { DraftsService } from '../drafts/drafts-service';
import { coalesceChanges } from '../history/changes';
import { openHistoryStore, type HistoryOpenError, type HistoryStore } from '../history/history-store';
import type { KnownCardsStore } from '../history/known-cards-store';
import type { ImageResolver } from '../images/resolve-refs';
import type { Logger } from '../log/logger';
import { merchantClients, merchantEngineAccounts, withSandboxMerchant, type MerchantClients, type MerchantLookup } from '../busifavor/merchant-clients';
import { stockBackEnd } from '../busifavor/stock-back-end';
import { realSleep } from '../wechat/options';
import { accountClients, type AccountClients, type AccountClientsOptions } from './clients';
import { createBatchEngine, createEngineFor, type BatchEngine, type BatchEngineOptions } from './engine';
import { engineRoutes, type EngineRoutes } from './engine-routes';

/** The card history, the batch engine and the account clients they share. */
export interface BatchServices {
  readonly history: HistoryStore;
  /** The cards each account has on Weixin, for the duplicate check (the history database's known_cards). */
  readonly knownCards: KnownCardsStore;
  readonly engine: BatchEngine;
  readonly clients: AccountClients;
  /** 商家券: the engine with the stock back end (same history) and the merchant clients it calls. */
  readonly stocks: { readonly engine: BatchEngine; readonly merchants: MerchantClients };
  /** Which of the two engines runs a batch or a run (by the batch's back end). */
  readonly routes: EngineRoutes;
  /** Stops pushing events and closes the history (in-flight creates are not waited for). */
  close(): Promise<void>;
}

/** What the services are built from: plain Node (the CLI passes the same). */
export interface BatchServicesOptions {
  /** The data directory; the history is `<dataDir>/history/history.db`. */
  readonly dataDir: string;
  readonly accounts: Pick<AccountService, 'credentials' | 'get'>;
  readonly drafts: Pick<DraftsService, 'get'>;
  readonly images: ImageResolver;
  /** The accounts' existing-cards cache (default: the history database's known_cards tables). */
  readonly knownCards?: KnownCardsStore;
  /** The embedded sandbox's base URL, for sandbox accounts. */
  readonly sandboxBaseUrl?: () => string;
  /** Saved WeChat Pay merchant accounts (the built-in sandbox merchant is always there). */
  readonly merchants?: MerchantLookup;
  readonly clock?: Clock;
  readonly log?: Logger;
  readonly client?: Pick<AccountClientsOptions, 'timeouts' | 'retry' | 'sleep'>;
  readonly engine?: Partial<Omit<BatchEngineOptions, 'history' | 'knownCards' | 'drafts' | 'clients' | 'images' | 'clock' | 'log'>>;
  /** Pushed events (the IPC hosts pass the router's emit; the CLI subscribes to the engine instead). */
  readonly events?: {
    readonly progress?: (progress: BatchProgress) => void;
    readonly historyChanged?: (payload: { recordIds: string[]; truncated: boolean; at: number }) => void;
  };
}

/**
 * Opens the history and builds the engine over it. The engine starts reconciling what a previous
 * process left unfinished at once (`engine.ready`); nothing is sent before that settles.
 */
export async function openBatchServices(options: BatchServicesOptions): Promise<Result<BatchServices, HistoryOpenError>> {
  const history = await openHistoryStore({ dataDir: options.dataDir, ...(options.clock ? { clock: options.clock } : {}), ...(options.log ? { log: options.log } : {}) });
  if (!history.ok) return err(history.error);
  const clients = accountClients({
    accounts: options.accounts,
    ...(options.sandboxBaseUrl ? { sandboxBaseUrl: options.sandboxBaseUrl } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { logger: options.log } : {}),
    ...options.client,
  });
  const engine = createBatchEngine({
    history: history.value,
    knownCards: options.knownCards ?? history.value,
    drafts: options.drafts,
    clients,
    images: options.images,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...options.engine,
  });
  const clock = options.clock;
  const merchants = merchantClients({
    merchants: withSandboxMerchant(options.merchants),
    clock: clock ?? systemClock,
    ...(options.sandboxBaseUrl ? { sandboxBaseUrl: options.sandboxBaseUrl } : {}),
  });
  // The same journal and locks-per-engine as the CLI's stocks create (stock-services.ts): each engine's recovery takes only its own operations.
  // The tuning applies to both engines; the card back end (when a test injects one) does not.
  const { backEnd: _cardBackEnd, ...stockTuning } = options.engine ?? {};
  const stockEngine = createEngineFor({
    backEnd: stockBackEnd({ merchants, drafts: options.drafts, images: options.images, sleep: options.engine?.sleep ?? realSleep }),
    history: history.value,
    knownCards: options.knownCards ?? history.value,
    drafts: options.drafts,
    clients: merchantEngineAccounts(merchants),
    images: options.images,
    ...(clock ? { clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...stockTuning,
  });
  const unsubscribe: (() => void)[] = [];
  if (options.events?.progress) unsubscribe.push(engine.subscribe(options.events.progress), stockEngine.subscribe(options.events.progress));
  if (options.events?.historyChanged) unsubscribe.push(coalesceChanges(history.value, options.events.historyChanged));
  return ok({
    history: history.value,
    knownCards: options.knownCards ?? history.value,
    engine,
    clients,
    stocks: { engine: stockEngine, merchants },
    routes: engineRoutes({ cards: engine, stocks: stockEngine, history: history.value, drafts: options.drafts }),
    async close() {
      for (const stop of unsubscribe) stop();
      await history.value.close();
    },
  });
}

/** Services opened in the background at host start-up, awaited by whoever needs them. */
export interface BatchServicesHandle {
  get(): Promise<Result<BatchServices, HistoryOpenError>>;
  close(): Promise<void>;
}

/**
 * Starts opening the services now (so start-up reconciliation runs at launch, not at the first
 * click) and hands the same result to every caller. The hosts put the handle in the IPC deps.
 */
export function startBatchServices(options: BatchServicesOptions): BatchServicesHandle {
  const opening = openBatchServices(options);
  opening.then(
    (opened) => {
      if (!opened.ok) options.log?.error('batch: card history unavailable', { code: opened.error.code });
    },
    (error: unknown) => options.log?.error('batch: opening the card history threw', { error }),
  );
  return {
    get: () => opening,
    async close() {
      const opened = await opening;
      if (opened.ok) await opened.value.close();
    },
  };
}
