import type { Clock } from '../../common/clock';
import { systemClock } from '../../common/clock';
import { err, ok, type Result } from '../../common/result';
import { createEngineFor, type BatchEngine, type BatchEngineOptions } from '../batch/engine';
import type { DraftsService } from '../drafts/drafts-service';
import { openHistoryStore, type HistoryOpenError, type HistoryStore } from '../history/history-store';
import type { ImageResolver } from '../images/resolve-refs';
import type { Logger } from '../log/logger';
import { realSleep } from '../wechat/options';
import { merchantClients, merchantEngineAccounts, type MerchantClients, type MerchantLookup } from './merchant-clients';
import { stockBackEnd } from './stock-back-end';

/** The history, the merchant clients and a batch engine that creates 商家券 stocks. */
export interface StockServices {
  readonly history: HistoryStore;
  readonly merchants: MerchantClients;
  readonly engine: BatchEngine;
  close(): Promise<void>;
}

/** What they are built from (the CLI and the desktop host pass the same). */
export interface StockServicesOptions {
  readonly dataDir: string;
  readonly merchants: MerchantLookup;
  readonly drafts: Pick<DraftsService, 'get'>;
  readonly images: ImageResolver;
  readonly sandboxBaseUrl?: () => string | undefined;
  readonly clock?: Clock;
  readonly log?: Logger;
  readonly timeoutMs?: number;
  readonly engine?: Partial<Pick<BatchEngineOptions, 'settleDelayMs' | 'maxAttempts' | 'sleep' | 'hooks'>>;
}

/**
 * Opens the history database (the one the card path writes: a stock is a record like a card, with
 * the mchid in its `appid` column) and an engine with the stock back end. Start-up recovery
 * replays what a previous process left unfinished at once (`engine.ready`).
 */
export async function openStockServices(options: StockServicesOptions): Promise<Result<StockServices, HistoryOpenError>> {
  const clock = options.clock ?? systemClock;
  const history = await openHistoryStore({ dataDir: options.dataDir, clock, ...(options.log ? { log: options.log } : {}) });
  if (!history.ok) return err(history.error);
  const merchants = merchantClients({ merchants: options.merchants, clock, ...(options.sandboxBaseUrl ? { sandboxBaseUrl: options.sandboxBaseUrl } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  const sleep = options.engine?.sleep ?? realSleep;
  const engine = createEngineFor({
    backEnd: stockBackEnd({ merchants, drafts: options.drafts, images: options.images, sleep }),
    history: history.value,
    knownCards: history.value,
    drafts: options.drafts,
    clients: merchantEngineAccounts(merchants),
    images: options.images,
    clock,
    ...(options.log ? { log: options.log } : {}),
    ...options.engine,
  });
  return ok({ history: history.value, merchants, engine, close: () => history.value.close() });
}
