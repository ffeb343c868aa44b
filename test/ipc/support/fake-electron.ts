// Fakes of the Electron objects the adapters take as parameters; no test ever loads 'electron'.
import type { bindRouterToIpcMain } from '../../../main/electron/ipc-main';
import type { createElectronSenderGuard } from '../../../main/electron/sender';
import type { ipcRendererTransport } from '../../../preload/ipc-renderer-transport';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryVault } from '../../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../../main/accounts/weixin-probe';
import { createHandlers, type HandlerDeps } from '../../../main/ipc/handlers';
import { confDocumentOpener } from '../../../main/storage/conf-document-store';
import { createLocalServices } from '../../../main/storage/local-services';
import { startSandbox } from '../../../main/sandbox';
import { startBatchServices } from '../../../main/batch/services';
import { createSandboxControl } from '../../../main/sandbox-control/sandbox-control';
import { createMemorySettingsStore } from '../../../main/ipc/handlers/settings';
import { ok } from '../../../common/result';

// Electron's types, reached through the adapters' signatures (tests may not import 'electron', even for types).
/** Electron's IpcMainInvokeEvent. */
export type IpcMainInvokeEvent = Parameters<ReturnType<typeof createElectronSenderGuard>>[0];
type IpcMainLike = Parameters<typeof bindRouterToIpcMain>[0];
type IpcRendererLike = Parameters<typeof ipcRendererTransport>[0];

type InvokeListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** ipcMain with handle/removeHandler, plus `invoke` to call a registered handler as Electron would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Like Electron: an unregistered channel rejects. */
  async invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
  asIpcMain(): IpcMainLike {
    return this as unknown as IpcMainLike;
  }
}

/** A frame as the sender guard reads it. */
export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
}

/** An invoke event from a given webContents id and frame. */
export function invokeEvent(senderId: number, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender: { id: senderId }, senderFrame: frame, frameId: 1, processId: 1, type: 'frame' } as unknown as IpcMainInvokeEvent;
}

/** The app's own top-level page in window 1. */
export const TRUSTED_ID = 1;
export const APP_FRAME: FakeFrame = { url: 'app://bundle/index.html', parent: null };

type RendererListener = (event: unknown, ...args: unknown[]) => void;

/** ipcRenderer whose invoke goes to a FakeIpcMain with a fixed sender event. */
export class FakeIpcRenderer {
  readonly listeners = new Map<string, Set<RendererListener>>();
  readonly invoked: { channel: string; args: unknown[] }[] = [];
  constructor(
    private readonly main: FakeIpcMain,
    private readonly event: IpcMainInvokeEvent,
  ) {}
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.main.invoke(channel, this.event, ...args);
  }
  on(channel: string, listener: RendererListener): this {
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }
  removeListener(channel: string, listener: RendererListener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
  /** Delivers a message from main the way Electron does: (IpcRendererEvent, ...args). */
  deliver(channel: string, ...args: unknown[]): void {
    const event = { sender: this, senderId: 0, ports: [] };
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
  listenerCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }
  asIpcRenderer(): IpcRendererLike {
    return this as unknown as IpcRendererLike;
  }
}

const dataDirs: string[] = [];
const closers: (() => Promise<void>)[] = [];
// One real embedded sandbox per test file (vitest evaluates this module once per file).
const sandbox = await startSandbox();

/** Removes the data directories {@link testDeps} created and stops the sandbox (call from afterAll). */
export async function removeTestDataDirs(): Promise<void> {
  for (const close of closers.splice(0)) await close();
  for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  await sandbox.stop();
}

/**
 * Handler deps with in-memory settings, a recording openExternal, and the real accounts, drafts,
 * images, batch/history and sandbox-control services over a temp data directory and a real
 * embedded sandbox.
 */
export function testDeps(overrides: Partial<HandlerDeps> = {}): HandlerDeps & { opened: string[] } {
  const opened: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'coupon-ipc-'));
  dataDirs.push(dataDir);
  const local = createLocalServices({
    dataDir,
    openDocument: confDocumentOpener(),
    makeVault: () => createMemoryVault(),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }),
  });
  const batchServices = startBatchServices({
    dataDir,
    accounts: local.accounts,
    drafts: local.drafts,
    images: local.imageResolver,
    sandboxBaseUrl: () => sandbox.baseUrl,
  });
  closers.push(() => batchServices.close());
  return {
    ...local.handlerDeps,
    batchServices,
    sandboxControl: createSandboxControl(sandbox),
    opened,
    settings: createMemorySettingsStore(),
    describe: () => ({
      name: 'Coupon Studio',
      version: '0.0.0-test',
      platform: 'linux',
      arch: 'x64',
      transport: 'electron',
      mode: 'test',
      systemLocale: 'zh-CN',
      dataDir: { kind: 'custom' },
      versions: { electron: '45.5.0', chrome: '142.0.0.0', node: '22.20.0' },
    }),
    openExternal: async (url) => {
      opened.push(url);
      return ok(undefined);
    },
    locateDataDir: () => ({ path: dataDir, kind: 'custom' }),
    openFolder: async (path) => {
      opened.push(`file://${path}`);
      return ok(undefined);
    },
    ...overrides,
  };
}

/** The app's real handlers over test deps. */
export function testHandlers(overrides: Partial<HandlerDeps> = {}) {
  return createHandlers(testDeps(overrides));
}
