import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ok } from '../../common/result';
import { contract, type AppEvents } from '../../common/ipc/contract';
import type { AppInfo } from '../../common/ipc/channels/app';
import { checkExternalUrl } from '../electron/open-external';
import { consoleLogger, type Logger } from '../log/logger';
import { createHandlers, type HandlerDeps } from '../ipc/handlers';
import { createMemorySettingsStore } from '../ipc/handlers/settings';
import { createEventBus } from '../ipc/event-bus';
import { createRouter, type Router } from '../ipc/router';
import { startBatchServices } from '../batch/services';
import { createMemoryVault } from '../accounts/memory-vault';
import { weixinProbeFactory } from '../accounts/weixin-probe';
import { confDocumentOpener } from '../storage/conf-document-store';
import { createLocalServices } from '../storage/local-services';
import type { SandboxHandle } from '../sandbox';
import { createSandboxControl } from '../sandbox-control/sandbox-control';
import { isWebHarnessSender, type WebHarnessSender } from './harness-server';

/** The project root (two levels above main/web/). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Options of {@link createHarnessRouter}. */
export interface HarnessRouterOptions {
  readonly log?: Logger;
  /** What `app:info` reports as the OS locale (default: this Node process's Intl locale). */
  readonly systemLocale?: string;
  readonly mode?: AppInfo['mode'];
  /** The data directory (accounts, drafts, images): real files, a temp dir in tests. */
  readonly dataDir: string;
  /** The embedded sandbox: sandbox accounts talk to it, the control panel drives it. */
  readonly sandbox: SandboxHandle;
  /** Replace any dependency. */
  readonly deps?: Partial<HandlerDeps>;
}

/** The harness host: the real handlers with in-memory stores, and a record of links it would have opened. */
export interface HarnessHost {
  readonly router: Router<AppEvents, WebHarnessSender>;
  readonly deps: HandlerDeps;
  /** URLs `app:openExternal` accepted (the harness never launches a browser). */
  readonly openedUrls: readonly string[];
  /** Closes the card history (its database and run leases); call before removing the data directory. */
  close(): Promise<void>;
}

/**
 * Builds the web harness's router: same contract, same handlers as Electron, over real files in
 * `dataDir`. Secrets live in a memory vault: the harness is for tests and development, and plain
 * Node has no safeStorage to encrypt them with.
 */
export function createHarnessRouter(options: HarnessRouterOptions): HarnessHost {
  const log = options.log ?? consoleLogger('[web-harness]');
  const version = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string }).version;
  const systemLocale = options.systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale;
  const openedUrls: string[] = [];
  const local = createLocalServices({
    dataDir: options.dataDir,
    openDocument: confDocumentOpener(),
    makeVault: () => createMemoryVault(),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => options.sandbox.baseUrl, logger: log }),
    sandboxBaseUrl: () => options.sandbox.baseUrl,
    log,
  });
  const events = createEventBus({ events: contract.events, log, validate: true });
  const batchServices = startBatchServices({
    dataDir: options.dataDir,
    accounts: local.accounts,
    drafts: local.drafts,
    merchants: local.merchantAccounts,
    images: local.imageResolver,
    sandboxBaseUrl: () => options.sandbox.baseUrl,
    log,
    events: { progress: (p) => events.emit('batch:progress', p), historyChanged: (c) => events.emit('history:changed', c) },
  });
  const deps: HandlerDeps = {
    ...local.handlerDeps,
    batchServices,
    sandboxControl: createSandboxControl(options.sandbox),
    settings: createMemorySettingsStore(),
    describe: () => ({
      name: 'Coupon Studio',
      version,
      platform: process.platform,
      arch: process.arch,
      transport: 'web',
      mode: options.mode ?? 'development',
      systemLocale,
      dataDir: { kind: 'custom' },
      versions: { electron: null, chrome: null, node: process.versions.node },
    }),
    locateDataDir: () => ({ path: options.dataDir, kind: 'custom' }),
    // The harness has no desktop to open a folder on: it records the request, like links.
    openFolder: async (path) => {
      openedUrls.push(`file://${path}`);
      log.info('would open a folder', { path });
      return ok(undefined);
    },
    openExternal: async (url) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) return checked;
      openedUrls.push(checked.value.href);
      log.info('would open an external link', { url: checked.value.href });
      return ok(undefined);
    },
    ...options.deps,
  };
  const router = createRouter({ contract, handlers: createHandlers(deps), isTrustedSender: isWebHarnessSender, log, events });
  return { router, deps, openedUrls, close: () => batchServices.close() };
}
