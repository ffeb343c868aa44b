// Wiring only (architecture.md): lifecycle, the one secure window, the router bound to ipcMain.
// Everything it assembles is a tested module taking Electron objects as parameters.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, protocol, safeStorage, session, shell } from 'electron';
import electronLog from 'electron-log/main';
import Store from 'electron-store';
import { contract } from '../common/ipc/contract';
import { APP_CSP } from './electron/csp';
import { APP_SCHEME_PRIVILEGES, createBundleHandler } from './electron/app-protocol';
import { APP_ENTRY_URL, APP_SCHEME } from './electron/app-url';
import { bindRouterEventsToWebContents } from './electron/ipc-main';
import { bindRouterToElectron } from './electron/ipc-main-electron';
import { createSaveDialog } from './electron/save-dialog';
import { createElectronLogger } from './electron/log';
import { hardenWebContents } from './electron/navigation';
import { createOpenExternalSafe } from './electron/open-external';
import { createOpenFolder } from './electron/open-folder';
import { denyAllPermissions } from './electron/permissions';
import { createElectronSenderGuard } from './electron/sender';
import { resolveUserDataDir } from './electron/user-data';
import { createMainWindow } from './electron/window';
import { createHandlers } from './ipc/handlers';
import { createPersistentSettingsStore } from './ipc/handlers/settings';
import { createEventBus } from './ipc/event-bus';
import { createRouter } from './ipc/router';
import { startBatchServices } from './batch/services';
import { weixinProbeFactory } from './accounts/weixin-probe';
import { electronStoreDocumentOpener } from './electron/electron-store';
import { createSafeStorageVault } from './electron/safe-storage-vault';
import { startSandbox } from './sandbox';
import { createSandboxControl } from './sandbox-control/sandbox-control';
import { createLocalServices } from './storage/local-services';

const here = fileURLToPath(new URL('.', import.meta.url));
const isProduction = app.isPackaged;
const log = createElectronLogger(electronLog, { isProduction });

// Before anything touches userData: the lock and every store follow the override.
const userData = resolveUserDataDir(process.env, process.argv, process.cwd());
if (userData.kind === 'custom') app.setPath('userData', userData.path);

if (process.env.ELECTRON_RENDERER_URL) {
  // electron-vite dev's HMR server needs inline scripts the CSP forbids; the window keeps loading the build.
  log.warn('ELECTRON_RENDERER_URL is ignored: the window loads app://bundle/ from out/renderer; use `npm start` or `npm run web`');
}
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  const trustedIds = new Set<number>();

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  const ready = app.whenReady();
  ready
    .then(async () => {
      denyAllPermissions(session.defaultSession, log);
      // The embedded Weixin simulator: the sandbox account works with no credentials at all.
      const sandbox = await startSandbox();
      app.on('will-quit', () => void sandbox.stop());
      const local = createLocalServices({
        dataDir: app.getPath('userData'),
        openDocument: electronStoreDocumentOpener(Store, { log }),
        makeVault: (prefs, layout) =>
          createSafeStorageVault({
            safeStorage,
            ready,
            platform: process.platform,
            file: layout.vaultFile,
            allowBasicText: () => prefs.allowBasicText(),
            log,
          }),
        openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl, logger: log }),
        sandboxBaseUrl: () => sandbox.baseUrl,
        log,
      });
      // One bus for the router and the services that push events (batch progress, history changes).
      const events = createEventBus({ events: contract.events, log, validate: !isProduction });
      // Opened now, so the start-up reconcile of unfinished creates runs at launch (§4.3 rule 6).
      const batchServices = startBatchServices({
        dataDir: app.getPath('userData'),
        accounts: local.accounts,
        drafts: local.drafts,
        merchants: local.merchantAccounts,
        images: local.imageResolver,
        sandboxBaseUrl: () => sandbox.baseUrl,
        log,
        events: { progress: (p) => events.emit('batch:progress', p), historyChanged: (c) => events.emit('history:changed', c) },
      });
      app.on('will-quit', () => void batchServices.close());
      app.on('will-quit', () => void local.close());
      protocol.handle(APP_SCHEME, createBundleHandler({ root: join(here, '../renderer'), csp: APP_CSP }));

      const settings = createPersistentSettingsStore(
        new Store<Record<string, unknown>>({ name: 'settings', clearInvalidConfig: false }),
        (issues) => log.warn('settings: stored value is invalid; using defaults until changed', { issues }),
      );
      const router = createRouter({
        contract,
        handlers: createHandlers({
          ...local.handlerDeps,
          batchServices,
          sandboxControl: createSandboxControl(sandbox),
          settings,
          openExternal: createOpenExternalSafe(shell, log),
          locateDataDir: () => ({ path: app.getPath('userData'), kind: userData.kind }),
          openFolder: createOpenFolder(shell, log),
          saveDialog: createSaveDialog(dialog, () => BrowserWindow.getFocusedWindow()),
          describe: () => ({
            name: 'Coupon Studio',
            version: app.getVersion(),
            platform: process.platform,
            arch: process.arch,
            transport: 'electron',
            mode: isProduction ? 'production' : 'development',
            systemLocale: app.getLocale(),
            dataDir: { kind: userData.kind },
            versions: { electron: process.versions.electron ?? null, chrome: process.versions.chrome ?? null, node: process.versions.node },
          }),
        }),
        isTrustedSender: createElectronSenderGuard({ isTrustedWebContentsId: (id) => trustedIds.has(id) }),
        log,
        validateResponses: !isProduction,
        events,
      });
      bindRouterToElectron(router);
      bindRouterEventsToWebContents(router, () => (mainWindow ? [mainWindow.webContents] : []));

      const open = (): void => {
        const window = createMainWindow(BrowserWindow, { preload: join(here, '../preload/index.cjs'), isProduction });
        const id = window.webContents.id;
        trustedIds.add(id);
        window.on('closed', () => {
          trustedIds.delete(id);
          mainWindow = null;
        });
        mainWindow = window;
        void window.loadURL(APP_ENTRY_URL);
      };
      open();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) open();
      });
    })
    .catch((error: unknown) => {
      log.error('startup failed', { error });
      app.quit();
    });
}
